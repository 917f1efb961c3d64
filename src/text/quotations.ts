import type { Span } from '../types.ts';

/** A quotation: the span of the quoted words, without the quote marks. */
export type Quotation = Span;

// Curly, guillemet, low-high and straight double quotes. Straight pairs are matched lazily on one line.
// A quotation never runs past the next opening mark: without that, an unclosed mark repeated through a
// long line makes each match scan to the end of the line (quadratic). Inside guillemets the quoted words
// start and end with a non-space, so the spaces around them have one reading (`\s*(…+?)\s*` was cubic
// on a long run of spaces).
const QUOTE = /“([^“”\r\n]+)”|«\s*([^«»\s](?:[^«»\r\n]*[^«»\s])?)\s*»|„([^„“”\r\n]+)[“”]|"([^"\r\n]+)"/gu;

export function quotations(text: string, offset = 0): Quotation[] {
  const found: Quotation[] = [];
  for (const match of text.matchAll(QUOTE)) {
    const inner = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
    const innerStart = match.index + match[0].indexOf(inner);
    found.push({ start: offset + innerStart, end: offset + innerStart + inner.length, text: inner });
  }
  return found;
}

/** Words of a quotation, lower-cased, punctuation dropped: "Announcements … soon," equals "announcements … soon". */
export function quotationWords(text: string): string[] {
  return (text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? []);
}
