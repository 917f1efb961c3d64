import { isStopword } from './words.ts';

/** Fewest words a text needs before its share of function words says anything. */
const PLAIN_MIN_WORDS = 12;
/** Share of English function words above which a text is English (measured: English prose 0.30-0.54, Italian 0.05-0.16). */
const ENGLISH_FUNCTION_SHARE = 0.25;

/**
 * A shortcut before franc, which scores some 60 languages: running English prose is about half
 * function words, other languages' prose a small share of English ones ("a", "in"). Above
 * ENGLISH_FUNCTION_SHARE the text is English whatever franc would add; below it franc decides.
 */
export function plainlyEnglish(text: string): boolean {
  const tokens = text.match(/\p{L}+/gu) ?? [];
  if (tokens.length < PLAIN_MIN_WORDS) return false;
  let functionWords = 0;
  for (const token of tokens) if (isStopword(token)) functionWords++;
  return functionWords / tokens.length >= ENGLISH_FUNCTION_SHARE;
}
