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

  add(keys: Set<string>): void {
    this.total++;
    for (const key of keys) this.df.set(key, (this.df.get(key) ?? 0) + 1);
  }

  weight(key: string): number {
    const idf = Math.log(1 + this.total / (this.df.get(key) ?? 1));
    return key.startsWith('#') ? idf * 1.5 : idf;
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
  const total = source.weight + target.weight;
  return {
    shared,
    dice: total ? (2 * shared) / total : 0,
    sourceCoverage: source.weight ? shared / source.weight : 0,
    targetCoverage: target.weight ? shared / target.weight : 0,
  };
}
