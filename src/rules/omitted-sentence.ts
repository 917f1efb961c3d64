import { checkableClaims } from '../text/claims.ts';
import { spanIn, type Rule, type RuleReport } from './rule.ts';

/**
 * Source sentences with no counterpart in the target. Ranked by what they carry: a sentence
 * with figures, names or quotations is a major omission, a plain one minor, a heading minor.
 */
export const omittedSentence: Rule = {
  meta: {
    id: 'omitted-sentence',
    description: 'A source sentence has no counterpart in the target.',
    category: 'accuracy/omission',
    defaultSeverity: 'minor',
    basis: 'the sentence alignment',
  },
  check(context) {
    const reports: RuleReport[] = [];
    for (const segment of context.sourceSegments) {
      if (context.alignmentOfSource.has(segment.id)) continue;
      const claims = segment.kind === 'heading' ? [] : checkableClaims(segment.text);
      reports.push({
        target: null,
        source: spanIn(context.source, segment.start, segment.end),
        message: claims.length
          ? `Source sentence has no counterpart in the target; it carries ${claims.slice(0, 6).join(', ')}`
          : `Source ${segment.kind} has no counterpart in the target`,
        severity: claims.length >= 2 ? 'major' : 'minor',
        suggestion: null,
      });
    }
    return reports;
  },
};
