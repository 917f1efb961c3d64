import { wordnet, type Pos } from '../lexicon/wordnet.ts';
import { inflectLike } from '../text/inflect.ts';
import { wordTokens } from '../text/words.ts';
import type { LearnedSwap } from '../batch/substitution-map.ts';
import { spanIn, type Rule, type RuleReport } from './rule.ts';

/** Options the batch gives the rule on its second pass (src/batch/substitution-map.ts). */
export interface BatchSpinningOptions {
  /** Swaps confirmed as spun in the other articles of the same site in this run. */
  swaps?: LearnedSwap[];
  /** The site the swaps were learned on, for the message (empty: the whole run). */
  site?: string;
}

/** An aligned sentence whose source has the original word: the swap is seen in place. */
const ALIGNED_CONFIDENCE = 0.75;
/** A sentence without source: only the other articles say the word is a substitute (as document-spinning). */
const NO_SOURCE_CONFIDENCE = 0.6;

/**
 * A spinner site's substitution map carried across a batch run: a swap confirmed as spun in one article
 * (a `spun-synonym` finding: “train” → “coaching”) is looked for in the other articles of the same site,
 * in sentences with no source and in aligned sentences whose source has the original word. The batch
 * (`faithful audit DIR`) passes the map as options in a second pass; a single pair audit has no map and
 * the rule says nothing. A word the pair's own source uses (in the sentence's source passage, or anywhere
 * for a sentence without source) is the article's vocabulary, not a substitute, and is left alone.
 */
export const batchSpinning: Rule = {
  meta: {
    id: 'batch-spinning',
    description: "A word the same site's other articles in the run swapped in as a wrong-sense synonym.",
    category: 'accuracy/mistranslation',
    defaultSeverity: 'major',
    basis: "the substitution map learned from the spun-synonym findings of the site's other articles in the batch run",
    // Heuristic: the swap is known from other articles, not from this sentence's source (see the two levels above).
    defaultConfidence: NO_SOURCE_CONFIDENCE,
  },
  check(context) {
    const { swaps = [], site = '' } = context.options as BatchSpinningOptions;
    if (!swaps.length) return [];
    const byKey = new Map<string, LearnedSwap>();
    for (const swap of swaps) for (const key of keys(swap.target)) if (!byKey.has(key)) byKey.set(key, swap);
    const keysIn = (text: string) => {
      const set = new Set<string>();
      for (const t of wordTokens(text)) for (const k of keys(t.text)) set.add(k);
      return set;
    };
    const wholeSource = keysIn(context.source.text);
    const passageKeys = new Map<string, Set<string>>();
    /** The first token of an aligned source passage known by one of the original word's keys: the evidence. */
    const originalIn = (sourceIds: string[], original: string) => {
      const wanted = new Set(keys(original));
      for (const id of sourceIds) {
        const s = context.segmentById.get(id);
        const token = s && wordTokens(s.text, s.start).find((t) => keys(t.text).some((k) => wanted.has(k)));
        if (token) return spanIn(context.source, token.start, token.end);
      }
      return null;
    };
    const reports: RuleReport[] = [];
    for (const segment of context.targetSegments) {
      const alignment = context.alignmentOfTarget.get(segment.id);
      let sourceKeys = wholeSource;
      if (alignment) {
        const id = alignment.source.join(' ');
        if (!passageKeys.has(id)) passageKeys.set(id, keysIn(alignment.source.map((s) => context.segmentById.get(s)?.text ?? '').join(' ')));
        sourceKeys = passageKeys.get(id)!;
      }
      for (const token of wordTokens(segment.text, segment.start)) {
        if (!/^\p{Ll}/u.test(token.text)) continue; // names and sentence-initial capitals are left alone
        const tokenKeys = keys(token.text);
        const swap = tokenKeys.map((k) => byKey.get(k)).find(Boolean);
        if (!swap || tokenKeys.some((k) => sourceKeys.has(k))) continue;
        // In an aligned sentence the source passage must hold the original word: the swap happened here.
        if (alignment && !keys(swap.source).some((k) => sourceKeys.has(k))) continue;
        const where = swap.pairs.slice(0, 3).join(', ') + (swap.pairs.length > 3 ? ` and ${swap.pairs.length - 3} more` : '');
        reports.push({
          target: spanIn(context.target, token.start, token.end),
          source: alignment ? originalIn(alignment.source, swap.source) : null,
          message: `“${token.text}” is ${site ? `${site}'s` : "this run's"} substitute for “${swap.source}”: confirmed as spun (${swap.source} → ${swap.target}) in ${where}${alignment ? '' : '; this sentence has no source'}`,
          suggestion: inflectLike(swap.source, token.text),
          confidence: alignment ? ALIGNED_CONFIDENCE : NO_SOURCE_CONFIDENCE,
        });
      }
    }
    return reports;
  },
};

/** A word and its WordNet base forms ("coaching", "coach"), lower-cased. */
function keys(word: string): string[] {
  let out = keyCache.get(word);
  if (out) return out;
  const lower = word.toLowerCase();
  const set = new Set([lower]);
  const net = wordnet();
  for (const pos of ['n', 'v', 'a'] as Pos[]) for (const form of net.baseForms(lower, pos)) set.add(form);
  if (keyCache.size > 500_000) keyCache.clear(); // a batch's words (at 50,000 a 1,000-pair batch cleared it over and over)
  keyCache.set(word, (out = [...set]));
  return out;
}

const keyCache = new Map<string, string[]>();
