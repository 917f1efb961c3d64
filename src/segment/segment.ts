import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Root } from 'nlcst';
import { markBoilerplate } from '../ingest/boilerplate.ts';
import type { AuditDocument, DocumentInput, Segment } from '../types.ts';

const parser = unified().use(retextEnglish);

/** A standalone line this short with no closing punctuation is a heading, not a sentence. */
const HEADING_MAX_WORDS = 16;
const CLOSING_PUNCTUATION = /[.!?…:;"”»’)\]]$/u;

/**
 * Splits a document into sentences (retext-english) with offsets into its text. Each line is
 * parsed by retext on its own; a one-sentence line without closing punctuation is a heading.
 */
export function segmentDocument(input: DocumentInput, idPrefix: 's' | 't'): AuditDocument {
  const segments: Segment[] = [];
  let paragraph = 0;
  // Each line is a block: articles put one paragraph per line, and chrome lines must not merge into prose.
  for (const line of lines(input.text)) {
    const tree = parser.parse(line.text) as Root;
    const sentences = tree.children.flatMap((block) =>
      block.type === 'ParagraphNode' ? block.children.filter((node) => node.type === 'SentenceNode') : [],
    );
    let added = 0;
    for (const sentence of sentences) {
      const start = sentence.position?.start.offset;
      const end = sentence.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      const span = trimSpan(input.text, line.start + start, line.start + end);
      if (!span) continue;
      // "Rs. 4,97,200", "world No. 1": retext ends a sentence at an abbreviation before a figure; rejoin them.
      const previous = segments.at(-1);
      if (added && previous && NUMBER_ABBREVIATION.test(previous.text) && /^\p{N}/u.test(input.text.slice(span.start, span.end))) {
        previous.end = span.end;
        previous.text = input.text.slice(previous.start, span.end);
        continue;
      }
      const text = input.text.slice(span.start, span.end);
      const isHeading = line.whole && sentences.length === 1 && !CLOSING_PUNCTUATION.test(text) && countWords(text) <= HEADING_MAX_WORDS;
      segments.push({
        id: `${idPrefix}${segments.length + 1}`,
        start: span.start,
        end: span.end,
        text,
        kind: isHeading ? 'heading' : 'sentence',
        boilerplate: false,
        paragraph,
      });
      added++;
    }
    if (added && line.last) paragraph++;
  }
  markBoilerplate(segments);
  return { ...input, segments };
}

/** Abbreviations written before a figure ("No. 1", "Rs. 500", "Vol. 3", "Art. 5", "p. 12"); closed class, not a lexicon. */
const NUMBER_ABBREVIATION = /(?:^|[\s(])(?:No|Nos|Rs|Rp|Vol|Fig|Art|Sec|Ch|Op|Pt|Ref|approx|ca|pp?)\.$/u;

/** Non-blank lines with their offsets; CRLF, CR and Unicode line separators all end a line. */
function* lines(text: string): Generator<Line> {
  const pattern = /[^\r\n\u2028\u2029]+/gu;
  for (const match of text.matchAll(pattern)) {
    if (match[0].trim() !== '') yield* pieces(match.index, match[0]);
  }
}

interface Line {
  start: number;
  text: string;
  /** The piece is the whole line. */
  whole: boolean;
  /** The piece ends its line. */
  last: boolean;
}

/**
 * retext's sentence merging is quadratic in the sentences of one paragraph, so a very long line is
 * parsed in pieces of at most SOFT_LIMIT characters (HARD_LIMIT when no sentence ends sooner) and
 * MAX_MARKS sentence marks: cut after the last sentence end that fits, else after the first one,
 * else at a space, else anywhere outside a surrogate pair. Ordinary paragraphs stay whole.
 */
const SOFT_LIMIT = 4000;
const HARD_LIMIT = 50000;
const MAX_MARKS = 400;
const SENTENCE_END = /[.!?…]["'”’»)\]]*\s+/gu;
const MARK = /[.!?…]/gu;

function* pieces(start: number, line: string): Generator<Line> {
  let from = 0;
  for (;;) {
    let window = line.slice(from, from + HARD_LIMIT);
    let marks = 0;
    for (const match of window.matchAll(MARK)) {
      if (++marks > MAX_MARKS) {
        window = window.slice(0, match.index);
        break;
      }
    }
    if (window.length === line.length - from && (window.length <= SOFT_LIMIT || marks <= MAX_MARKS) && !(window.length > SOFT_LIMIT && hasSentenceEnd(window))) break;
    let cut = 0;
    let firstAfterSoft = 0;
    for (const match of window.matchAll(SENTENCE_END)) {
      const end = match.index + match[0].length;
      if (end > window.length) break;
      if (end <= SOFT_LIMIT) cut = end;
      else {
        firstAfterSoft = end;
        break;
      }
    }
    if (!cut) cut = firstAfterSoft;
    if (!cut) cut = window.search(/\s\S*$/u) + 1;
    if (cut <= 0) cut = /[\ud800-\udbff]/.test(window[window.length - 1] ?? '') && window.length > 1 ? window.length - 1 : window.length;
    if (cut <= 0) break;
    yield { start: start + from, text: line.slice(from, from + cut), whole: false, last: false };
    from += cut;
  }
  yield { start: start + from, text: line.slice(from), whole: from === 0, last: true };
}

function hasSentenceEnd(text: string): boolean {
  SENTENCE_END.lastIndex = 0;
  return SENTENCE_END.test(text);
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Words in a text (letters or digits, with inner apostrophes, periods and hyphens). Counted without building the list of matches. */
export function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) count++;
  return count;
}
