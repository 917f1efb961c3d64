import type { RuleContext } from '../rules/rule.ts';
import { documentSignature, sentenceSignature } from './spin-signature.ts';
import { spinnerSubstitutions, type SubstitutionLexicon } from '../lexicon/spinner-substitutions.ts';
import { swapsIn, type KnownSubstitution, type Swap } from './swap-candidates.ts';
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
export function swapEvidence(context: Documents, known: KnownSubstitution = rejectedIn(spinnerSubstitutions())): (Swap & { features: FeatureVector })[] {
  const sourceText = context.source.text;
  const targetText = context.target.text;
  const perAlignment = context.alignments.map((a) => swapsIn(a, sourceText, targetText, known));
  const all = perAlignment.flat();
  if (!all.length) return [];
  const document = documentSignature(context.alignments, all);
  return context.alignments.flatMap((alignment, i) => {
    const swaps = perAlignment[i]!;
    const sentence = sentenceSignature(alignment, swaps.filter((x) => !x.loose).length);
    return swaps.map((swap) => ({ ...swap, features: swapFeatures(swap, { document, sentence, sourceText, targetText }) }));
  });
}

/** Share of editors' verdicts that must be rejects for a substitution to count as a known damaging one. */
const REJECTED_SHARE = 0.6;

/** The substitutions of a lexicon that editors rejected (at least once, and in 60% of their verdicts). */
export function rejectedIn(lexicon: SubstitutionLexicon): KnownSubstitution {
  return (source, target) => {
    const e = lexicon.lookup(source, target);
    const judged = e ? e.reject + e.doubtful + e.accept : 0;
    return e !== undefined && judged > 0 && e.reject / judged >= REJECTED_SHARE;
  };
}
