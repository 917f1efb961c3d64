import type { RuleContext } from '../rules/rule.ts';
import { documentSignature, sentenceSignature } from './spin-signature.ts';
import { swapsIn, type Swap } from './swap-candidates.ts';
import { swapFeatures, type FeatureVector } from './swap-features.ts';
import { confidence, swapModel } from './swap-model.ts';

/** A swap with its evidence and the model's confidence that it damages the meaning. */
export interface ScoredSwap extends Swap {
  features: FeatureVector;
  confidence: number;
}

const cache = new WeakMap<object, ScoredSwap[]>();

type Documents = Pick<RuleContext, 'alignments' | 'source' | 'target'>;

/** Every one-for-one swap of the audit's aligned pairs, scored once and shared by the rules that read them. */
export function scoredSwaps(context: Documents): ScoredSwap[] {
  let found = cache.get(context.alignments);
  if (found) return found;
  const swaps = swapEvidence(context);
  const model = swaps.length ? swapModel() : null;
  found = swaps.map((s) => ({ ...s, confidence: confidence(model!, s.features) }));
  cache.set(context.alignments, found);
  return found;
}

/** The swaps with their evidence, before any model reads them (the fitting script starts here). */
export function swapEvidence(context: Documents): (Swap & { features: FeatureVector })[] {
  const sourceText = context.source.text;
  const targetText = context.target.text;
  const perAlignment = context.alignments.map((a) => swapsIn(a, sourceText, targetText));
  const all = perAlignment.flat();
  if (!all.length) return [];
  const document = documentSignature(context.alignments, all);
  return context.alignments.flatMap((alignment, i) => {
    const swaps = perAlignment[i]!;
    const sentence = sentenceSignature(alignment, swaps.filter((x) => !x.loose).length);
    return swaps.map((swap) => ({ ...swap, features: swapFeatures(swap, { document, sentence, sourceText, targetText }) }));
  });
}
