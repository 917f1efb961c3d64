import { isFunctionWord } from './word-classes.ts';
import { wordKey, type SubstitutionEntry, type SubstitutionLexicon } from '../lexicon/spinner-substitutions.ts';
import type { Span } from '../types.ts';
import type { TrigramModel } from '../lexicon/trigram-lm.ts';
import type { BrownCounts } from './brown.ts';

/**
 * A known spinner phrase where there is no source sentence to compare with: a phrase that real spinners
 * write in place of another (corpus/lexicons/spinner-substitutions), which editors rejected more often than
 * they let it pass, and where putting the original back makes a far more likely reading of the
 * neighbouring words: by the CMU trigram model where Debian's pocketsphinx-en-us is installed (the
 * original at least LM_GAIN times likelier per word), else by Brown Corpus word pairs ("native forces" →
 * "local forces", "the central financial institution" → "the central bank").
 */
export interface KnownPhrase {
  target: Span;
  entry: SubstitutionEntry;
  /** Brown pair counts with the neighbours: the original's, and the spinner phrase's. */
  originalPairs: number;
  spunPairs: number;
  neighbour: string;
}

/** The original's collocations must be seen this often, and the spinner phrase's at most SPUN_MAX. */
export const ORIGINAL_MIN = 3;
export const SPUN_MAX = 0;
/** log10 of how many times likelier per word the original must make its context, by the trigram model. */
export const LM_GAIN = 1;
/** Editors rejected it at least this share of the times they judged it, and it was judged at least twice. */
const REJECT_SHARE = 0.6;
const MIN_JUDGED = 2;

interface Token {
  start: number;
  end: number;
  word: string;
}

const WORD = /[\p{L}][\p{L}'’-]*/gu;

function tokens(text: string, offset: number): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: offset + m.index, end: offset + m.index + m[0].length, word: m[0].toLowerCase() }));
}

function damaging(e: SubstitutionEntry): boolean {
  const judged = e.reject + e.accept;
  return judged >= MIN_JUDGED && e.reject / judged >= REJECT_SHARE;
}

/** Known spinner phrases in one stretch of target text (a sentence with no source). */
export function knownPhrasesIn(text: string, offset: number, lexicon: SubstitutionLexicon, brown: BrownCounts, lm: TrigramModel | null = null): KnownPhrase[] {
  const words = tokens(text, offset);
  const keys = words.map((w) => wordKey(w.word));
  const found: KnownPhrase[] = [];
  const taken = new Set<number>();
  for (let n = Math.min(lexicon.longest, 4); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      if (taken.has(i) || taken.has(i + n - 1)) continue;
      const run = words.slice(i, i + n);
      // A capitalised word mid-sentence is a name, not a spinner's word ("Native American").
      if (i > 0 && /^\p{Lu}/u.test(text.slice(run[0]!.start - offset))) continue;
      const candidates = lexicon.originalsOfKey(keys.slice(i, i + n).join(' '));
      if (!candidates.length) continue;
      const left = words[i - 1]?.word ?? null;
      const right = words[i + n]?.word ?? null;
      let best: KnownPhrase | null = null;
      for (const entry of candidates) {
        // An original of function words only ("the" → "many", from "one of many hottest") says too little
        // to put back without a source: any "many" would read better as "the" somewhere.
        if (!damaging(entry) || entry.source.split(' ').every(isFunctionWord)) continue;
        const orig = entry.source.split(' ');
        const spun = run.map((w) => w.word);
        const pairs = (first: string, last: string) => (left ? brown.pair(left, first) : 0) + (right ? brown.pair(last, right) : 0);
        const originalPairs = pairs(orig[0]!, orig.at(-1)!);
        const spunPairs = pairs(spun[0]!, spun.at(-1)!);
        if (lm) {
          // Two words of context before, one after: the phrase is read where it stands.
          const before = words.slice(Math.max(0, i - 2), i).map((w) => w.word);
          const after = words.slice(i + n, i + n + 1).map((w) => w.word);
          const mean = (ws: string[]) => (lm.sequenceLogProb([...before, ...ws, ...after]) - lm.sequenceLogProb(before)) / (ws.length + after.length);
          if (!before.length && !after.length) continue;
          if (mean(orig) - mean(spun) < LM_GAIN) continue;
        } else if (originalPairs < ORIGINAL_MIN || spunPairs > SPUN_MAX) continue;
        if (!best || originalPairs > best.originalPairs) {
          const neighbour = left && brown.pair(left, orig[0]!) > 0 ? left : right!;
          best = { target: { start: run[0]!.start, end: run.at(-1)!.end, text: text.slice(run[0]!.start - offset, run.at(-1)!.end - offset) }, entry, originalPairs, spunPairs, neighbour };
        }
      }
      if (best) {
        found.push(best);
        for (let k = i; k < i + n; k++) taken.add(k);
      }
    }
  }
  return found.sort((a, b) => a.target.start - b.target.start);
}
