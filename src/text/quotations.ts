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

/** One changed stretch of a quotation: source words replaced by target words (either side may be empty). */
export interface QuoteChange {
  source: string[];
  target: string[];
}

/** Longest quotations compared word by word; past it the change list is left empty (quadratic table). */
const MAX_DIFF_WORDS = 400;

/**
 * The words a target quotation changed against a source quotation (both as `quotationWords`), by a
 * longest-common-subsequence alignment of the two word lists: each run of differing words is one change.
 * Source words before the first and after the last shared word, with no target word in their place, are
 * not changes: the target quotes part of the source quotation.
 */
export function quoteChanges(source: string[], target: string[]): QuoteChange[] {
  if (source.length > MAX_DIFF_WORDS || target.length > MAX_DIFF_WORDS) return [];
  const n = source.length;
  const m = target.length;
  // lcs[i][j]: length of the longest common subsequence of source[i..] and target[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i]![j] = source[i] === target[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const changes: (QuoteChange & { edge: boolean })[] = [];
  let open: (QuoteChange & { edge: boolean }) | null = null;
  let shared = false;
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && source[i] === target[j]) {
      open = null;
      shared = true;
      i++;
      j++;
      continue;
    }
    if (!open) changes.push((open = { source: [], target: [], edge: !shared }));
    if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) open.target.push(target[j++]!);
    else open.source.push(source[i++]!);
  }
  if (open && shared) open.edge = true; // the run after the last shared word
  return changes.filter((c) => !(c.edge && shared && !c.target.length)).map(({ source, target }) => ({ source, target }));
}
