import { numberMentions, type NumberMention } from '../text/numbers.ts';
import { spanIn, type Rule, type RuleContext, type RuleReport } from './rule.ts';

/**
 * Numbers in a target passage that its aligned source passage does not have, compared by value: amounts
 * with their scale and currency ("€455m" is "455 million euros", "€1.2bn" is "1.2 billion euros"). An
 * amount whose currency one side leaves out matches; the same figure in another currency does not.
 */
export const changedNumber: Rule = {
  meta: {
    id: 'changed-number',
    description: 'A number, date or amount in the target differs from the aligned source.',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'major',
    basis: 'the aligned source sentences',
  },
  check(context) {
    const reports: RuleReport[] = [];
    for (const alignment of context.alignments) {
      const sourceNumbers = mentionsOf(context, alignment.source);
      const targetNumbers = mentionsOf(context, alignment.target);
      const unmatchedSource = [...sourceNumbers];
      const unmatchedTarget: NumberMention[] = [];
      for (const mention of targetNumbers) {
        const i = unmatchedSource.findIndex((m) => m.value === mention.value && sameCurrency(m, mention));
        if (i >= 0) unmatchedSource.splice(i, 1);
        else unmatchedTarget.push(mention);
      }
      for (const mention of unmatchedTarget) {
        // The same amount in another currency ("$455m" for "€455m").
        const recurrenced = unmatchedSource.find((m) => m.value === mention.value);
        if (recurrenced) {
          unmatchedSource.splice(unmatchedSource.indexOf(recurrenced), 1);
          reports.push({
            target: spanIn(context.target, mention.start, mention.end),
            source: spanIn(context.source, recurrenced.start, recurrenced.end),
            message: `Amount ${mention.text} is in ${mention.currency}, the source's ${recurrenced.text} in ${recurrenced.currency}`,
            suggestion: recurrenced.text,
          });
          continue;
        }
        const counterpart = unmatchedSource.length === 1 && unmatchedTarget.length === 1 ? unmatchedSource[0]! : null;
        reports.push({
          target: spanIn(context.target, mention.start, mention.end),
          source: counterpart ? spanIn(context.source, counterpart.start, counterpart.end) : null,
          message: counterpart
            ? `Number ${mention.text} differs from the source's ${counterpart.text}`
            : `Number ${mention.text} does not appear in the aligned source`,
          suggestion: counterpart?.text ?? null,
        });
      }
    }
    return reports;
  },
};

function mentionsOf(context: RuleContext, ids: string[]): NumberMention[] {
  return ids.flatMap((id) => {
    const segment = context.segmentById.get(id)!;
    return numberMentions(segment.text, segment.start);
  });
}

/** Two amounts in the same currency, or one of them without a currency (a bare figure). */
function sameCurrency(a: NumberMention, b: NumberMention): boolean {
  return !a.currency || !b.currency || a.currency === b.currency;
}
