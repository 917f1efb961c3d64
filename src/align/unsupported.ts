import { countWords } from '../segment/segment.ts';
import type { Segment } from '../types.ts';

/** A run of consecutive target segments (page chrome aside) that the alignment gave no source. */
export interface UnsupportedPassage {
  segments: Segment[];
  /** Words in the passage (as `countWords` counts them, so shares compare with `summary.words`). */
  words: number;
}

/**
 * The target's passages with no source: runs of consecutive non-boilerplate segments outside every
 * alignment. Page chrome between two added sentences ends a passage (its words are not the article's).
 * Linear in the segments.
 */
export function unsupportedPassages(segments: readonly Segment[], aligned: (id: string) => boolean): UnsupportedPassage[] {
  const passages: UnsupportedPassage[] = [];
  let open: UnsupportedPassage | null = null;
  for (const segment of segments) {
    if (segment.boilerplate || aligned(segment.id)) {
      open = null;
      continue;
    }
    if (!open) passages.push((open = { segments: [], words: 0 }));
    open.segments.push(segment);
    open.words += wordsOf(segment);
  }
  return passages;
}

/** Words per segment, counted once: the passages are found for the rules and again by the addition rule. */
const wordCounts = new WeakMap<Segment, number>();

function wordsOf(segment: Segment): number {
  let n = wordCounts.get(segment);
  if (n === undefined) wordCounts.set(segment, (n = countWords(segment.text)));
  return n;
}

/**
 * Words of a passage with no source that the word-level rules read (run-together words, spun words,
 * language, grammar…). Past it the passage is reported once, as an addition, and not read word by word:
 * 9 MB of text appended to an article is one unsupported passage whose share fails the gate, not 80,000
 * sentences to check for typos (docs/robustness.md: every stage is bounded). An added paragraph or a
 * whole added story of a few pages is read in full.
 */
export const EXAMINED_UNSUPPORTED_WORDS = 2_000;

/**
 * The non-boilerplate target segments the rules read: all of them, except the part of each passage with
 * no source past its first EXAMINED_UNSUPPORTED_WORDS words.
 */
export function examinedSegments(segments: readonly Segment[], aligned: (id: string) => boolean): Segment[] {
  const skipped = new Set<Segment>();
  for (const passage of unsupportedPassages(segments, aligned)) {
    if (passage.words <= EXAMINED_UNSUPPORTED_WORDS) continue;
    let read = 0;
    for (const segment of passage.segments) {
      if (read >= EXAMINED_UNSUPPORTED_WORDS) skipped.add(segment);
      else read += wordsOf(segment);
    }
  }
  return segments.filter((s) => !s.boilerplate && !skipped.has(s));
}

/**
 * The stretches of the target text the rules read, as [start, end) offsets: the whole text, less the
 * unread tails of long passages with no source (segments that are neither page chrome nor among the
 * `examined` ones). For rules that scan the text rather than its segments.
 */
export function examinedRanges(text: string, segments: readonly Segment[], examined: readonly Segment[]): [number, number][] {
  const read = new Set(examined);
  const ranges: [number, number][] = [];
  let from = 0;
  let skipping = false;
  for (const segment of segments) {
    const skipped = !segment.boilerplate && !read.has(segment);
    if (skipped && !skipping) ranges.push([from, segment.start]);
    if (skipped) from = segment.end;
    skipping = skipped;
  }
  ranges.push([from, text.length]);
  return ranges.filter(([start, end]) => end > start);
}
