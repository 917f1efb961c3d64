import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureVector } from './swap-features.ts';

/**
 * Two logistic models over the swap evidence, stacked into one calibrated confidence:
 * - `context`: is the text around the swap spun (skeleton kept, many one-for-one swaps)? Fitted on
 *   spun pairs against faithful rewrites.
 * - `lexical`: does this word for that word damage the text? Fitted on a reviewer's verdicts on spun
 *   words (reject against accept), with the fair changes of faithful rewrites as further negatives.
 * - `stack`: confidence = σ(bias + a·logit(context) + b·logit(lexical)), fitted on the same training data,
 *   so that a fair synonym in a spun document and a wrong word in a faithful rewrite both stay low.
 * The weights are data, fitted by scripts/fit-spin-model.ts on the training half of the evaluation's
 * spinner pairs, and committed with the numbers they were fitted and checked on.
 */
export interface Logistic {
  bias: number;
  weights: Partial<Record<Feature, number>>;
}

export interface SwapModel {
  context: Logistic;
  lexical: Logistic;
  stack: { bias: number; context: number; lexical: number };
  /**
   * Platt scaling of the stack's logit, fitted on out-of-fold scores of the real training sites
   * (scripts/fit-spin-model.ts): confidence = σ(shift + scale·stack logit). Absent: the stack as it is.
   */
  calibration?: { scale: number; shift: number };
  /** How the weights were obtained (script, data, held-out scores, calibration). */
  provenance: Record<string, unknown>;
}

export const MODEL_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus', 'models', 'spun-swap.json');

let shared: SwapModel | undefined;

export function swapModel(): SwapModel {
  if (!shared) shared = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as SwapModel;
  return shared;
}

export function logit(model: Logistic, x: FeatureVector): number {
  let z = model.bias;
  for (const [f, w] of Object.entries(model.weights) as [Feature, number][]) z += w * x[f];
  return z;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The stack's logit, before calibration. */
export function stackLogit(model: SwapModel, x: FeatureVector): number {
  const { stack } = model;
  return stack.bias + stack.context * logit(model.context, x) + stack.lexical * logit(model.lexical, x);
}

export function confidence(model: SwapModel, x: FeatureVector): number {
  const z = stackLogit(model, x);
  return sigmoid(model.calibration ? model.calibration.shift + model.calibration.scale * z : z);
}

/** The features that pushed this swap's confidence up the most, strongest first (for the finding's message). */
export function strongestEvidence(model: SwapModel, x: FeatureVector, n = 3): { feature: Feature; push: number }[] {
  const pushes: { feature: Feature; push: number }[] = [];
  for (const [part, scale] of [[model.context, model.stack.context], [model.lexical, model.stack.lexical]] as const) {
    for (const [feature, w] of Object.entries(part.weights) as [Feature, number][]) pushes.push({ feature, push: scale * w * x[feature] });
  }
  return pushes.filter((e) => e.push > 0.15).sort((a, b) => b.push - a.push).slice(0, n);
}
