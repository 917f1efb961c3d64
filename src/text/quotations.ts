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
    found.push({ start: innerStart, end: innerStart + inner.length, text: inner });
  }
  const quoted = [...found, ...openParagraphQuotations(text), ...singleQuotations(text, found)].sort((a, b) => a.start - b.start);
  return quoted.map((q) => ({ start: offset + q.start, end: offset + q.end, text: q.text }));
}

/**
 * A quotation that runs over several paragraphs, as the wires print one: each paragraph opens with a
 * quotation mark and only the last closes it. A paragraph that opens with “ (or ") and has no other
 * double quotation mark is quoted to its end.
 */
function openParagraphQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  for (const line of text.matchAll(/^[ \t]*["“]([^\r\n]*)$/gmu)) {
    const inner = line[1]!.replace(/\s+$/u, '');
    if (/["“”„«»]/u.test(inner) || !/\p{L}/u.test(inner)) continue;
    const start = line.index + line[0].indexOf(line[1]!);
    found.push({ start, end: start + inner.length, text: inner });
  }
  return found;
}

/** A mark that may open a single-quoted quotation stands after a space, a bracket, a dash, a colon or a double quote. */
const SINGLE_OPEN_AFTER = /[\s(\[—–:“"]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Quotations in single quote marks, as British papers and wires quote ('We tried,' she said / ‘We tried’).
 * The closing mark is also the apostrophe, so a mark closes a quotation only where no word goes on
 * ("don't", "rock 'n' roll" and "the players' union" do not close): after a comma or a full stop, or
 * before punctuation, the end of the line or a capitalised word. Quotes inside a double-quoted quotation
 * are left to it. Each line is read once: an opening mark with no closing mark after it means no later
 * mark of the line closes either.
 */
function singleQuotations(text: string, doubles: Quotation[]): Quotation[] {
  if (!/['‘]/u.test(text)) return [];
  const found: Quotation[] = [];
  // The double quotations are in text order and so are the marks read: one pointer walks both.
  let k = 0;
  const doubleAround = (at: number): Quotation | undefined => {
    while (k < doubles.length && doubles[k]!.end <= at) k++;
    return k < doubles.length && doubles[k]!.start <= at + 1 ? doubles[k] : undefined;
  };
  let lineEnd = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') continue;
    if (i > lineEnd) {
      lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0) lineEnd = text.length;
    }
    if (ch !== "'" && ch !== '‘') continue;
    if (i > 0 && !SINGLE_OPEN_AFTER.test(text[i - 1]!)) continue;
    if (!LETTER_OR_DIGIT.test(text[i + 1] ?? '')) continue;
    const around = doubleAround(i);
    if (around) {
      i = around.end;
      continue;
    }
    const close = closingMark(text, i + 1, lineEnd);
    if (close < 0) {
      i = lineEnd;
      continue;
    }
    found.push({ start: i + 1, end: close, text: text.slice(i + 1, close) });
    i = close;
  }
  return found;
}

function closingMark(text: string, from: number, lineEnd: number): number {
  for (let j = from; j < lineEnd; j++) {
    const ch = text[j]!;
    if (ch !== "'" && ch !== '’') continue;
    const before = text[j - 1] ?? ' ';
    const after = text.slice(j + 1, j + 3);
    if (/\s/u.test(before) || LETTER_OR_DIGIT.test(after[0] ?? '')) continue; // an opening mark or an apostrophe inside a word
    if (/[,.!?;:]/u.test(before) || after === '' || /^\s*(?:[.,;:!?)\]—–”"]|$)/u.test(after) || /^\s\p{Lu}/u.test(after)) return j;
  }
  return -1;
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

/**
 * An opening quotation mark left unclosed between the paragraph's start and `at`. Not quotations() above,
 * which pairs marks: a news quotation that runs over several paragraphs leaves each one unclosed.
 */
export function insideQuotation(text: string, at: number): boolean {
  const paragraph = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  let open = false;
  for (const ch of paragraph) {
    if (ch === '“') open = true;
    else if (ch === '”') open = false;
    else if (ch === '"') open = !open;
  }
  return open;
}
