import { countWords } from '../segment/segment.ts';
import { checkableClaims } from '../text/claims.ts';
import { spanIn, type Rule, type RuleReport } from './rule.ts';
import { sentenceSeverity } from './sentence-severity.ts';

/**
 * Source sentences with no counterpart in the target. Ranked by what they carry: by default a sentence
 * with two or more checkable claims (figures, names, quotations) is a major omission, a plain one
 * minor, a heading minor. Options (`SentenceSeverityOptions`): `withClaims`, `plain`, `headings`
 * (a severity or `off`), `minClaims`, `minWords`; a rewrite may shorten on purpose.
 */
export const omittedSentence: Rule = {
  meta: {
    id: 'omitted-sentence',
    description: 'A source sentence has no counterpart in the target.',
    category: 'accuracy/omission',
    defaultSeverity: 'minor',
    basis: 'the sentence alignment',
    // Heuristic: rests on the sentence alignment, which can miss a heavily rewritten sentence.
    defaultConfidence: 0.8,
  },
  check(context) {
    const options = sentenceSeverity(context.options, { withClaims: 'major', plain: 'minor', headings: 'minor', minClaims: 2, minWords: 0 });
    const reports: RuleReport[] = [];
    for (const segment of context.sourceSegments) {
      if (context.alignmentOfSource.has(segment.id)) continue;
      if (countWords(segment.text) < options.minWords) continue;
      const claims = segment.kind === 'heading' ? [] : checkableClaims(segment.text);
      const severity = segment.kind === 'heading' ? options.headings : claims.length >= options.minClaims ? options.withClaims : options.plain;
      if (severity === 'off') continue;
      reports.push({
        target: null,
        source: spanIn(context.source, segment.start, segment.end),
        message: claims.length
          ? `Source sentence has no counterpart in the target; it carries ${claims.slice(0, 6).join(', ')}`
          : `Source ${segment.kind} has no counterpart in the target`,
        severity,
        graded: options.graded,
        suggestion: null,
      });
    }
    return reports;
  },
};
