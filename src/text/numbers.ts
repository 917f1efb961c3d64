import type { Span } from '../types.ts';

/**
 * A number written in a text, with its value normalised: "72,000", "72 000", "72000", "72 thousand" and
 * "seventy-two thousand" are all 72000.
 */
export interface NumberMention extends Span {
  value: number;
  /**
   * The currency of an amount, as an ISO 4217 code, when the text gives one: "€455m", "455 million euros"
   * and "EUR 455mn" are all 455,000,000 EUR. Absent for a bare number.
   */
  currency?: string;
}

// Digits with thousands separators (comma, period, space, thin or no-break space) and a decimal part.
const NUMBER = /(?<![\p{L}\p{N}])\p{N}{1,3}(?:(?:,|\u00a0|\u202f| )\p{N}{3})+(?:\.\p{N}+)?(?![\p{N}])|(?<![\p{L}\p{N}.,])\p{N}+(?:[.,]\p{N}+)?(?![\p{N}])/gu;

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** " and a half million" after a spelled-out number. */
const HALF_SCALE = /^\s+and\s+a\s+half\s+(thousand|million|billion|trillion)\b/iu;
/**
 * Ordinals, read by value ("twenty first" is 21, as "21st" is). "first" to "nineteenth" count only after
 * a tens word: alone they are order words far more often than figures, as a lone "one" is.
 */
const ORDINAL_UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
};
const ORDINAL_TENS: Record<string, number> = {
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
};

/** The first ordinal of a run of number words, where the number ends. */
const ORDINAL_END = new RegExp(String.raw`(?<![\p{L}])(?:${[...Object.keys(ORDINAL_UNITS), ...Object.keys(ORDINAL_TENS)].join('|')})(?![\p{L}])`, 'iu');
const WORD_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:(?:${[`(?:${Object.keys(TENS).join('|')})[\\s-]+(?:${Object.keys(ORDINAL_UNITS).join('|')})`, ...Object.keys(ORDINAL_TENS), ...Object.keys(ORDINAL_UNITS).filter((w) => ORDINAL_UNITS[w]! >= 4), ...Object.keys(TENS), ...Object.keys(UNITS), 'hundred', ...Object.keys(SCALES), 'and'].join('|')})(?:[\s-]+|(?![\p{L}])))+`,
  'giu',
);
/**
 * A scale after digits, as newsrooms write it: a word after a space, a hyphen or glued ("1.5 million",
 * "a 500-billion-euro fund", "£140million"),
 * an abbreviation ("5bn", "2.5mln", "3 mn", "€455m", "$20k"). "m" and "k" are a scale only on an amount
 * (a currency before or after): "5m" alone is five metres, "10k" a race.
 */
const SCALE_AFTER_DIGITS = /^(?:[\s\u00a0]+|-(?=(?:thousand|million|billion|trillion)\b)|(?=\p{L}))(thousand|million|billion|trillion|mn|mln|bn|bln|m|k)(?![\p{L}\p{N}])/iu;
const SCALE_ABBREVIATIONS: Record<string, number> = { mn: 1e6, mln: 1e6, m: 1e6, bn: 1e9, bln: 1e9, k: 1e3 };
/** Scale abbreviations that need an amount's currency to be read as a scale. */
const CURRENCY_ONLY = new Set(['m', 'k']);

/** Currency signs and codes before an amount ("€", "US$", "EUR "), and words or codes after it ("euros", "USD"). */
const CURRENCY_BEFORE = /(?:US\$|[$€£¥]|\b(?:USD|EUR|GBP|JPY)[\s\u00a0]?)$/u;
const CURRENCY_AFTER = /^(?:[\s\u00a0]*|-)(?:(euros?|dollars?|pounds?(?: sterling)?|yen)\b|(USD|EUR|GBP|JPY)(?![\p{L}]))/iu;
const CURRENCY: Record<string, string> = {
  '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR',
  '$': 'USD', 'us$': 'USD', usd: 'USD', dollar: 'USD', dollars: 'USD',
  '£': 'GBP', gbp: 'GBP', pound: 'GBP', pounds: 'GBP', 'pound sterling': 'GBP', 'pounds sterling': 'GBP',
  '¥': 'JPY', jpy: 'JPY', yen: 'JPY',
};

/**
 * The numbers of a text, offsets shifted by `offset`. Several rules read the same sentences, so the
 * scan (Unicode regular expressions) is memoised per text, in a cache dropped whole past MENTION_CACHE_LIMIT.
 */
export function numberMentions(text: string, offset = 0): NumberMention[] {
  let base = mentionCache.get(text);
  if (!base) {
    if (mentionCache.size >= MENTION_CACHE_LIMIT) mentionCache.clear();
    mentionCache.set(text, (base = scanNumbers(text)));
  }
  return base.map((m) => ({ ...m, start: m.start + offset, end: m.end + offset }));
}

const MENTION_CACHE_LIMIT = 100_000;
const mentionCache = new Map<string, readonly NumberMention[]>();

function scanNumbers(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(NUMBER)) {
    let start = match.index;
    let end = start + match[0].length;
    let value = parseNumber(match[0]);
    const before = CURRENCY_BEFORE.exec(text.slice(Math.max(0, start - 4), start));
    let currency = before ? CURRENCY[before[0].trim().toLowerCase()] : undefined;
    if (before) start -= before[0].length;
    // "72 thousand", "1.5 million", "€1.2bn", "2.5mln": digits with a scale.
    const scale = SCALE_AFTER_DIGITS.exec(text.slice(end, end + 16));
    const afterScale = scale ? end + scale[0].length : end;
    const after = CURRENCY_AFTER.exec(text.slice(afterScale, afterScale + 24));
    const word = scale?.[1]!.toLowerCase();
    if (scale && word && (!CURRENCY_ONLY.has(word) || currency || after)) {
      value *= SCALES[word] ?? SCALE_ABBREVIATIONS[word]!;
      end = afterScale;
    }
    // "455 million euros", "5bn USD": a currency after the amount.
    if (after && (end === afterScale || !scale)) {
      currency ??= CURRENCY[(after[1] ?? after[2])!.toLowerCase()];
      end += after[0].length;
    }
    if (!Number.isFinite(value)) continue;
    // Scaled decimals are exact to the unit ("1.2bn" is 1,200,000,000, not 1,200,000,000.0000002).
    if (end > start + match[0].length) value = Math.round(value * 1e6) / 1e6;
    mentions.push({ start, end, text: text.slice(start, end), value, ...(currency ? { currency } : {}) });
  }
  mentions.push(...wordNumbers(text));
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
    // Trim trailing separators and a dangling "and"; a leading "and" joins this number to the text before it ("… and three and a half million").
    const lead = /^(?:and[\s-]+)+/iu.exec(match[0])?.[0].length ?? 0;
    // An ordinal ends the number: "the tenth one" is 10, not 11.
    const ordinalEnd = ORDINAL_END.exec(match[0].slice(lead));
    const body = ordinalEnd ? match[0].slice(lead, lead + ordinalEnd.index + ordinalEnd[0].length) : match[0].slice(lead);
    const raw = body.replace(/(?:[\s-]+|[\s-]+and)+$/iu, '').replace(/(?:[\s-]+and)+$/iu, '');
    const at = match.index + lead;
    const words = raw.toLowerCase().split(/[\s-]+/u).filter((w) => w !== 'and');
    if (!words.length || /^and\b/iu.test(raw)) continue;
    const value = valueOf(words);
    if (value === null) continue;
    // An ordinal alone counts from "fourth" on ("its eleventh straight session", "an 11th"): "first" to
    // "third" are order words ("the second time") far more often than figures.
    if (words.length === 1 && (words[0] === 'one' || words[0] === 'zero' || SCALES[words[0]!] || words[0] === 'hundred' || (words[0]! in ORDINAL_UNITS && ORDINAL_UNITS[words[0]!]! < 4))) continue;
    // "three and a half million" is 3.5 million, as "3.5 million" is (only before a scale word: "two and
    // a half years" stays 2, as the figure a reader compares is the count).
    const half = !words.some((w) => SCALES[w]) ? HALF_SCALE.exec(text.slice(at + raw.length)) : null;
    if (half) {
      const end = at + raw.length + half[0].length;
      out.push({ start: at, end, text: text.slice(at, end), value: (value + 0.5) * SCALES[half[1]!.toLowerCase()]! });
      continue;
    }
    out.push({ start: at, end: at + raw.length, text: raw, value });
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
    else if (word in ORDINAL_UNITS) current += ORDINAL_UNITS[word]!;
    else if (word in ORDINAL_TENS) current += ORDINAL_TENS[word]!;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word in SCALES) {
      total += (current || 1) * SCALES[word]!;
      current = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}
