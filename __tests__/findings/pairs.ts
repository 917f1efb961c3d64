import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditOptions } from '../../src/audit.ts';
import { glossSentences, layout, random } from '../../bench/corpus.ts';
import { generatePair } from '../../eval/perturb.ts';
import { loadPair, readPairs } from '../../eval/bilingual-real.ts';
import { loadTexts, readManifest } from '../../eval/real/manifest.ts';
import { spinnerPairs, thesaurusAvailable } from '../../eval/thesaurus-spinner.ts';
import { ROOT } from '../helpers/seed.ts';

/**
 * The pairs whose findings must not change (__tests__/findings/unchanged.test.ts): the seed, every pair
 * under corpus/ and every fixture pair the tests use, and a sample of the evaluation sets (the real sets,
 * the thesaurus-spinner pairs, the benchmark's generated pairs).
 */
export interface FixedPair {
  name: string;
  /** The texts, or why they are not here (gitignored real texts, an absent thesaurus). */
  load: () => { source: string; target: string; options?: AuditOptions } | { missing: string };
}

const read = (...path: string[]) => readFileSync(join(ROOT, ...path), 'utf8');
const italian: AuditOptions = { language: { source: 'it', target: 'en' } };

function corpusPairs(): FixedPair[] {
  const corpus = join(ROOT, 'corpus');
  return readdirSync(corpus)
    .filter((dir) => existsSync(join(corpus, dir, 'source.txt')))
    .sort()
    .flatMap((dir) => [
      { name: `corpus/${dir}`, load: () => ({ source: read('corpus', dir, 'source.txt'), target: read('corpus', dir, 'target.txt') }) },
      // A source against itself: eval/run.ts counts these findings as false alarms.
      { name: `corpus/${dir}#self`, load: () => ({ source: read('corpus', dir, 'source.txt'), target: read('corpus', dir, 'source.txt') }) },
    ]);
}

function fixturePairs(): FixedPair[] {
  const pairs: FixedPair[] = [];
  for (const folder of ['held-out', 'unseen', 'unseen-articles']) {
    for (const dir of readdirSync(join(ROOT, '__tests__', 'fixtures', folder)).sort()) {
      for (const variant of ['faithful', 'garbled']) {
        const at = ['__tests__', 'fixtures', folder, dir];
        pairs.push({ name: `fixtures/${folder}/${dir}/${variant}`, load: () => ({ source: read(...at, 'source.txt'), target: read(...at, `${variant}.txt`) }) });
      }
    }
  }
  const bilingual = join('__tests__', 'fixtures', 'bilingual');
  for (const dir of readdirSync(join(ROOT, bilingual)).filter((d) => existsSync(join(ROOT, bilingual, d, 'source.txt'))).sort()) {
    for (const variant of ['faithful', 'damaged']) {
      pairs.push({ name: `fixtures/bilingual/${dir}/${variant}`, load: () => ({ source: read(bilingual, dir, 'source.txt'), target: read(bilingual, dir, `${variant}.txt`), options: italian }) });
    }
  }
  return pairs;
}

function realPairs(): FixedPair[] {
  const real = readManifest().map((pair) => ({ name: `real/${pair.name}`, load: () => loadTexts(pair) }));
  // The fresh split stays blind: its findings are measured by npm run eval, never stored here.
  const bilingual = readPairs().filter((pair) => pair.split !== 'fresh').map((pair) => ({
    name: `bilingual-real/${pair.name}`,
    load: () => {
      const texts = loadPair(pair);
      return 'missing' in texts ? texts : { ...texts, options: italian };
    },
  }));
  return [...real, ...bilingual];
}

/** Every fourth thesaurus-spinner pair (seed 1): the spun text, and its faithful control. */
function spinnerSample(): FixedPair[] {
  let spun: ReturnType<typeof spinnerPairs> | undefined;
  const pairs = () => (spun ??= spinnerPairs({ seeds: [1] }).filter((_, i) => i % 4 === 0));
  return [0, 1, 2, 3].flatMap((i) => {
    const missing = { missing: 'the MyThes thesaurus is not installed' };
    return [
      { name: `spinner/${i}#spun`, load: () => (thesaurusAvailable() ? { source: pairs()[i]!.source, target: `${pairs()[i]!.spun}` } : missing) },
      { name: `spinner/${i}#control`, load: () => (thesaurusAvailable() ? { source: pairs()[i]!.source, target: pairs()[i]!.control } : missing) },
    ];
  });
}

/** The benchmark's generated pairs (WordNet glosses through eval/perturb.ts): one of 400 sentences, two seed-sized. */
function benchPairs(): FixedPair[] {
  const generated = (from: number, size: number, seed: number): FixedPair => ({
    name: `bench/${from}+${size}#${seed}`,
    load: () => {
      const pair = generatePair(layout(glossSentences().slice(from, from + size), random(seed)), { seed, label: `bench-${seed}`, clean: 'WordNet 3.1 glosses' });
      return { source: pair.source, target: pair.target };
    },
  });
  return [generated(0, 400, 400), generated(25_000, 30, 1000), generated(25_030, 30, 1001)];
}

export function fixedPairs(): FixedPair[] {
  return [...corpusPairs(), ...fixturePairs(), ...realPairs(), ...spinnerSample(), ...benchPairs()];
}
