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
      const text = input.text.slice(span.start, span.end);
      const isHeading = sentences.length === 1 && !CLOSING_PUNCTUATION.test(text) && countWords(text) <= HEADING_MAX_WORDS;
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
    if (added) paragraph++;
  }
  markBoilerplate(segments);
  return { ...input, segments };
}

/** Non-blank lines with their offsets; CRLF, CR and Unicode line separators all end a line. */
function* lines(text: string): Generator<{ start: number; text: string }> {
  const pattern = /[^\r\n\u2028\u2029]+/gu;
  for (const match of text.matchAll(pattern)) {
    if (match[0].trim() !== '') yield { start: match.index, text: match[0] };
  }
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
