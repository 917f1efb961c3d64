import type { Alignment } from '../types.ts';
import { isStopword } from '../text/words.ts';
import { wordsOf, type Swap } from './swap-candidates.ts';

/**
 * How much a sentence, and a document, look spun: a spinner keeps the skeleton (same words in the same
 * order, numbers and names untouched) and swaps content words one for one. A fluent rewrite or a
 * translation reorders and rephrases, so few of its words stay in place.
 */
export interface SpinSignature {
  /** Share of the pair's words kept in place by the word diff (0..1). */
  skeleton: number;
  /** One-for-one swaps per source content word. */
  swapRate: number;
}

interface Tally {
  kept: number;
  sourceWords: number;
  targetWords: number;
  sourceContent: number;
}

function tally(alignment: Alignment): Tally {
  const t: Tally = { kept: 0, sourceWords: 0, targetWords: 0, sourceContent: 0 };
  for (const part of alignment.diff ?? []) {
    const source = wordsOf(part.source).map((w) => w.text);
    const target = wordsOf(part.target).map((w) => w.text);
    if (part.op === 'equal') t.kept += source.length;
    t.sourceWords += source.length;
    t.targetWords += target.length;
    t.sourceContent += source.filter((w) => !isStopword(w) && !/^\p{N}/u.test(w)).length;
  }
  return t;
}

const tallies = new WeakMap<Alignment, Tally>();

function tallyOf(alignment: Alignment): Tally {
  let t = tallies.get(alignment);
  if (!t) tallies.set(alignment, (t = tally(alignment)));
  return t;
}

export function sentenceSignature(alignment: Alignment, swaps: number): SpinSignature {
  const t = tallyOf(alignment);
  const longer = Math.max(t.sourceWords, t.targetWords);
  return { skeleton: longer ? t.kept / longer : 0, swapRate: t.sourceContent ? swaps / t.sourceContent : 0 };
}

/**
 * A document shows the signature only over enough words: its rates are shrunk toward those of a
 * faithful rewrite as if PRIOR_WORDS more words of one had been read (one sentence with one swap in
 * four content words is not yet a spun document; a 300-word article with sixty swaps is).
 */
const PRIOR_WORDS = 40;
const FAITHFUL = { skeleton: 0.35, swapRate: 0.03 };

/** The signature of all aligned pairs together, each weighed by its length. */
export function documentSignature(alignments: Alignment[], swaps: Swap[]): SpinSignature {
  let kept = 0;
  let longer = 0;
  let content = 0;
  for (const a of alignments) {
    const t = tallyOf(a);
    kept += t.kept;
    longer += Math.max(t.sourceWords, t.targetWords);
    content += t.sourceContent;
  }
  return {
    skeleton: (kept + PRIOR_WORDS * FAITHFUL.skeleton) / (longer + PRIOR_WORDS),
    swapRate: (swaps.filter((x) => !x.loose).length + (PRIOR_WORDS / 2) * FAITHFUL.swapRate) / (content + PRIOR_WORDS / 2),
  };
}
