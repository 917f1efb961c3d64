import type { Pos } from '../lexicon/wordnet.ts';

/**
 * The parts of speech a word's slot allows, read from the closed-class words around it. A thesaurus
 * swap often takes the synonym from the wrong part of speech ("all points on" → "all aims on", where
 * "aim" meets "point" only as a verb), so a judgement must compare the senses the slot allows.
 *
 * Only strong cues are used; anything else answers `null` (no constraint):
 * - after a determiner or possessive ("the", "its", "every"): a noun or an adjective; a noun alone when
 *   an auxiliary, a preposition or punctuation follows ("the same prime have", "all aims on");
 * - after a modal ("would", "must") or a subject pronoun ("they", "we"): a verb (or an adverb).
 */
export function slotPos(previous: string | undefined, next: string | undefined, beforePrevious?: string): ReadonlySet<Pos> | null {
  const prev = previous?.toLowerCase();
  const after = next?.toLowerCase();
  if (!prev) return null;
  // "all" opens a noun phrase, except after a pronoun ("they all agreed").
  const determiner = DETERMINERS.has(prev) || (prev === 'all' && !SUBJECTS.has(beforePrevious?.toLowerCase() ?? ''));
  if (determiner) return after === undefined || CLOSES_NOUN_PHRASE.has(after) || !/^\p{L}/u.test(after) ? NOUN : NOUN_OR_ADJECTIVE;
  if (MODALS.has(prev) || SUBJECTS.has(prev)) return VERB_OR_ADVERB;
  return null;
}

const NOUN: ReadonlySet<Pos> = new Set<Pos>(['n']);
const NOUN_OR_ADJECTIVE: ReadonlySet<Pos> = new Set<Pos>(['n', 'a']);
const VERB_OR_ADVERB: ReadonlySet<Pos> = new Set<Pos>(['v', 'r']);

// English closed classes (determiners, modals, pronouns, auxiliaries, prepositions): grammar, not a lexicon.
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'my', 'your', 'his', 'its', 'our', 'their', 'every', 'each', 'several', 'whose', 'same', 'another']);
const MODALS = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must']);
const SUBJECTS = new Set(['i', 'we', 'they', 'he', 'she', 'you']);
const CLOSES_NOUN_PHRASE = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must',
  'of', 'on', 'in', 'at', 'for', 'with', 'from', 'by', 'to', 'into', 'over', 'under', 'about', 'after', 'before', 'between', 'within', 'without', 'against', 'during',
  'and', 'or', 'but', 'that', 'which', 'who',
]);

/**
 * The slot of the word at `start..end` of `text`: the two words before it (within its clause) and what
 * follows (a word, or the punctuation mark that ends the phrase).
 */
export function slotAt(text: string, start: number, end: number): ReadonlySet<Pos> | null {
  // Split, not a regular expression anchored at the end: that one retries from every position.
  const before = text.slice(Math.max(0, start - 60), start);
  const parts = /\s$/u.test(before) ? before.trimEnd().split(/\s+/u) : [];
  const isWord = (w: string | undefined) => w !== undefined && /^[\p{L}'’]+$/u.test(w);
  const previous = isWord(parts.at(-1)) ? parts.at(-1) : undefined;
  const beforePrevious = previous && parts.length > 1 && isWord(parts.at(-2)) ? parts.at(-2) : undefined;
  const after = /^\s*([\p{L}'’]+|[^\s\p{L}])/u.exec(text.slice(end, end + 40));
  return slotPos(previous, after?.[1], beforePrevious);
}

/** The slot two texts agree on for the same word position: either one's when the other gives none. */
export function sharedSlot(a: ReadonlySet<Pos> | null, b: ReadonlySet<Pos> | null): ReadonlySet<Pos> | null {
  if (!a) return b;
  if (!b) return a;
  const both = new Set([...a].filter((p) => b.has(p)));
  return both.size ? both : null;
}

/**
 * A participle crosses parts of speech: "the mixing" is a verbal noun, "the lifted hand" a verbal
 * adjective, "she lifted" a verb whose participle WordNet may list only as an adjective. For a word in
 * -ing or -ed the slot also allows the verb and the adjective; WordNet's gerunds and participial
 * adjectives are too spotty to tell them apart.
 */
export function widenForParticiple(slot: ReadonlySet<Pos> | null, ...words: string[]): ReadonlySet<Pos> | null {
  if (!slot || !words.some((w) => /(?:ing|ed)$/iu.test(w))) return slot;
  return new Set<Pos>([...slot, 'v', 'a']);
}
