import { numberMentions, type NumberMention } from '../text/numbers.ts';
import { spanIn, type Rule, type RuleContext, type RuleReport } from './rule.ts';

/** Numbers in a target passage that its aligned source passage does not have. */
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
        const i = unmatchedSource.findIndex((m) => m.value === mention.value);
        if (i >= 0) unmatchedSource.splice(i, 1);
        else unmatchedTarget.push(mention);
      }
      for (const mention of unmatchedTarget) {
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
