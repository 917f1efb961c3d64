import { englishDictionary } from '../lexicon/dictionary.ts';
import { wordnet, type Pos } from '../lexicon/wordnet.ts';
import { isStopword, stem } from '../text/words.ts';

/**
 * Words of the stopword list that carry meaning of their own: reporting and light verbs, and a few
 * nouns and adverbs. A spinner swaps them like any content word ("said" → "mentioned", "still" → "nonetheless").
 */
const CONTENT_STOPWORDS = new Set(['said', 'came', 'come', 'make', 'take', 'way', 'well', 'still', 'never']);

/** A closed-class word: grammar, not meaning ("the", "of", "because"). */
export function isFunctionWord(word: string): boolean {
  return isStopword(word) && !CONTENT_STOPWORDS.has(word);
}

/** Two forms of one word ("rate" and "rates", "ran" and "run"): an inflection changed, not a word. */
export function sameLemma(a: string, b: string): boolean {
  if (a === b || stem(a) === stem(b)) return true;
  const x = basesOf(a);
  for (const form of basesOf(b)) if (x.has(form)) return true;
  return false;
}

/** WordNet base forms of a word in any part of speech, once per word form (a long text repeats its words). */
function basesOf(word: string): Set<string> {
  let bases = baseCache.get(word);
  if (!bases) {
    const net = wordnet();
    bases = new Set((['n', 'v', 'a', 'r'] as Pos[]).flatMap((p) => net.baseForms(word.replace(/ /gu, '_'), p)));
    if (baseCache.size > 50_000) baseCache.clear();
    baseCache.set(word, bases);
  }
  return bases;
}

const baseCache = new Map<string, Set<string>>();

/** A word Hunspell accepts in lower case: a common word, not only a name ("house", not "olaf"). */
export function isCommonWord(word: string): boolean {
  return englishDictionary().isWord(word.toLowerCase());
}
