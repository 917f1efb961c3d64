import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import { tableFile } from './shipped-tables.ts';

/**
 * Spell checking against Hunspell's en_US and en_GB dictionaries (packages `dictionary-en` and
 * `dictionary-en-gb`, both from SCOWL/wordlist.aspell.net): a word is English when either knows it, so
 * British spellings ("centres", "organised") are words, not two words run together.
 */
export interface Dictionary {
  isWord(word: string): boolean;
}

let shared: Dictionary | undefined;

/**
 * Loaded once per process on first use; later calls are free. Expanding the Hunspell affixes takes
 * about 150 ms, so the expanded table (123,000 forms) is cached once per installation in
 * `node_modules/.cache/faithful/` as sorted lines, and later processes look words up in it by binary
 * search: nspell keeps its own case and flag logic, reading its table through a proxy.
 */
export function englishDictionary(): Dictionary {
  if (!shared) {
    const spellings = VARIANTS.map(loadSpell);
    const knownWord = (word: string) => spellings.some((spell) => spell.correct(word));
    const cache = new Map<string, boolean>();
    shared = {
      isWord(word) {
        let known = cache.get(word);
        if (known === undefined) {
          known = knownWord(word) || knownWord(word.toLowerCase());
          // Bounded: a long-lived process (batch worker, API server) meets new words without end.
          if (cache.size >= 200_000) cache.clear();
          cache.set(word, known);
        }
        return known;
      },
    };
  }
  return shared;
}

const CACHE_VERSION = 1;

/** The dictionaries consulted: npm package and the cache file's name. */
const VARIANTS = [
  { pkg: 'dictionary-en', name: 'en' },
  { pkg: 'dictionary-en-gb', name: 'en-gb' },
];

function loadSpell(variant: { pkg: string; name: string }): ReturnType<typeof nspell> {
  // Read the files directly: the package's entry uses top-level await, which CommonJS loaders reject.
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve(variant.pkg));
  const aff = readFileSync(join(dir, 'index.aff'));
  const dicPath = join(dir, 'index.dic');
  const cacheFile = tableFile(join(dirname(dir), '.cache', 'faithful', `hunspell-${variant.name}-${CACHE_VERSION}-${statSync(dicPath).size}.tsv`));
  if (existsSync(cacheFile)) {
    try {
      return fromCache(nspell({ aff }), readFileSync(cacheFile, 'utf8'));
    } catch {
      // A damaged cache is rebuilt below.
    }
  }
  const spell = nspell({ aff, dic: readFileSync(dicPath) });
  try {
    writeCache(cacheFile, spell);
  } catch {
    // A read-only installation just pays the expansion on every run.
  }
  return spell;
}

interface SpellTables {
  data: Record<string, string[]>;
  compoundRules: RegExp[];
}

/** First line: the compound rules' patterns; then `word \t flag,flag` sorted by word (code units). */
function writeCache(file: string, spell: ReturnType<typeof nspell>): void {
  const tables = spell as unknown as SpellTables;
  const words = Object.keys(tables.data).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = [tables.compoundRules.map((r) => r.source).join('\t')];
  for (const word of words) lines.push(`${word}\t${tables.data[word]!.join(',')}`);
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}-${threadId}.tmp`; // per thread: batch workers may warm the cache at once
  writeFileSync(temp, lines.join('\n') + '\n');
  renameSync(temp, file);
}

function fromCache(spell: ReturnType<typeof nspell>, text: string): ReturnType<typeof nspell> {
  const tables = spell as unknown as SpellTables;
  const firstBreak = text.indexOf('\n');
  tables.compoundRules = text.slice(0, firstBreak).split('\t').filter(Boolean).map((source) => new RegExp(source, 'i'));
  const starts: number[] = [];
  for (let at = firstBreak + 1; at < text.length; at = text.indexOf('\n', at) + 1) starts.push(at);
  const lookup = (word: string): string[] | undefined => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = starts[mid]!;
      // The line's key (up to its tab) against the word, code unit by code unit, in place: a slice per
      // probe was most of a look-up's cost.
      let i = 0;
      let order: number;
      for (;;) {
        const code = text.charCodeAt(start + i);
        if (code === 9) {
          order = i === word.length ? 0 : -1;
          break;
        }
        if (i === word.length) {
          order = 1;
          break;
        }
        const other = word.charCodeAt(i);
        if (code !== other) {
          order = code < other ? -1 : 1;
          break;
        }
        i++;
      }
      if (order === 0) {
        const tab = start + i;
        const flags = text.slice(tab + 1, text.indexOf('\n', tab));
        return flags ? flags.split(',') : [];
      }
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  tables.data = new Proxy(Object.create(null) as Record<string, string[]>, {
    get: (_, key) => (typeof key === 'string' ? lookup(key) : undefined),
    has: (_, key) => typeof key === 'string' && lookup(key) !== undefined,
  });
  return spell;
}
