import { wordnet, type Pos } from './wordnet.ts';

/** Base forms, irregular ones included ("rose" → "rise": src/lexicon/wordnet.ts reads WordNet's exception lists). */
function baseForms(word: string, pos: Pos): string[] {
  return wordnet().baseForms(word, pos);
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
