import { countWords } from '../segment/segment.ts';
import { checkableClaims } from '../text/claims.ts';
import { spanIn, type Rule, type RuleReport } from './rule.ts';
import { sentenceSeverity } from './sentence-severity.ts';

/**
 * Target sentences with no source counterpart: added material. Their checkable claims (numbers,
 * dates, names, quotations) are listed so a fact-checker knows what to verify. All are minor by
 * default; options (`SentenceSeverityOptions`): `withClaims`, `plain`, `headings` (a severity or
 * `off`), `minClaims`, `minWords`, e.g. `["minor", {"withClaims": "major"}]` for an editor who wants
 * unsourced figures and names to weigh more.
 */
export const unsupportedSentence: Rule = {
  meta: {
    id: 'unsupported-sentence',
    description: 'A target sentence has no counterpart in the source.',
    category: 'accuracy/addition',
    defaultSeverity: 'minor',
    basis: 'the sentence alignment',
    // Heuristic: rests on the sentence alignment, which can miss a heavily rewritten sentence.
    defaultConfidence: 0.8,
  },
  check(context) {
    const options = sentenceSeverity(context.options, { withClaims: 'minor', plain: 'minor', headings: 'minor', minClaims: 1, minWords: 0 });
    const reports: RuleReport[] = [];
    for (const segment of context.targetSegments) {
      if (context.alignmentOfTarget.has(segment.id)) continue;
      if (countWords(segment.text) < options.minWords) continue;
      const claims = segment.kind === 'heading' ? [] : checkableClaims(segment.text);
      const severity = segment.kind === 'heading' ? options.headings : claims.length >= options.minClaims ? options.withClaims : options.plain;
      if (severity === 'off') continue;
      reports.push({
        target: spanIn(context.target, segment.start, segment.end),
        message: claims.length
          ? `No source for this ${segment.kind}; claims to check: ${claims.join(', ')}`
          : `No source for this ${segment.kind}`,
        severity,
        graded: options.graded,
        suggestion: null,
      });
    }
    return reports;
  },
};
