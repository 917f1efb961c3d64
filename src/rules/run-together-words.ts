import { englishDictionary } from '../lexicon/dictionary.ts';
import { examinedRanges } from '../align/unsupported.ts';
import { isStopword, wordTokens } from '../text/words.ts';
import { spanIn, type Rule, type RuleContext, type RuleReport } from './rule.ts';

/** Two English words run together are never longer than this (the longest common words are about 25 letters). */
const MAX_LENGTH = 60;

/**
 * Words run together where markup was lost ("RogersWhen", "tocoaching", "forcesthat"): a token
 * unknown to the Hunspell en_US dictionary and to the rest of both documents, that splits into two
 * known words. Words the documents use on their own count as known, so names ("Bloomberg") split
 * off their neighbours too, and unknown names that do not split are left alone.
 */
export const runTogetherWords: Rule = {
  meta: {
    id: 'run-together-words',
    description: 'Two words written as one, typically where markup or a line break was lost.',
    category: 'fluency/spelling',
    defaultSeverity: 'major',
    basis: 'Hunspell en_US dictionary (dictionary-en) plus the words of both documents',
    // Heuristic: a dictionary miss split in two words; rare names and new compounds can look the same.
    defaultConfidence: 0.8,
  },
  check(context) {
    const dictionary = englishDictionary();
    const documentWords = collectWords(context);
    const knownIn = (words: Set<string>) => (word: string) =>
      words.has(word) || words.has(word.toLowerCase()) || dictionary.isWord(word);
    const known = knownIn(documentWords.whole);
    const knownPart = knownIn(documentWords.parts);
    // Beyond MAX_LENGTH no split into two dictionary words exists; trying would be quadratic.
    const splitOf = (word: string) =>
      word.length < 5 || word.length > MAX_LENGTH || !/^\p{L}+$/u.test(word) || isAcronymLike(word) || known(word) ? null : bestSplit(word, knownPart);
    // A long document repeats its words: each spelling is judged once.
    const splits = new Map<string, [string, string] | null>();
    const reports: RuleReport[] = [];
    for (const segment of context.targetSegments) {
      for (const token of wordTokens(segment.text, segment.start)) {
        const word = token.text.replace(/['’]s$/u, '');
        let split = splits.get(word);
        if (split === undefined) splits.set(word, (split = splitOf(word)));
        if (!split) continue;
        const fixed = `${split[0]} ${split[1]}`;
        reports.push({
          target: spanIn(context.target, token.start, token.start + word.length),
          message: `“${word}” looks like two words run together: “${fixed}”`,
          suggestion: fixed,
        });
      }
    }
    return reports;
  },
};

/**
 * Words the documents vouch for, chrome included (a byline names "Bloomberg"): every source word,
 * and target words. `whole` holds only capitalised target words used twice (names), since a
 * run-together token must not vouch for itself, and a long text repeats its garbles; its parts may be
 * vouched for by a single use.
 */
function collectWords(context: RuleContext): { whole: Set<string>; parts: Set<string> } {
  const whole = new Set<string>();
  const parts = new Set<string>();
  const bare = (text: string) => text.replace(/['’]s$/u, '');
  for (const token of wordTokens(context.source.text)) whole.add(bare(token.text));
  // The text the rules read: the unread tail of a long passage with no source vouches for nothing.
  const ranges = examinedRanges(context.target.text, context.target.segments, context.targetSegments);
  const readsAll = ranges.length === 1 && ranges[0]![0] === 0 && ranges[0]![1] === context.target.text.length;
  const targetTokens = readsAll ? wordTokens(context.target.text) : ranges.flatMap(([start, end]) => wordTokens(context.target.text.slice(start, end), start));
  for (const token of targetTokens) {
    const word = bare(token.text);
    if (parts.has(word) && /^\p{Lu}/u.test(word)) whole.add(word);
    parts.add(word);
  }
  for (const word of whole) parts.add(word);
  return { whole, parts };
}

/** "iPhone", "McDonald", "ISF": inner capitals that are how the word is spelled, not a lost space. */
function isAcronymLike(word: string): boolean {
  if (word === word.toUpperCase()) return true;
  if (/^\p{Ll}\p{Lu}/u.test(word)) return true; // iPhone, eBay
  return /^(Mc|Mac|O|De|Di|La|Le|Van|Von)\p{Lu}/u.test(word);
}

/** The most plausible split into two known words, preferring a case boundary and common words. */
function bestSplit(word: string, known: (w: string) => boolean): [string, string] | null {
  let best: { parts: [string, string]; score: number } | null = null;
  for (let i = 1; i < word.length; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    const caseBoundary = /\p{Ll}/u.test(left.at(-1)!) && /\p{Lu}/u.test(right[0]!);
    // "A" after a lower-case letter is the next sentence's article where markup was lost ("Kane TanakaA
    // Japanese woman").
    const articleAfter = right === 'A' && caseBoundary;
    if (!partOk(left, known) || !(articleAfter || partOk(right, known))) continue;
    // Inside a lower-case run, an upper-case letter can only start the left word.
    if (!caseBoundary && /\p{Lu}/u.test(right)) continue;
    const score =
      (caseBoundary ? 10 : 0) + (isStopword(left) ? 3 : 0) + (isStopword(right) ? 3 : 0) + Math.min(left.length, right.length) / 10;
    if (!best || score > best.score) best = { parts: [left, right], score };
  }
  return best?.parts ?? null;
}

/** One-letter parts are only the words "a" and "I"; two-letter parts must be function words. */
function partOk(part: string, known: (w: string) => boolean): boolean {
  if (part.length === 1) return part === 'a' || part === 'I';
  if (part.length === 2) return isStopword(part);
  return known(part);
}
