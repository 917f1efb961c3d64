import { checkableClaims } from '../text/claims.ts';
import { spanIn, type Rule, type RuleReport } from './rule.ts';

/**
 * Target sentences with no source counterpart: added material. Their checkable claims (numbers,
 * dates, names, quotations) are listed so a fact-checker knows what to verify.
 */
export const unsupportedSentence: Rule = {
  meta: {
    id: 'unsupported-sentence',
    description: 'A target sentence has no counterpart in the source.',
    category: 'accuracy/addition',
    defaultSeverity: 'minor',
    basis: 'the sentence alignment',
  },
  check(context) {
    const reports: RuleReport[] = [];
    for (const segment of context.targetSegments) {
      if (context.alignmentOfTarget.has(segment.id)) continue;
      const claims = segment.kind === 'heading' ? [] : checkableClaims(segment.text);
      reports.push({
        target: spanIn(context.target, segment.start, segment.end),
        message: claims.length
          ? `No source for this ${segment.kind}; claims to check: ${claims.join(', ')}`
          : `No source for this ${segment.kind}`,
        suggestion: null,
      });
    }
    return reports;
  },
};
