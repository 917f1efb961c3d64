import { contentKeys } from '../text/words.ts';
import type { Segment } from '../types.ts';

/** Content keys and their total weight, computed once per segment. */
export interface KeyedSegment {
  segment: Segment;
  index: number;
  keys: Set<string>;
  weight: number;
}

/** Inverse document frequency over both documents: shared rare words (names, numbers) weigh most. */
export class KeyWeights {
  private readonly df = new Map<string, number>();
  private total = 0;
  /** Weights already computed since the last `add` (alignment asks for the same keys again and again). */
  private readonly known = new Map<string, number>();

  add(keys: Set<string>): void {
    this.total++;
    this.known.clear();
    for (const key of keys) this.df.set(key, (this.df.get(key) ?? 0) + 1);
  }

  weight(key: string): number {
    let weight = this.known.get(key);
    if (weight === undefined) {
      const idf = Math.log(1 + this.total / (this.df.get(key) ?? 1));
      this.known.set(key, (weight = key.startsWith('#') ? idf * 1.5 : idf));
    }
    return weight;
  }

  frequency(key: string): number {
    return this.df.get(key) ?? 0;
  }
}

export function keySegment(segment: Segment, index: number): KeyedSegment {
  return { segment, index, keys: new Set(contentKeys(segment.text)), weight: 0 };
}

export function setWeight(keyed: KeyedSegment, weights: KeyWeights): void {
  keyed.weight = sumWeights(keyed.keys, weights);
}

export function sumWeights(keys: Iterable<string>, weights: KeyWeights): number {
  let sum = 0;
  for (const key of keys) sum += weights.weight(key);
  return sum;
}

/** Weighted overlap of two key sets: Dice, and how much of each side the overlap covers. */
export interface Overlap {
  shared: number;
  dice: number;
  /** Share of the source side's weight that the target covers. */
  sourceCoverage: number;
  /** Share of the target side's weight that the source covers. */
  targetCoverage: number;
}

export function overlap(source: { keys: Set<string>; weight: number }, target: { keys: Set<string>; weight: number }, weights: KeyWeights): Overlap {
  let shared = 0;
  const [small, large] = source.keys.size <= target.keys.size ? [source.keys, target.keys] : [target.keys, source.keys];
  for (const key of small) if (large.has(key)) shared += weights.weight(key);
  return overlapOf(shared, source.weight, target.weight);
}

/** The overlap of two sides of these weights that share `shared` of them. */
export function overlapOf(shared: number, sourceWeight: number, targetWeight: number): Overlap {
  const total = sourceWeight + targetWeight;
  return {
    shared,
    dice: total ? (2 * shared) / total : 0,
    sourceCoverage: sourceWeight ? shared / sourceWeight : 0,
    targetCoverage: targetWeight ? shared / targetWeight : 0,
  };
}

/** Shortest sentence, in words, for which the shared frame alone can vouch for a counterpart. */
const FRAME_MIN_WORDS = 5;

/**
 * Whether two sentences share most of their words, function words included (Dice over word sets
 * ≥ 0.5, lengths within 0.6 of each other). Used only when they share a single content word.
 */
export function sameFrame(a: string | Frame, b: string | Frame): boolean {
  const fa = typeof a === 'string' ? frameOf(a) : a;
  const fb = typeof b === 'string' ? frameOf(b) : b;
  if (fa.count < FRAME_MIN_WORDS || fb.count < FRAME_MIN_WORDS) return false;
  if (Math.min(fa.count, fb.count) / Math.max(fa.count, fb.count) < 0.6) return false;
  let shared = 0;
  for (const w of fa.words) if (fb.words.has(w)) shared++;
  return (2 * shared) / (fa.words.size + fb.words.size) >= 0.5;
}

/** A sentence's words for `sameFrame`, function words included: how many, and which. */
export interface Frame {
  count: number;
  words: Set<string>;
}

/** Computed once per sentence by the aligner, which compares a sentence with up to a dozen candidates. */
export function frameOf(text: string): Frame {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return { count: words.length, words: new Set(words) };
}
