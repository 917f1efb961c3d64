import { numberMentions } from '../text/numbers.ts';
import type { Span } from '../types.ts';

/** A figure of a sentence by value: a number (percentages and dates' days too) or a clock time in minutes after midnight. */
export interface Figure extends Span {
  kind: 'number' | 'time';
  value: number;
}

/** Italian number words (number-word grammar of Italian: units, teens, tens, hundred, thousand). "Un"/"una" are articles and left out. */
const IT_WORDS: Record<string, number> = {
  due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12,
  tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18, diciannove: 19,
  venti: 20, trenta: 30, quaranta: 40, cinquanta: 50, sessanta: 60, settanta: 70, ottanta: 80, novanta: 90, cento: 100, mille: 1000,
};
/** Scale words after a figure ("2,5 miliardi", "12 mila", "3 mln"). */
const IT_SCALES: Record<string, number> = { mila: 1e3, milione: 1e6, milioni: 1e6, mln: 1e6, miliardo: 1e9, miliardi: 1e9, mld: 1e9, mldr: 1e9 };
/** Adjectives of duration built on a number ("decennale" = ten-year, "trentennale" = 30-year). */
const IT_SPANS: Record<string, number> = {
  biennal: 2, triennal: 3, quadriennal: 4, quinquennal: 5, sessennal: 6, settennal: 7, decennal: 10, quindicennal: 15,
  ventennal: 20, trentennal: 30, quarantennal: 40, cinquantennal: 50, centennal: 100,
};

const IT_TIME = /(?<![\p{L}\p{N}])(?:alle|dalle|prima delle|dopo le|entro le|verso le|fino alle|ore|le)\s+(?:ore\s+)?(\d{1,2})(?:[.:,](\d{2})|\s+e\s+(\d{2})(?!\s*%))?(?![\p{N}]|[.,]\d)/giu;
const IT_NUMBER = /(?<![\p{L}\p{N}.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\p{N}])|(?<![\p{L}\p{N}.,])\d+(?:,\d+)?(?![\p{N}]|[.,]\d)/gu;

/** Figures of an Italian text: "1.250" is 1250, "5,2%" is 5.2, "2,5 miliardi" 2.5e9, "alle 17" 17:00, "decennale" 10. */
export function italianFigures(text: string, offset = 0): Figure[] {
  const out: Figure[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of text.matchAll(IT_TIME)) {
    const hours = Number(m[1]);
    // "alle 17 e 30" is half past five, as "alle 17.30" is.
    const minutes = m[2] ? Number(m[2]) : m[3] ? Number(m[3]) : 0;
    if (hours > 24 || minutes > 59) continue;
    const start = m.index + m[0].indexOf(m[1]!, m[0].search(/\d/u));
    out.push({ kind: 'time', value: hours * 60 + minutes, start: offset + start, end: offset + m.index + m[0].length, text: text.slice(start, m.index + m[0].length) });
    taken.push([start, m.index + m[0].length]);
  }
  for (const m of text.matchAll(IT_NUMBER)) {
    if (taken.some(([a, b]) => m.index >= a && m.index < b)) continue;
    let value = Number(m[0].replace(/\./gu, '').replace(',', '.'));
    let end = m.index + m[0].length;
    // "12 mila" and "10mila" (written as one word) are 12,000 and 10,000.
    const scale = /^\s*(\p{L}+)/u.exec(text.slice(end));
    if (scale && IT_SCALES[scale[1]!.toLowerCase()]) {
      value *= IT_SCALES[scale[1]!.toLowerCase()]!;
      end += scale[0].length;
      // "3 milioni e mezzo" is 3.5 million.
      const half = /^\s+e\s+mezz[oa](?![\p{L}])/u.exec(text.slice(end));
      if (half) {
        value += IT_SCALES[scale[1]!.toLowerCase()]! / 2;
        end += half[0].length;
      }
    }
    out.push({ kind: 'number', value: round(value), start: offset + m.index, end: offset + end, text: text.slice(m.index, end) });
  }
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const word = m[0].toLowerCase();
    const span = IT_SPANS[word.replace(/[ei]$/u, '')];
    const value = IT_WORDS[word] ?? span;
    if (value === undefined) continue;
    let end = m.index + m[0].length;
    let scaled = value;
    const scale = /^\s+(\p{L}+)/u.exec(text.slice(end));
    if (!span && scale && IT_SCALES[scale[1]!.toLowerCase()]) {
      scaled *= IT_SCALES[scale[1]!.toLowerCase()]!;
      end += scale[0].length;
    }
    out.push({ kind: 'number', value: scaled, start: offset + m.index, end: offset + end, text: text.slice(m.index, end) });
  }
  return out.sort((a, b) => a.start - b.start);
}

const EN_TIME = /(?<![\p{L}\p{N}])(\d{1,2})(?:[:.](\d{2}))?\s*([ap])(?:\.\s?m\.|\s?m\b)|(?<![\p{L}\p{N}:.])([01]?\d|2[0-4]):(\d{2})(?![\p{N}])/giu;

/**
 * Figures of an English text: the shared number reader ("2.5 billion", "72,000", "ten-year" as 10) and
 * clock times ("5 pm", "5:30 p.m.", "17:00"). An hour over 12 before "pm" ("17 pm", a 24-hour time with
 * the suffix of a 12-hour one) is read as that hour of the day, which is what the writer meant.
 */
export function englishFigures(text: string, offset = 0): Figure[] {
  const out: Figure[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of text.matchAll(EN_TIME)) {
    let value: number;
    if (m[1] !== undefined) {
      const hours = Number(m[1]);
      const minutes = m[2] ? Number(m[2]) : 0;
      if (hours > 24 || minutes > 59) continue;
      const pm = m[3]!.toLowerCase() === 'p';
      value = (hours > 12 ? hours : (hours % 12) + (pm ? 12 : 0)) * 60 + minutes;
    } else value = Number(m[4]) * 60 + Number(m[5]);
    out.push({ kind: 'time', value, start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const n of numberMentions(text)) {
    if (taken.some(([a, b]) => n.start < b && n.end > a)) continue;
    // The figure without its currency ("€2.5bn" → "2.5bn", "2.5 million euros" → "2.5 million"), as the Italian side reads it.
    const lead = n.currency ? (/^(?:US\$|[$€£¥]|(?:USD|EUR|GBP|JPY)[\s\u00a0]?)/u.exec(n.text)?.[0].length ?? 0) : 0;
    const trail = n.currency ? (/[\s\u00a0]*(?:euros?|dollars?|pounds?(?: sterling)?|yen|USD|EUR|GBP|JPY)$/iu.exec(n.text)?.[0].length ?? 0) : 0;
    const start = n.start + lead;
    const end = n.end - trail;
    out.push({ kind: 'number', value: round(n.value), start: offset + start, end: offset + end, text: text.slice(start, end) });
  }
  return out.sort((a, b) => a.start - b.start);
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Alignment key of a figure: numbers by value, times by minutes. */
export function figureKey(f: Figure): string {
  return f.kind === 'time' ? `@${f.value}` : `#${f.value}`;
}
