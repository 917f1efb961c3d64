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
    let sourceValues: Map<number, Counted[]> | null = null;
    for (const alignment of context.alignments) {
      const sourceNumbers = mentionsOf(context, alignment.source);
      // A licensee's conversion of a kept amount ("$68 billion (roughly Rs. 4,97,200 crores)") adds figures
      // the source never had; they restate the amount before them, so they are not compared.
      const targetNumbers = mentionsOf(context, alignment.target).filter((m) => !inConversion(context.target.text, m));
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
        // A figure the aligned sentence lacks but the source states elsewhere ("Neymar (32)" where the source
        // says "The 32-year-old" two paragraphs on) is a fact moved, not changed: shown, below the gate.
        sourceValues ??= valuesOf(context);
        const elsewhere = !counterpart && unmatchedSource.length === 0 ? movedFrom(mention, context, sourceValues) : undefined;
        if (elsewhere) {
          reports.push({
            target: spanIn(context.target, mention.start, mention.end),
            source: spanIn(context.source, elsewhere.start, elsewhere.end),
            message: `Number ${mention.text} is not in the aligned source sentence; the source gives it in another sentence`,
            suggestion: null,
            severity: 'minor',
            confidence: MOVED_FIGURE_CONFIDENCE,
          });
          continue;
        }
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

/** Confidence of a figure found elsewhere in the source: a reader checks it, the gate does not count it. */
const MOVED_FIGURE_CONFIDENCE = 0.3;

/** A figure with the word that counts it ("months" in "12 months"; empty for a bare figure). */
interface Counted {
  mention: NumberMention;
  unit: string;
}

/** Every figure of the source document by value. */
function valuesOf(context: RuleContext): Map<number, Counted[]> {
  const values = new Map<number, Counted[]>();
  for (const segment of context.sourceSegments) {
    for (const m of numberMentions(segment.text, segment.start)) {
      const list = values.get(m.value) ?? [];
      list.push({ mention: m, unit: unitAfter(context.source.text, m.end) });
      values.set(m.value, list);
    }
  }
  return values;
}

/**
 * The source's mention of the same figure counting the same thing; a bare target figure ("Neymar (32)")
 * matches any. "12 months" for year is not moved from "12 songs": the unit differs.
 */
function movedFrom(mention: NumberMention, context: RuleContext, values: Map<number, Counted[]>): NumberMention | undefined {
  const unit = unitAfter(context.target.text, mention.end);
  return values.get(mention.value)?.find((c) => unit === '' || c.unit === unit)?.mention;
}

/** The word right after a figure (joined by a space or a hyphen), lowercased, or ''. */
function unitAfter(text: string, end: number): string {
  return /^[\s-](\p{L}+)/u.exec(text.slice(end, end + 24))?.[1]!.toLowerCase() ?? '';
}

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

/** Opens a parenthesis that restates an amount in another currency or unit system. */
const CONVERSION_OPEN = /\(\s*(?:(?:roughly|about|around|approximately|approx\.?|nearly|some|or|c\.)\s+)?(?:Rs\.?|INR|₹|US\$|S\$|A\$|C\$|HK\$|NZ\$|[$€£¥]|(?:USD|EUR|GBP|JPY|CNY|AUD|CAD)\b)\s*[^()]*$/u;

/**
 * Inside a parenthesis right after an amount that restates it in another currency ("$68 billion (roughly
 * Rs. 4,97,200 crores)", "€455m ($490m)"): the parenthesis opens after a figure and starts with a currency.
 */
function inConversion(text: string, mention: NumberMention): boolean {
  const open = text.lastIndexOf('(', mention.start);
  if (open < 0 || mention.start - open > 40 || text.slice(open, mention.start).includes(')')) return false;
  if (!CONVERSION_OPEN.test(text.slice(open, mention.start + 1).replace(/\p{N}$/u, ''))) return false;
  // The amount it restates: a figure just before the parenthesis.
  return /\p{N}(?:\s*(?:[\p{L}]+|%))?\s*$/u.test(text.slice(Math.max(0, open - 24), open));
}
