import { spanIn, type Rule, type RuleReport } from '../rule.ts';
import { counterpartOf, matchFigures, sharedContext } from './figures.ts';

/** Most words between two figures of one range or comparison ("from 15 to 11", "dal 5,65% registrato ieri al 5,58%"). */
const RANGE_WORDS = 3;

function wordsBetween(text: string, from: number, to: number): number {
  return from >= to ? 0 : (text.slice(from, to).match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** How sure a slot-based verdict is (a number present in the Italian but in another slot): word order can differ. */
const SLOT_CONFIDENCE = 0.6;

/**
 * Numbers, percentages, dates and clock times of an English sentence compared by value with its aligned
 * Italian ("1.250" = 1,250; "2,5 miliardi" = 2.5 billion; "decennale" = ten-year; "alle 17" = 5 pm): a
 * figure the Italian lacks; a figure the Italian has but in another slot, where the slot's own figure is
 * missing ("closed at 224 points" for "ha chiuso a 210 punti, dopo un massimo a 224"); and two figures
 * whose order is swapped against the Italian ("from 15 to 11 months" for "da 11 a 15 mesi").
 */
export const bilingualNumber: Rule = {
  meta: {
    id: 'bilingual-number',
    description: 'A number, date or time of the English differs from the aligned Italian, compared by value.',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'major',
    basis: 'the aligned Italian sentences, figures read by value (Italian and English number formats, number words, clock times)',
  },
  check(context) {
    const reports: RuleReport[] = [];
    for (const alignment of context.alignments) {
      const { pairs, unmatchedSource, unmatchedTarget } = matchFigures(context, alignment);
      for (const t of unmatchedTarget) {
        const s = counterpartOf(t, unmatchedSource);
        reports.push({
          target: spanIn(context.target, t.start, t.end),
          source: s ? spanIn(context.source, s.start, s.end) : null,
          message: s ? `${t.text} differs from the Italian “${s.text}”` : `${t.text} does not appear in the aligned Italian`,
          suggestion: s ? s.text : null,
        });
      }
      for (const { target: t, source: s, shared } of pairs) {
        const slot = unmatchedSource.find((u) => sharedContext(t, u) > shared && sharedContext(t, u) >= 2);
        if (slot) {
          reports.push({
            target: spanIn(context.target, t.start, t.end),
            source: spanIn(context.source, slot.start, slot.end),
            message: `${t.text} stands where the Italian has “${slot.text}” (the Italian's ${s.text} belongs elsewhere)`,
            suggestion: slot.text,
            confidence: SLOT_CONFIDENCE,
          });
        }
      }
      // Swapped figures: two matched pairs of one sentence whose order the English inverts.
      for (const a of pairs) {
        for (const b of pairs) {
          if (a === b || a.target.segment !== b.target.segment || a.source.segment !== b.source.segment) continue;
          if (
            a.target.start < b.target.start && a.source.start > b.source.start && a.target.kind === b.target.kind && a.target.value !== b.target.value &&
            // Only a pair that reads as one range or comparison on both sides ("da 11 a 15 mesi", "from 15 to 11
            // months"): a faithful English sentence may put two distant figures in another order.
            wordsBetween(context.target.text, a.target.end, b.target.start) <= RANGE_WORDS && wordsBetween(context.source.text, b.source.end, a.source.start) <= RANGE_WORDS
          ) {
            for (const [x, y] of [[a, b], [b, a]] as const) {
              reports.push({
                target: spanIn(context.target, x.target.start, x.target.end),
                source: spanIn(context.source, y.source.start, y.source.end),
                message: `${x.target.text} and ${y.target.text} are in the opposite order to the Italian (“${y.source.text}” … “${x.source.text}”)`,
                suggestion: null,
                confidence: SLOT_CONFIDENCE,
              });
            }
          }
        }
      }
    }
    return reports;
  },
};
