import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';

/** Spell checking against Hunspell's en_US dictionary (package `dictionary-en`, from SCOWL/wordlist.aspell.net). */
export interface Dictionary {
  isWord(word: string): boolean;
}

let shared: Dictionary | undefined;

/** Loaded once per process on first use (about 150 ms); later calls are free. */
export function englishDictionary(): Dictionary {
  if (!shared) {
    // Read the files directly: the package's entry uses top-level await, which CommonJS loaders reject.
    const dir = dirname(createRequire(import.meta.url).resolve('dictionary-en'));
    const spell = nspell({ aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) });
    const cache = new Map<string, boolean>();
    shared = {
      isWord(word) {
        let known = cache.get(word);
        if (known === undefined) {
          known = spell.correct(word) || spell.correct(word.toLowerCase());
          cache.set(word, known);
        }
        return known;
      },
    };
  }
  return shared;
}
