import { wordnet } from './wordnet.ts';
import { loadTsv } from './load-tsv.ts';

export interface TorturedPhrase {
  words: string[];
  expected: string;
  papers: number;
}

let byFirstWord: Map<string, TorturedPhrase[]> | undefined;

/**
 * The usable entries of the Problematic Paper Screener's list (corpus/lexicons/tortured-phrases), indexed by
 * first word. Filters (see SOURCE.md): multi-word, no context terms needed, a plain expected phrase, lower
 * case letters only. Whether WordNet knows the phrase as ordinary English is checked on a match
 * (`isOrdinaryEnglish`), so loading costs no lookups.
 */
export function torturedPhrases(): Map<string, TorturedPhrase[]> {
  if (byFirstWord) return byFirstWord;
  byFirstWord = new Map();
  for (const [phrase, expected, papers, query] of loadTsv('tortured-phrases/pairs.tsv').slice(1)) {
    if (!phrase || !expected || !query) continue;
    if (!/^[a-z]+(?: [a-z]+)+$/u.test(phrase)) continue;
    if (/\b(?:AND|NOT|OR)\b|~/u.test(query) || /[?()]/u.test(expected)) continue;
    if (!/^[\p{L} -]+$/u.test(expected) || expected.toLowerCase() === phrase) continue;
    const words = phrase.split(' ');
    const list = byFirstWord.get(words[0]!) ?? [];
    list.push({ words, expected, papers: Number(papers) || 0 });
    byFirstWord.set(words[0]!, list);
  }
  return byFirstWord;
}

/** A phrase WordNet lists as a term of English ("malignant growth") is not a fingerprint on its own. */
export function isOrdinaryEnglish(words: string[]): boolean {
  return wordnet().lemma(words.join('_')) !== undefined;
}
