import type { Segment } from '../../types.ts';
import { spanIn, type Rule, type RuleReport } from '../rule.ts';
import { counterpartOf, matchFigures, targetSlot } from './figures.ts';

/** Placeholders machine translation leaves where it ran out of numbers ("XNUMX", "XNUMXth"). */
const PLACEHOLDER = /\bX+NUM(?:X|BER)?\w*/gu;
/** A 24-hour hour with a 12-hour suffix: "17 pm", "21.30 p.m.". */
const HOUR_PM = /(?<![\p{N}:.])(1[3-9]|2[0-4])(?:[:.](\d{2}))?\s*([ap])(?:\.\s?m\.|\s?m\b)/giu;
/** A decimal comma kept in English ("5,2%", "4,2 million"): one to three digits, a comma, one or two digits. */
const DECIMAL_COMMA = /(?<![\p{N},.])\p{N}{1,3},\p{N}{1,2}(?![\p{N}]|,\p{N})/gu;

/**
 * Artefacts of machine translation from Italian: number placeholders ("XNUMX"), 24-hour times given a
 * 12-hour suffix ("17 pm" for "alle 17"), and Italian decimal commas kept in English ("5,2%" for 5.2%).
 * The Italian figure the artefact stands for is the evidence and the suggestion.
 */
export const mtArtefact: Rule = {
  meta: {
    id: 'mt-artefact',
    description: 'A machine-translation artefact: a number placeholder, a 24-hour time with "pm", an Italian decimal comma.',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'major',
    basis: 'the target text and the aligned Italian figures',
  },
  check(context) {
    const reports: RuleReport[] = [];
    for (const segment of context.targetSegments) {
      const alignment = context.alignmentOfTarget.get(segment.id);
      const figures = alignment ? matchFigures(context, alignment) : null;
      const at = (m: RegExpMatchArray) => [segment.start + m.index!, segment.start + m.index! + m[0].length] as const;
      for (const m of segment.text.matchAll(PLACEHOLDER)) {
        const [start, end] = at(m);
        const s = figures ? counterpartOf({ context: targetSlot(segment, start, end) }, figures.unmatchedSource) : null;
        reports.push({
          target: spanIn(context.target, start, end),
          source: s ? spanIn(context.source, s.start, s.end) : null,
          message: s ? `Machine-translation placeholder “${m[0]}” where the Italian has “${s.text}”` : `Machine-translation placeholder “${m[0]}” instead of a number`,
          suggestion: s ? s.text : null,
        });
      }
      for (const m of segment.text.matchAll(HOUR_PM)) {
        const [start, end] = at(m);
        const hour = Number(m[1]);
        const twelve = `${hour === 24 ? 12 : hour - 12}${m[2] ? `:${m[2]}` : ''} ${hour === 24 ? 'am' : 'pm'}`;
        const evidence = figures?.pairs.find((p) => p.target.start === start)?.source;
        reports.push({
          target: spanIn(context.target, start, end),
          source: evidence ? spanIn(context.source, evidence.start, evidence.end) : null,
          message: `“${m[0]}” is a 24-hour time with a 12-hour suffix${evidence ? ` (the Italian says “${evidence.text}”)` : ''}`,
          suggestion: twelve,
        });
      }
      if (figures) reports.push(...decimalCommas(context, segment, figures.pairs));
    }
    return reports;
  },
};

function decimalCommas(context: Parameters<Rule['check']>[0], segment: Segment, pairs: ReturnType<typeof matchFigures>['pairs']): RuleReport[] {
  const reports: RuleReport[] = [];
  for (const m of segment.text.matchAll(DECIMAL_COMMA)) {
    const start = segment.start + m.index;
    const pair = pairs.find((p) => p.target.start === start && p.source.text.startsWith(m[0]));
    if (!pair) continue;
    reports.push({
      target: spanIn(context.target, start, start + m[0].length),
      source: spanIn(context.source, pair.source.start, pair.source.end),
      message: `Italian decimal comma kept in English: “${m[0]}” (the Italian “${pair.source.text}”) is written ${m[0].replace(',', '.')} in English`,
      suggestion: m[0].replace(',', '.'),
      severity: 'minor',
      category: 'locale-convention/number-format',
    });
  }
  return reports;
}
