import { wordnet } from '../lexicon/wordnet.ts';
import { isFunctionWord } from './word-classes.ts';

/** A word of a diff run with its document offsets. */
export interface Word {
  start: number;
  end: number;
  text: string;
}

/** Longest uneven pair of runs taken whole as one phrase swap ("bank" → "financial institution" is 1 → 2). */
export const MAX_PHRASE = 3;

/**
 * Pairs the two runs of a hunk word for word. Runs of unequal length are first made equal by joining
 * neighbours that WordNet lists as one term ("financial institution" for "bank"); what cannot be
 * made equal is one phrase swap when short, and no swap at all when long (a rewrite, not a spin).
 */
export function pairWords(deleted: Word[], inserted: Word[], known?: (source: string, target: string) => boolean): { pairs: [Word[], Word[]][]; loose: boolean } | null {
  let source = deleted.map((w) => [w]);
  let target = inserted.map((w) => [w]);
  if (known && deleted.length !== inserted.length) {
    // Phrases real spinners are known to write for a word of the run ("overnight rate" → "in a single
    // day fee" is "overnight" → "in a single day" and "rate" → "fee") are one group each.
    target = joinKnown(target, source, (t, s) => known(s, t));
    // The finer pairing first: the source's words are joined only while it still has more groups.
    // Never below the target's groups: "according to data" known whole for "in keeping with knowledge"
    // would leave one source group against the target's two, and nothing to pair.
    if (source.length > target.length) source = joinKnown(source, target, known, target.length);
  }
  source = joinTerms(source, target.length);
  target = joinTerms(target, source.length);
  if (source.length === target.length) return { pairs: source.map((s, i) => [s, target[i]!]), loose: false };
  // One word for a short phrase ("overnight" → "in a single day") is a phrase swap, a little longer.
  const phrase = Math.min(deleted.length, inserted.length) === 1 ? MAX_PHRASE + 1 : MAX_PHRASE;
  if (Math.max(deleted.length, inserted.length) <= phrase) return { pairs: [[deleted, inserted]], loose: false };
  const pairs = alignRuns(source, target);
  return pairs ? { pairs, loose: true } : null;
}

/**
 * Pairs two runs of unequal length word group by word group (an edit-distance alignment): content for
 * content and function word for function word cost nothing, a pair across the two classes costs 0.5, a
 * function word left over 0.25 and a content word left over 1. Left-over function words join the pair
 * after them ("in" + "opposition"), or the pair before when they end the run or close a phrase that
 * began with left-overs ("in opposition" + "to"). Null when a content word is left over: a rewrite.
 */
function alignRuns(source: Word[][], target: Word[][]): [Word[], Word[]][] | null {
  const content = (g: Word[]) => g.some((w) => !isFunctionWord(w.text.toLowerCase()));
  const n = source.length;
  const m = target.length;
  const cost = (g: Word[]) => (content(g) ? 1 : 0.25);
  const pairCost = (a: Word[], b: Word[]) => (content(a) === content(b) ? 0 : 0.5);
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = 1; i <= n; i++) table[i]![0] = table[i - 1]![0]! + cost(source[i - 1]!);
  for (let j = 1; j <= m; j++) table[0]![j] = table[0]![j - 1]! + cost(target[j - 1]!);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      table[i]![j] = Math.min(table[i - 1]![j - 1]! + pairCost(source[i - 1]!, target[j - 1]!), table[i - 1]![j]! + cost(source[i - 1]!), table[i]![j - 1]! + cost(target[j - 1]!));
    }
  }
  // Walk back: pairs in order, each with the left-over words that sit between them.
  const steps: { s?: Word[]; t?: Word[] }[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = table[i]![j]!;
    if (i > 0 && j > 0 && here === table[i - 1]![j - 1]! + pairCost(source[i - 1]!, target[j - 1]!)) steps.push({ s: source[--i]!, t: target[--j]! });
    else if (i > 0 && here === table[i - 1]![j]! + cost(source[i - 1]!)) steps.push({ s: source[--i]! });
    else steps.push({ t: target[--j]! });
  }
  steps.reverse();
  if (steps.some((x) => (!x.s || !x.t) && content(x.s ?? x.t!))) return null;
  const pairs: [Word[], Word[]][] = [];
  // Whether the last pair began with left-over function words: then it is a phrase ("in opposition")
  // and the function words right after it close it ("to"), as a prepositional phrase does.
  let openPhrase = false;
  let carry: { s: Word[]; t: Word[] } = { s: [], t: [] };
  steps.forEach((step, k) => {
    if (step.s && step.t) {
      openPhrase = carry.s.length + carry.t.length > 0;
      pairs.push([[...carry.s, ...step.s], [...carry.t, ...step.t]]);
      carry = { s: [], t: [] };
      return;
    }
    const trailing = !steps.slice(k).some((x) => x.s && x.t);
    const closes = pairs.length > 0 && carry.s.length + carry.t.length === 0 && (trailing || openPhrase);
    const into = closes ? { s: pairs.at(-1)![0], t: pairs.at(-1)![1] } : carry;
    if (step.s) into.s.push(...step.s);
    else into.t.push(...step.t!);
  });
  return pairs.filter(([s, t]) => s.length && t.length);
}

/** Joins neighbouring words that form a WordNet term, left to right, until `length` groups remain. */
function joinTerms(groups: Word[][], length: number): Word[][] {
  const net = wordnet();
  const out = [...groups];
  for (let i = 0; i + 1 < out.length && out.length > length; i++) {
    const term = [...out[i]!, ...out[i + 1]!].map((w) => w.text.toLowerCase()).join(' ');
    if (net.baseForms(term, 'n').length || net.baseForms(term, 'v').length) {
      out.splice(i, 2, [...out[i]!, ...out[i + 1]!]);
      i--;
    }
  }
  return out;
}


/** Longest known spinner phrase joined into one group, in words. */
const MAX_KNOWN = 4;

/**
 * Joins neighbouring groups of one run into a phrase wherever the lexicon knows the phrase as a
 * substitution for one group (or two neighbouring groups) of the other run, longest first, left to right,
 * keeping at least `minGroups` groups.
 */
function joinKnown(groups: Word[][], other: Word[][], known: (phrase: string, otherPhrase: string) => boolean, minGroups = 0): Word[][] {
  const text = (g: Word[][]) => g.flat().map((w) => w.text.toLowerCase()).join(' ');
  const otherPhrases = other.flatMap((_, i) => [text(other.slice(i, i + 1)), ...(i + 1 < other.length ? [text(other.slice(i, i + 2))] : [])]);
  const out: Word[][] = [];
  for (let i = 0; i < groups.length; ) {
    let joined = 1;
    for (let n = Math.min(MAX_KNOWN, groups.length - i); n >= 2; n--) {
      // Groups left after this join: those made, this one, and the rest unjoined.
      if (out.length + 1 + (groups.length - i - n) < minGroups) continue;
      const phrase = text(groups.slice(i, i + n));
      if (otherPhrases.some((o) => known(phrase, o))) {
        joined = n;
        break;
      }
    }
    out.push(groups.slice(i, i + joined).flat());
    i += joined;
  }
  return out;
}
