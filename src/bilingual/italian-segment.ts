import { loadTsv } from '../lexicon/load-tsv.ts';
import { segmentDocument } from '../segment/segment.ts';
import type { AuditDocument, DocumentInput, Segment } from '../types.ts';

let abbreviations: Set<string> | undefined;

/** Italian abbreviations (corpus/lexicons/abbreviations-it), lower-cased, with their full stop. */
export function italianAbbreviations(): Set<string> {
  abbreviations ??= new Set(loadTsv('abbreviations-it/abbreviations.txt').map((row) => row[0]!.trim().toLowerCase()));
  return abbreviations;
}

/**
 * Segments an Italian document: the shared segmenter (parse-latin through retext-english, which keeps
 * "5,2%", "1.250" and "17.30" whole), then two sentences of one paragraph are joined again where the
 * first ends with an Italian abbreviation ("il sig. Rossi", "art. 3", "S.p.A. ha") or where the second
 * starts with a lower-case letter or a digit (a full stop that did not end the sentence).
 */
export function segmentItalian(input: DocumentInput, idPrefix: 's' | 't'): AuditDocument {
  const doc = segmentDocument(input, idPrefix);
  const merged: Segment[] = [];
  for (const segment of doc.segments.flatMap((s) => splitAfterNumbers(input.text, s))) {
    const previous = merged.at(-1);
    if (previous && previous.paragraph === segment.paragraph && previous.kind === 'sentence' && continues(previous.text, input.text.slice(previous.end, segment.start), segment.text)) {
      const start = previous.start;
      merged[merged.length - 1] = { ...previous, end: segment.end, text: input.text.slice(start, segment.end), boilerplate: previous.boilerplate && segment.boilerplate };
    } else merged.push({ ...segment });
  }
  merged.forEach((s, i) => (s.id = `${idPrefix}${i + 1}`));
  return { ...doc, segments: merged };
}

/**
 * Segments the English of a bilingual audit: the shared segmenter, then the same split after a number as
 * the Italian gets. The parser keeps "the figure marked 518. The yield…" as one sentence, and a machine
 * translation carries the Italian's "alle 12.03 il dato segnava 518. Anche…" over word for word; English
 * writes ordinals "17th", so there too a number, a full stop, a space and a capital end a sentence.
 */
export function segmentEnglishTranslation(input: DocumentInput, idPrefix: 's' | 't'): AuditDocument {
  const doc = segmentDocument(input, idPrefix);
  const segments = doc.segments.flatMap((s) => splitAfterNumbers(input.text, s));
  segments.forEach((s, i) => (s.id = `${idPrefix}${i + 1}`));
  return { ...doc, segments };
}

/**
 * The English parser keeps "alle ore 17. Il sindaco…" as one sentence (an English "17." may be an
 * ordinal); Italian writes ordinals "17°", so a number, a full stop, a space and a capital end a sentence.
 */
function splitAfterNumbers(text: string, segment: Segment): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  for (const match of segment.text.matchAll(/(?<=\p{N}\.)\s+(?=[«“"]?\p{Lu})/gu)) {
    out.push(piece(text, segment, from, match.index));
    from = match.index + match[0].length;
  }
  out.push(piece(text, segment, from, segment.text.length));
  return out;
}

function piece(text: string, segment: Segment, from: number, to: number): Segment {
  const start = segment.start + from;
  const end = segment.start + to;
  return { ...segment, start, end, text: text.slice(start, end) };
}

function continues(previous: string, gap: string, next: string): boolean {
  if (/[\r\n\u2028\u2029]/u.test(gap)) return false;
  const last = /(?:^|[\s(«“"'’])((?:\p{L}+\.)+(?:\p{L}+)?)$/u.exec(previous)?.[1]?.toLowerCase();
  if (last && italianAbbreviations().has(last)) return true;
  return /^\.$/u.test(previous.slice(-1)) && /^[\p{Ll}\p{N}]/u.test(next) && !/[!?…]["”»]?$/u.test(previous);
}
