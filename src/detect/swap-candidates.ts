import type { Alignment, DiffPart, Span } from '../types.ts';
import { spellingVariants } from '../lexicon/spelling-variants.ts';
import { pairWords, type Word } from './run-pairing.ts';
import { isCommonWord, isFunctionWord, sameLemma } from './word-classes.ts';
import { opensSentence } from '../text/words.ts';
import { sameUnderContraction } from '../text/contractions.ts';
import { insideQuotation } from '../text/quotations.ts';

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
  /** A word of a name respelt with common words ("HDFC Bank" → "HDFC Financial institution", "in May" → "in Could"). */
  inName: boolean;
  /** Content words inserted before a kept word, read as that word swapped for a phrase ("sales" → "gross sales"). */
  inserted?: boolean;
}

/** Longest run of changed words a side still read as swaps (a spinner swaps neighbours too). */
export const MAX_RUN = 8;

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** The words of a diff span, with document offsets. */
export function wordsOf(span: Span | null): Word[] {
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

type Hunk = ReturnType<typeof hunks>[number];

const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/** One capitalised word for another right beside an unchanged capitalised word or model number: a word of a name swapped. */
function namePartSwapped(hunk: Hunk, deleted: Word[], inserted: Word[], targetText: string): boolean {
  if (deleted.length !== 1 || inserted.length !== 1 || !NAME_WORD.test(deleted[0]!.text) || !NAME_WORD.test(inserted[0]!.text)) return false;
  // Words a thesaurus holds ("House", "Street"); a first name for another ("Friedrich" → "Olaf") is a changed name.
  if (!isCommonWord(deleted[0]!.text) || !isCommonWord(inserted[0]!.text)) return false;
  return hunkBesideName(hunk, inserted, targetText);
}

/** The inserted run touches the rest of a name: a capitalised kept word, or a model number after it ("Model 3" → "Mannequin 3"). */
function hunkBesideName(hunk: Hunk, inserted: Word[], targetText: string): boolean {
  if (!inserted.length) return false;
  const spaceOnly = (from: number, to: number) => /^[ \u00a0]$/u.test(targetText.slice(from, to));
  const before = hunk.before?.target;
  const after = hunk.after?.target;
  return Boolean(
    (before && /\p{Lu}[\p{L}'’.-]*$/u.test(before.text) && spaceOnly(before.end, inserted[0]!.start)) ||
      (after && /^(?:\p{Lu}|\p{N}+\b)/u.test(after.text) && spaceOnly(inserted.at(-1)!.end, after.start)),
  );
}

/**
 * Whether real spinners were seen making this substitution and editors rejected it (the spinner lexicon,
 * corpus/lexicons/spinner-substitutions): a phrase of function words for a word ("came" → "got here",
 * "up to" → "as much as") is then a candidate, where otherwise it would be grammar.
 */
export type KnownSubstitution = (source: string, target: string) => boolean;

export function swapsIn(alignment: Alignment, sourceText: string, targetText: string, known?: KnownSubstitution): Swap[] {
  const out: Swap[] = [];
  // Every word of each side: a word moved to or from the opening of the sentence ("Analysts say
  // retailers…" → "Retailers…, analysts say") is a recast, not a swap. Only there: a spinner trading two
  // words of one sentence ("climate" → "local weather", "weather" → "climate") did swap them.
  // Built only for a swap that opens with a capital: most alignments have none, and building both sets
  // for every aligned pair was a third of this function's time.
  const sideWords = (side: 'source' | 'target') => new Set((alignment.diff ?? []).flatMap((p) => wordsOf(p[side]).map((w) => w.text.toLowerCase())));
  let sides: { source: Set<string>; target: Set<string> } | null = null;
  const sidesOf = () => (sides ??= { source: sideWords('source'), target: sideWords('target') });
  for (const hunk of hunks(alignment.diff ?? [])) {
    const deleted = hunk.changed.filter((p) => p.op === 'delete').flatMap((p) => wordsOf(p.source));
    const inserted = hunk.changed.filter((p) => p.op === 'insert').flatMap((p) => wordsOf(p.target));
    if (!deleted.length && inserted.length) {
      const swap = insertionSwap(hunk, inserted, sourceText, targetText, alignment);
      if (swap) out.push(swap);
      continue;
    }
    if (!deleted.length || !inserted.length || Math.max(deleted.length, inserted.length) > MAX_RUN) continue;
    // Runs of a hunk sit in one sentence each side: a hunk across a sentence break is a restructuring.
    if (/[.!?]\s/u.test(sourceText.slice(deleted[0]!.start, deleted.at(-1)!.end)) || /[.!?]\s/u.test(targetText.slice(inserted[0]!.start, inserted.at(-1)!.end))) continue;
    const left = lastWord(hunk.before?.target ?? null);
    const right = firstWord(hunk.after?.target ?? null);
    const inName = namePartSwapped(hunk, deleted, inserted, targetText);
    const besideName = hunkBesideName(hunk, inserted, targetText);
    const paired = pairWords(deleted, inserted, known);
    if (!paired) continue;
    const { pairs, loose } = paired;
    for (const [s, t] of pairs) {
      // In a longer run beside a name, a capitalised word for capitalised words is a word of the name
      // ("One Night Only show" → "One Night time Solely present", "Late Night Talking" → "Late Night time Speaking").
      const namePair =
        besideName && s.length === 1 && NAME_WORD.test(s[0]!.text) && isCommonWord(s[0]!.text) && t.some((w) => NAME_WORD.test(w.text)) && t.every((w) => isCommonWord(w.text));
      const swap = makeSwap(s, t, sourceText, targetText, alignment, inName || namePair, known);
      if (!swap) continue;
      // At a sentence's opening only: a capitalised word of a name mid-sentence ("configurable Action
      // button" → "Motion button") is no recast.
      const opens = opensSentence(targetText, swap.target.start) || opensSentence(sourceText, swap.source.start);
      if (opens && (swap.targetWords.every((w) => sidesOf().source.has(w)) || swap.sourceWords.every((w) => sidesOf().target.has(w)))) continue;
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
 * Words a spinner inserts before a kept word to make a phrase of it: one or two lower-case content words
 * ("gross" before "sales"). The swap candidates and the lexicon miner (eval/real/mine.ts) share this test.
 */
export function isInsertedPhrase(inserted: readonly string[]): boolean {
  return inserted.length > 0 && inserted.length <= 2 && inserted.every((w) => /^\p{Ll}[\p{Ll}'’-]*$/u.test(w) && !isFunctionWord(w));
}

/**
 * One or two lower-case content words inserted right before a kept lower-case word: a spinner's phrase for
 * that word ("sales" → "gross sales", "policy" → "coverage policy"). The kept word is the swap's source.
 */
function insertionSwap(hunk: Hunk, inserted: Word[], sourceText: string, targetText: string, alignment: Alignment): Swap | null {
  if (!hunk.after?.source || !hunk.after.target || !isInsertedPhrase(inserted.map((w) => w.text))) return null;
  const kept = wordsOf(hunk.after.target)[0];
  const keptSource = wordsOf(hunk.after.source)[0];
  if (!kept || !keptSource || !/^\p{Ll}+$/u.test(kept.text) || isFunctionWord(kept.text)) return null;
  // Adjacent, in one sentence: only a space between the inserted words and the kept one.
  if (!/^[ \u00a0]+$/u.test(targetText.slice(inserted.at(-1)!.end, kept.start))) return null;
  const swap = makeSwap([keptSource], [...inserted, kept], sourceText, targetText, alignment);
  if (!swap) return null;
  swap.left = lastWord(hunk.before?.target ?? null);
  swap.right = wordsOf(hunk.after.target)[1]?.text.toLowerCase() ?? null;
  swap.inserted = true;
  return swap;
}

function makeSwap(s: Word[], t: Word[], sourceText: string, targetText: string, alignment: Alignment, inName = false, known?: KnownSubstitution): Swap | null {
  const sourceWords = s.map((w) => w.text.toLowerCase());
  const targetWords = t.map((w) => w.text.toLowerCase());
  // Numbers and names have rules of their own; a name is a capitalised word that is not sentence-initial
  // on both sides (a sentence start capitalises any word).
  if ([...s, ...t].some((w) => /\p{N}/u.test(w.text))) return null;
  const capitalised = (w: Word, text: string) => /^\p{Lu}/u.test(w.text) && !opensSentence(text, w.start);
  const named = s.some((w) => capitalised(w, sourceText)) || t.some((w) => capitalised(w, targetText));
  // A word of a longer name swapped while the rest of the name stays ("White House" → "White Home",
  // "Wall Street" → "Wall Avenue") is a spun name; so is a capitalised common word respelt with common
  // words ("HDFC Bank" → "HDFC Financial institution", "Labor Department" → "Labor Division", the month
  // "May" → "Could"). A name that is no common word ("Friedrich" → "Olaf") is another rule's.
  const common = (w: Word) => isCommonWord(w.text);
  const spunName = named && (inName || ([...s, ...t].every(common) && capitalised(t[0]!, targetText)));
  if (named && !spunName) return null;
  // Words glued where markup was lost ("RogersWhen") are run-together words, not a swap.
  if (t.some((w) => /\p{Ll}\p{Lu}/u.test(w.text))) return null;
  // Function words only, on either side, is grammar ("the" → "a"), not a swap of meaning-bearing words.
  // A function word turned into a content word or a phrase with one is a spinner's move ("more" →
  // "extra", "because" → "as a result of", "before" → "earlier than"); one function word for another,
  // or for several ("were" → "had been"), is grammar.
  if (targetWords.every(isFunctionWord) && !spunName && !known?.(sourceWords.join(' '), targetWords.join(' '))) return null;
  // ...but a capitalised word after a function word is more often a sentence recast around a name
  // ("The chief" → "Northwind's chief") than a spun word.
  // A function word that is part of a name ("Under Armour" → "Underneath Armour") is the name's.
  if (!inName && sourceWords.every(isFunctionWord) && t.some((w) => /^\p{Lu}/u.test(w.text))) return null;
  if (sameLemma(sourceWords.join(' '), targetWords.join(' '))) return null;
  // A contraction written out or made ("did not" → "didn't"): the same words in another register.
  // Not inside a quotation, whose words must stay the speaker's.
  if (sameUnderContraction(sourceWords, targetWords) && !insideQuotation(targetText, t[0]!.start)) return null;
  // One word in British and American spelling ("favour" → "favor"): a copy respelt for its market.
  if (sourceWords.length === targetWords.length && sourceWords.every((w, i) => w === targetWords[i] || spellingVariants(w, targetWords[i]!))) return null;
  // Words run together where a space was lost ("after midnight" → "aftermidnight", "league is" →
  // "leagueis") are a rule of their own.
  const letters = (words: string[]) => words.join('').replace(/[^\p{L}]/gu, '');
  if (targetWords.some((w) => sourceWords.some((_, i) => i + 1 < sourceWords.length && w.startsWith(sourceWords[i]! + sourceWords[i + 1]!))) || letters(sourceWords) === letters(targetWords)) return null;
  if (!inName && sourceWords.length === 1 && targetWords.length === 1 && isFunctionWord(sourceWords[0]!) && (targetWords[0]!.endsWith(sourceWords[0]!) || targetWords[0]!.startsWith(sourceWords[0]!))) return null;
  const span = (words: Word[], text: string): Span => ({ start: words[0]!.start, end: words.at(-1)!.end, text: text.slice(words[0]!.start, words.at(-1)!.end) });
  return { source: span(s, sourceText), target: span(t, targetText), sourceWords, targetWords, left: null, right: null, alignment, loose: false, inName: spunName };
}

/** The word that opens a span, unless punctuation comes first (then nothing is next to the swap). */
function firstWord(span: Span | null): string | null {
  const w = span && /^[\p{L}\p{N}]/u.test(span.text) ? wordsOf(span)[0] : undefined;
  return w ? w.text.toLowerCase() : null;
}

function lastWord(span: Span | null): string | null {
  const w = span && /[\p{L}\p{N}]$/u.test(span.text) ? wordsOf(span).at(-1) : undefined;
  return w ? w.text.toLowerCase() : null;
}
