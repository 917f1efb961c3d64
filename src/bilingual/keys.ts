import { isStopword, wordTokens } from '../text/words.ts';
import { freedictItEn, type BilingualLexicon } from './freedict.ts';
import { isItalianStopword, italianTokens } from './italian-words.ts';
import { englishFigures, figureKey, italianFigures } from './numbers.ts';

/** Shortest word whose first letters make a cognate key ("ministro"/"minister", "inflazione"/"inflation"). */
const COGNATE_MIN = 5;
const COGNATE_PREFIX = 5;

const fold = (word: string) => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/**
 * Keys both languages share, for the aligner and the checks: figures by value (`#2500000000`, `@1020`),
 * FreeDict concepts (`it:prezz` for "prezzi" and "prices"), else a cognate key from the first letters of
 * a long word (`c:minis`), else the word itself (`x:eni`: names are written alike).
 */
export function bilingualKeys(text: string, side: 'source' | 'target', lexicon: BilingualLexicon = freedictItEn()): string[] {
  return side === 'source' ? italianKeys(text, lexicon) : englishKeys(text, lexicon);
}

/**
 * Keys already computed, per lexicon and side: the aligner and several rules ask for the same sentences and
 * words (a 5,000-sentence audit asked for each sentence's keys up to six times). Bounded for long-lived
 * processes. The arrays are shared: callers only read them.
 */
const computed = new WeakMap<BilingualLexicon, { it: Map<string, string[]>; en: Map<string, string[]> }>();
const CACHED_TEXTS = 50_000;

function memo(lexicon: BilingualLexicon, side: 'it' | 'en', text: string, compute: () => string[]): string[] {
  let caches = computed.get(lexicon);
  if (!caches) computed.set(lexicon, (caches = { it: new Map(), en: new Map() }));
  const cache = caches[side];
  let keys = cache.get(text);
  if (keys === undefined) {
    keys = compute();
    if (cache.size >= CACHED_TEXTS) cache.clear();
    cache.set(text, keys);
  }
  return keys;
}

export function italianKeys(text: string, lexicon: BilingualLexicon = freedictItEn()): string[] {
  return memo(lexicon, 'it', text, () => computeItalianKeys(text, lexicon));
}

export function englishKeys(text: string, lexicon: BilingualLexicon = freedictItEn()): string[] {
  return memo(lexicon, 'en', text, () => computeEnglishKeys(text, lexicon));
}

function computeItalianKeys(text: string, lexicon: BilingualLexicon): string[] {
  const keys = italianFigures(text).map(figureKey);
  for (const token of italianTokens(text)) {
    const word = token.text.replace(/^\p{L}{1,3}['’]/u, '');
    if (word.length < 2 || isItalianStopword(word)) continue;
    keys.push(wordKey(word, lexicon.italian(word)));
  }
  return keys;
}

function computeEnglishKeys(text: string, lexicon: BilingualLexicon): string[] {
  const keys = englishFigures(text).map(figureKey);
  for (const token of wordTokens(text)) {
    if (/^\p{N}/u.test(token.text)) continue;
    const word = token.text.replace(/['’]s$/u, '');
    if (word.length < 2 || isStopword(word)) continue;
    keys.push(wordKey(word, lexicon.english(word)));
  }
  return keys;
}

function wordKey(word: string, concept: string | null): string {
  if (concept) return concept;
  const folded = fold(word).replace(/[^\p{L}]/gu, '');
  return folded.length >= COGNATE_MIN ? `c:${folded.slice(0, COGNATE_PREFIX)}` : `x:${folded}`;
}


