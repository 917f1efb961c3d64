import { requireDataFile } from '../data/data-dir.ts';
import { wordnet } from './wordnet.ts';
import { loadTsvFile } from './load-tsv.ts';

export interface TorturedPhrase {
  words: string[];
  expected: string;
  papers: number;
}

const byPath = new Map<string, Map<string, TorturedPhrase[]>>();

/**
 * The usable entries of the Problematic Paper Screener's list (`tortured-phrases/pairs.tsv` in the data
 * directory, see src/data/lists.ts), indexed by
 * first word. Filters (see SOURCE.md): multi-word, no context terms needed, a plain expected phrase, lower
 * case letters only. Whether WordNet knows the phrase as ordinary English is checked on a match
 * (`isOrdinaryEnglish`), so loading costs no lookups.
 */
export function torturedPhrases(dataDir: string | null | undefined): Map<string, TorturedPhrase[]> {
  const path = requireDataFile(dataDir, 'tortured-phrases');
  const cached = byPath.get(path);
  if (cached) return cached;
  const byFirstWord = new Map<string, TorturedPhrase[]>();
  byPath.set(path, byFirstWord);
  for (const [phrase, expected, papers, query] of loadTsvFile(path).slice(1)) {
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
