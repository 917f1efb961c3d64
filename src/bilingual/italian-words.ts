import { ita as italianStopwords } from 'stopword';

const STOPWORDS = new Set<string>(italianStopwords);

/** Italian function words (the `stopword` package's Italian list). */
export function isItalianStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}

/**
 * A light Italian stem, so that the singular and plural of a noun or adjective share one key ("prezzo",
 * "prezzi"; "banca", "banche"; "nazione", "nazioni"): the final vowel goes, with the "h" Italian writes
 * before "e" and "i" to keep a hard c or g. Not a linguistic stemmer: verbs keep their inflection.
 */
export function italianStem(word: string): string {
  let w = word.toLowerCase().normalize('NFC').replace(/^[\p{L}]{1,3}['’]/u, '');
  w = w.replace(/[àá]$/u, 'a').replace(/[èé]$/u, 'e').replace(/[ìí]$/u, 'i').replace(/[òó]$/u, 'o').replace(/[ùú]$/u, 'u');
  if (w.length <= 3) return w;
  if (/(?:ch|gh)[ei]$/u.test(w)) return w.slice(0, -2);
  if (/[aeiou]$/u.test(w)) return w.slice(0, -1);
  return w;
}

/** Word tokens of an Italian text with offsets: elided articles ("l'inflazione") give the word after the apostrophe. */
export function italianTokens(text: string, offset = 0): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const match of text.matchAll(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu)) {
    out.push({ start: offset + match.index, end: offset + match.index + match[0].length, text: match[0] });
  }
  return out;
}
