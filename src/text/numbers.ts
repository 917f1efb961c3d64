import type { Span } from '../types.ts';

/**
 * A number written in a text, with its value normalised: "72,000", "72 000", "72000", "72 thousand" and
 * "seventy-two thousand" are all 72000.
 */
export interface NumberMention extends Span {
  value: number;
}

// Digits with thousands separators (comma, period, space, thin or no-break space) and a decimal part.
const NUMBER = /(?<![\p{L}\p{N}])\p{N}{1,3}(?:(?:,|\u00a0|\u202f| )\p{N}{3})+(?:\.\p{N}+)?(?![\p{N}])|(?<![\p{L}\p{N}.,])\p{N}+(?:[.,]\p{N}+)?(?![\p{N}])/gu;

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const WORD_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:(?:${[...Object.keys(TENS), ...Object.keys(UNITS), 'hundred', ...Object.keys(SCALES), 'and'].join('|')})(?:[\s-]+|(?![\p{L}])))+`,
  'giu',
);
const SCALE_AFTER_DIGITS = /^[\s\u00a0]+(thousand|million|billion|trillion)\b/iu;

export function numberMentions(text: string, offset = 0): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(NUMBER)) {
    let raw = match[0];
    let value = parseNumber(raw);
    // "72 thousand", "1.5 million": digits with a scale word.
    const scale = SCALE_AFTER_DIGITS.exec(text.slice(match.index + raw.length));
    if (scale) {
      value *= SCALES[scale[1]!.toLowerCase()]!;
      raw = text.slice(match.index, match.index + raw.length + scale[0].length);
    }
    if (Number.isFinite(value)) mentions.push({ start: offset + match.index, end: offset + match.index + raw.length, text: raw, value });
  }
  for (const mention of wordNumbers(text)) mentions.push({ ...mention, start: offset + mention.start, end: offset + mention.end });
  return mentions.sort((a, b) => a.start - b.start);
}

function parseNumber(raw: string): number {
  // "72,000" and "72 000" group thousands; a lone comma before 1-2 digits is a decimal comma ("1,5").
  if (/^\p{N}{1,3}((,|\u00a0|\u202f| )\p{N}{3})+(\.\p{N}+)?$/u.test(raw)) return Number(raw.replace(/[,\u00a0\u202f ]/g, ''));
  return Number(raw.replace(',', '.'));
}

/**
 * Numbers spelled out in words ("seventy-two thousand", "two hundred and five"). A lone "one" (and "zero")
 * is left out: it is a pronoun or an article far more often than a figure ("one of the", "no one").
 */
function wordNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const match of text.matchAll(WORD_NUMBER)) {
    // Trim trailing separators and a dangling "and".
    const raw = match[0].replace(/(?:[\s-]+|[\s-]+and)+$/iu, '').replace(/(?:[\s-]+and)+$/iu, '');
    const words = raw.toLowerCase().split(/[\s-]+/u).filter((w) => w !== 'and');
    if (!words.length || /^and\b/iu.test(raw)) continue;
    const value = valueOf(words);
    if (value === null) continue;
    if (words.length === 1 && (words[0] === 'one' || words[0] === 'zero' || SCALES[words[0]!] || words[0] === 'hundred')) continue;
    out.push({ start: match.index, end: match.index + raw.length, text: raw, value });
  }
  return out;
}

function valueOf(words: string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    if (word in UNITS) current += UNITS[word]!;
    else if (word in TENS) current += TENS[word]!;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word in SCALES) {
      total += (current || 1) * SCALES[word]!;
      current = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}
