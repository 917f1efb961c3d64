import { wordnet, type Pos } from '../lexicon/wordnet.ts';
import type { Alignment, DiffPart, Span } from '../types.ts';
import { isStopword, stem } from '../text/words.ts';

/**
 * One-for-one swaps in an aligned pair, read off its word diff: a run of at most MAX_RUN source words
 * replaced by a run of at most MAX_RUN target words between two unchanged stretches. This is how a
 * spinner works (word by word, the sentence skeleton kept), and how a fluent rewrite rarely works (it
 * moves and merges words, so its changes come in long runs that are left to other rules).
 */
export interface Swap {
  source: Span;
  target: Span;
  /** Lower-case words of each side (one each for a one-for-one swap). */
  sourceWords: string[];
  targetWords: string[];
  /** The unchanged word just before and just after the swap, lower-case, when there is one. */
  left: string | null;
  right: string | null;
  alignment: Alignment;
  /** Paired inside a longer uneven run (alignRuns): a rewrite as often as a spin, and not counted in the spin signature. */
  loose: boolean;
}

/** Longest runs of changed words still read as swaps: word for word (a spinner swaps neighbours too), and
 * as one phrase of another length ("bank" → "financial institution" is 1 → 2). */
export const MAX_RUN = 8;
export const MAX_PHRASE = 3;

interface Word {
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

function wordsOf(span: Span | null): Word[] {
  if (!span) return [];
  return [...span.text.matchAll(WORD)].map((m) => ({ start: span.start + m.index, end: span.start + m.index + m[0].length, text: m[0] }));
}

/** The diff parts of an alignment cut into hunks: the changed parts between two unchanged ones. */
function hunks(diff: DiffPart[]): { before: DiffPart | null; changed: DiffPart[]; after: DiffPart | null }[] {
  const out: { before: DiffPart | null; changed: DiffPart[]; after: DiffPart | null }[] = [];
  let before: DiffPart | null = null;
  let changed: DiffPart[] = [];
  for (const part of diff) {
    if (part.op === 'equal') {
      if (changed.length) out.push({ before, changed, after: part });
      changed = [];
      before = part;
    } else changed.push(part);
  }
  if (changed.length) out.push({ before, changed, after: null });
  return out;
}

export function swapsIn(alignment: Alignment, sourceText: string, targetText: string): Swap[] {
  const out: Swap[] = [];
  for (const hunk of hunks(alignment.diff ?? [])) {
    const deleted = hunk.changed.filter((p) => p.op === 'delete').flatMap((p) => wordsOf(p.source));
    const inserted = hunk.changed.filter((p) => p.op === 'insert').flatMap((p) => wordsOf(p.target));
    if (!deleted.length || !inserted.length || Math.max(deleted.length, inserted.length) > MAX_RUN) continue;
    // Runs of a hunk sit in one sentence each side: a hunk across a sentence break is a restructuring.
    if (/[.!?]\s/u.test(sourceText.slice(deleted[0]!.start, deleted.at(-1)!.end)) || /[.!?]\s/u.test(targetText.slice(inserted[0]!.start, inserted.at(-1)!.end))) continue;
    const left = lastWord(hunk.before?.target ?? null);
    const right = firstWord(hunk.after?.target ?? null);
    // One capitalised word for another beside an unchanged capitalised word: a word of a name swapped.
    const inName =
      deleted.length === 1 && inserted.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(deleted[0]!.text) && /^\p{Lu}\p{Ll}+$/u.test(inserted[0]!.text) &&
      ((hunk.before?.target ? /\p{Lu}[\p{L}'’.-]*$/u.test(hunk.before.target.text) && /^[ \u00a0]$/u.test(targetText.slice(hunk.before.target.end, inserted[0]!.start)) : false) ||
        (hunk.after?.target ? /^\p{Lu}/u.test(hunk.after.target.text) && /^[ \u00a0]$/u.test(targetText.slice(inserted[0]!.end, hunk.after.target.start)) : false));
    const paired = pairWords(deleted, inserted);
    if (!paired) continue;
    const { pairs, loose } = paired;
    for (const [s, t] of pairs) {
      const swap = makeSwap(s, t, sourceText, targetText, alignment, inName);
      if (!swap) continue;
      swap.loose = loose;
      swap.left = s[0] === deleted[0] ? left : null;
      swap.right = s.at(-1) === deleted.at(-1) ? right : null;
      // A one-for-one pair inside a longer run has its run neighbours as context.
      if (s[0] !== deleted[0]) swap.left = deleted[deleted.indexOf(s[0]!) - 1]!.text.toLowerCase();
      if (s.at(-1) !== deleted.at(-1)) swap.right = deleted[deleted.indexOf(s.at(-1)!) + 1]!.text.toLowerCase();
      out.push(swap);
    }
  }
  return out;
}

/**
 * Pairs the two runs of a hunk word for word. Runs of unequal length are first made equal by joining
 * neighbours that WordNet lists as one term ("financial institution" for "bank"); what cannot be
 * made equal is one phrase swap when short, and no swap at all when long (a rewrite, not a spin).
 */
function pairWords(deleted: Word[], inserted: Word[]): { pairs: [Word[], Word[]][]; loose: boolean } | null {
  const source = joinTerms(deleted.map((w) => [w]), inserted.length);
  const target = joinTerms(inserted.map((w) => [w]), source.length);
  if (source.length === target.length) return { pairs: source.map((s, i) => [s, target[i]!]), loose: false };
  if (Math.max(deleted.length, inserted.length) <= MAX_PHRASE) return { pairs: [[deleted, inserted]], loose: false };
  const pairs = alignRuns(source, target);
  return pairs ? { pairs, loose: true } : null;
}

/**
 * Pairs two runs of unequal length word group by word group: content for content and function word
 * for function word cost nothing, a function word left over costs half, a content word left over or
 * paired across the two classes costs one. A left-over function word joins the pair after it when it
 * comes first (a preposition before its noun: "against" → "in opposition to"), else the pair before.
 * Null when a content word is left over: that is a rewrite, not a swap.
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

function makeSwap(s: Word[], t: Word[], sourceText: string, targetText: string, alignment: Alignment, inName = false): Swap | null {
  const sourceWords = s.map((w) => w.text.toLowerCase());
  const targetWords = t.map((w) => w.text.toLowerCase());
  // Numbers and names have rules of their own; a name is a capitalised word that is not sentence-initial
  // on both sides (a sentence start capitalises any word).
  if ([...s, ...t].some((w) => /\p{N}/u.test(w.text))) return null;
  const capitalised = (w: Word, text: string) => /^\p{Lu}/u.test(w.text) && !/(^|[.!?:"“]\s*|\n\s*)$/u.test(text.slice(Math.max(0, w.start - 4), w.start));
  const named = s.some((w) => capitalised(w, sourceText)) || t.some((w) => capitalised(w, targetText));
  // A word of a longer name swapped while the rest of the name stays ("White House" → "White Home",
  // "Wall Street" → "Wall Avenue") is a spun name; any other change of a name is another rule's.
  if (named && !inName) return null;
  // Words glued where markup was lost ("RogersWhen") are run-together words, not a swap.
  if (t.some((w) => /\p{Ll}\p{Lu}/u.test(w.text))) return null;
  // Function words only, on either side, is grammar ("the" → "a"), not a swap of meaning-bearing words.
  // A function word turned into a phrase with a content word is a spinner's move ("because" → "as a
  // result of", "before" → "earlier than"); one function word for another is grammar.
  if (targetWords.every(isFunctionWord) || (sourceWords.every(isFunctionWord) && targetWords.length === 1)) return null;
  if (sameLemma(sourceWords.join(' '), targetWords.join(' '))) return null;
  // Words run together where a space was lost ("after midnight" → "aftermidnight") are a rule of their own.
  const letters = (words: string[]) => words.join('').replace(/[^\p{L}]/gu, '');
  if (targetWords.some((w) => sourceWords.some((_, i) => i + 1 < sourceWords.length && w.startsWith(sourceWords[i]! + sourceWords[i + 1]!))) || letters(sourceWords) === letters(targetWords)) return null;
  const span = (words: Word[], text: string): Span => ({ start: words[0]!.start, end: words.at(-1)!.end, text: text.slice(words[0]!.start, words.at(-1)!.end) });
  return { source: span(s, sourceText), target: span(t, targetText), sourceWords, targetWords, left: null, right: null, alignment, loose: false };
}

/**
 * Words of the stopword list that carry meaning of their own: reporting and light verbs, and a few
 * nouns and adverbs. A spinner swaps them like any content word ("said" → "mentioned", "still" → "nonetheless").
 */
const CONTENT_STOPWORDS = new Set(['said', 'came', 'come', 'make', 'take', 'way', 'well', 'still', 'never']);

function isFunctionWord(word: string): boolean {
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

/** The word that opens a span, unless punctuation comes first (then nothing is next to the swap). */
function firstWord(span: Span | null): string | null {
  const w = span && /^[\p{L}\p{N}]/u.test(span.text) ? wordsOf(span)[0] : undefined;
  return w ? w.text.toLowerCase() : null;
}

function lastWord(span: Span | null): string | null {
  const w = span && /[\p{L}\p{N}]$/u.test(span.text) ? wordsOf(span).at(-1) : undefined;
  return w ? w.text.toLowerCase() : null;
}
