import { eng as englishStopwords } from 'stopword';

/** A word token of a text with its offsets. */
export interface WordToken {
  start: number;
  end: number;
  text: string;
}

// Letters with inner apostrophes/hyphens/periods (U.S., don't, high-profile), or numbers with separators (72,000; 1.5).
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’.-]\p{L}[\p{L}\p{M}]*)*\.?|\p{N}+(?:[.,\u00a0\u202f ]\p{N}{3})*(?:[.,]\p{N}+)?/gu;

/**
 * Word tokens of a text, offsets shifted by `offset`. Many rules read the same sentences, so the
 * tokenisation (a Unicode regular expression, the costliest step) is memoised per text; the cache
 * is dropped whole when it grows past TOKEN_CACHE_LIMIT, which keeps memory bounded on archives. The
 * limit holds both sides of a 20,000-sentence pair (at 20,000 the cache was dropped again and again
 * while each rule walked the document).
 *
 * The lists are shared, never copied per call (callers must not change them): the tokens at offset 0,
 * and the tokens at the last other offset asked for (a sentence is read at its place in the document
 * and on its own). Copying every list for every call was a fifth of a long audit's garbage.
 */
export function wordTokens(text: string, offset = 0): readonly WordToken[] {
  let entry = tokenCache.get(text);
  if (!entry) {
    if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
    tokenCache.set(text, (entry = { base: tokenize(text), offset: 0, shifted: null }));
  }
  if (offset === 0) return entry.base;
  if (entry.shifted && entry.offset === offset) return entry.shifted;
  entry.offset = offset;
  return (entry.shifted = entry.base.map((t) => ({ start: t.start + offset, end: t.end + offset, text: t.text })));
}

const TOKEN_CACHE_LIMIT = 100_000;
const tokenCache = new Map<string, { base: readonly WordToken[]; offset: number; shifted: readonly WordToken[] | null }>();

function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD)) {
    let value = match[0];
    // A trailing period belongs to the word only for abbreviations like "U.S." (letters separated by periods).
    if (value.endsWith('.') && !/^(\p{L}\.)+$/u.test(value)) value = value.slice(0, -1);
    tokens.push({ start: match.index, end: match.index + value.length, text: value });
  }
  return tokens;
}

const STOPWORDS = new Set<string>([...englishStopwords, 's', 't', 'd', 'll', 're', 've', 'm']);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}

/** Light suffix stripping so that "asks"/"asked"/"asking" share a key; not a linguistic stemmer. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/u, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3 && !w.endsWith('ss')) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

/** Content keys of a text for similarity: stems of non-stopwords, and numbers without separators. */
export function contentKeys(text: string): string[] {
  const keys: string[] = [];
  for (const token of wordTokens(text)) {
    // A word's key depends on its spelling alone, and a text repeats its words: found once per spelling.
    let key = contentKeyCache.get(token.text);
    if (key === undefined) {
      if (contentKeyCache.size >= CONTENT_KEY_CACHE_LIMIT) contentKeyCache.clear();
      contentKeyCache.set(token.text, (key = contentKey(token.text)));
    }
    if (key !== null) keys.push(key);
  }
  return keys;
}

function contentKey(word: string): string | null {
  if (/^\p{N}/u.test(word)) return '#' + word.replace(/[^\p{N}.]/gu, '');
  return isStopword(word.replace(/['’]s$/u, '')) ? null : stem(word);
}

const CONTENT_KEY_CACHE_LIMIT = 200_000;
const contentKeyCache = new Map<string, string | null>();

/**
 * Whether the word at `start` opens a sentence, a line, a quotation or what follows a colon: there any
 * word is capitalised, so a capital there says nothing of a name.
 */
export function opensSentence(text: string, start: number): boolean {
  return /(^|[.!?:"“]\s*|\n\s*)$/u.test(text.slice(Math.max(0, start - 4), start));
}
