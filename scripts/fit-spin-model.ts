/**
 * Fits the spun-swap model (src/detect/swap-model.ts) and writes corpus/models/spun-swap.json.
 *
 *   node --import tsx scripts/fit-spin-model.ts [--dry-run] [--write-real] [--errors]
 *
 * Data (training halves only; the held-out halves are scored and printed, never fitted on):
 * - the real set (corpus/real/, eval/real/examples.ts): every swap faithful finds in a real pair, labelled
 *   by the editor's verdict on its phrase; --write-real recomputes the committed numbers from the texts;
 * - the evaluation's thesaurus-spinner pairs (eval/thesaurus-spinner.ts): the reviewer's verdicts on the
 *   spinner's swaps (corpus/spinner-review), the faithful rewrites' own changes, and the training texts
 *   spun at several rates with both thesauri (for the context model only: the spinner's log is no damage label).
 *
 * Model: L2-regularised logistic regression, fitted by full-batch gradient descent on standardised
 * features, then written back in the features' own units so that the weights read as evidence.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { CONTEXT_FEATURES, LEXICAL_FEATURES, type FeatureVector } from '../src/detect/swap-features.ts';
import { MODEL_PATH, confidence, logit, stackLogit, type Logistic, type SwapModel } from '../src/detect/swap-model.ts';
import { overlaps } from '../eval/match.ts';
import { evidenceOf, realExamples as realSwapExamples } from '../eval/real/examples.ts';
import { reviewLabels } from '../eval/spinner-review.ts';
import { spin, spinnerPairs, thesaurusAvailable, type SpinResult } from '../eval/thesaurus-spinner.ts';
import { aiksaurusAvailable } from '../eval/aiksaurus.ts';

const L2 = 0.02;
/**
 * Weight of one editor's verdict on a real copy against one verdict on a thesaurus-spun fixture: the real
 * copies are what faithful is used on and judged by (issue 18).
 */
const REAL_WEIGHT = 2;
/**
 * Share of damage the lexical model and the stack are fitted as if they met: the labelled swaps are
 * reweighed to it. Real spun copies hold about 60% damaging swaps and the reviewer rejected 92% of the
 * thesaurus spinner's; a person's edit holds far fewer, and the product must leave fair synonyms alone.
 * Chosen by the rule of docs/detection.md: the largest prior (to 0.01) that keeps
 * the training sites' gate precision at 0.85 or more, each training pair scored with the lexicon of the
 * other training sites (eval/real/score.ts), as an unseen site is (240-pair set: 0.61 gives 0.859, 0.62
 * 0.855, 0.63 0.849). Until the fifth session the rule read 0.90 on training pairs scored with the whole
 * lexicon, their own editors' verdicts in it; that figure said more of the labels than of the detector.
 * The new rule was set in the fifth session after held-out figures had been read (docs/detection.md).
 */
const DAMAGE_PRIOR = 0.62;
/**
 * Extra training pairs: the training texts spun at rates from 0.1 to 0.6 with both thesauri (a swap's
 * damage must not depend on how much of the document was spun), and their faithful rewrites spun. These
 * teach the context model only: "the spinner made it" is not a damage label.
 */
const EXTRA_RATES = [0.1, 0.25, 0.45, 0.6];
const EXTRA_THESAURI = ['mythes', 'moby'] as const;
const EXTRA_SEED = 101;
const STEPS = 3000;
const RATE = 0.5;

interface Example {
  x: FeatureVector;
  /** The swap damages the text: made by the spinner, and not accepted by the reviewer. */
  y: 0 | 1;
  /** The swap was made by the spinner (whatever the reviewer said of it). */
  spinner: 0 | 1;
  split: 'train' | 'heldout';
  kind: 'spun' | 'control' | 'spun-rewrite';
  what: string;
  /**
   * Whether `y` is a damage label: a reviewer's or an editor's verdict, or a person's own change (a
   * control). A swap the spinner merely logged is not one ("the spinner made it" says nothing of damage).
   */
  judged: boolean;
  /** Where the example comes from: the evaluation's spinners, or a real copy of the real set. */
  origin: 'synthetic' | 'real';
  /** The derived site of a real example (the calibration's folds). */
  site?: string;
}

/**
 * Every swap faithful finds between a source and a target, labelled by the spinner's log and, where one
 * exists, by the reviewer (corpus/spinner-review/labels.tsv): `accept` marks a spinner swap that happens
 * to be a fair synonym in its sentence, a negative here.
 */
function labelled(source: string, target: SpinResult, split: Example['split'], kind: Example['kind'], pair?: string, review?: Map<string, string>): Example[] {
  return evidenceOf(source, target.text).map((swap) => {
    const hits = target.gold.filter((g) => overlaps(g.target, swap.target));
    const verdicts = hits.map((g) => (pair ? review?.get(`${pair}\t${g.target.start}`) : undefined));
    const rejected = verdicts.some((v) => v !== 'accept');
    // Judged: a control (a person's change), or a spinner swap the reviewer gave a verdict on.
    const judged = kind === 'control' || (hits.length > 0 && verdicts.every((v) => v !== undefined));
    return { x: swap.features, y: hits.length && rejected ? 1 : 0, spinner: hits.length ? 1 : 0, split, kind, what: `${swap.source.text} → ${swap.target.text}`, judged, origin: 'synthetic' };
  });
}

/** The real set's swaps (eval/real/examples.ts) as examples; controls count as people's changes. */
function realExamples(): Example[] {
  return realSwapExamples(process.argv.includes('--write-real')).map((e) => ({
    x: e.x,
    y: e.y,
    spinner: e.spinner,
    split: e.split,
    kind: e.kind === 'control' ? 'control' : 'spun',
    what: `${e.name}: ${e.what}`,
    judged: e.judged,
    origin: 'real',
    site: e.site,
  }));
}

export function examples(): Example[] {
  const out: Example[] = [...realExamples()];
  const textsSeen = new Set<string>();
  const review = reviewLabels();
  for (const pair of spinnerPairs()) {
    out.push(...labelled(pair.source, { text: pair.spun, gold: pair.gold }, pair.split, 'spun', pair.name, review));
    // A text spun with two seeds has one control: count it once.
    if (textsSeen.has(pair.text)) continue;
    textsSeen.add(pair.text);
    out.push(...labelled(pair.source, { text: pair.control, gold: [] }, pair.split, 'control'));
    // The training half also teaches other spin rates, and a spinner run over a faithful rewrite (the
    // rewrite's own changes are negatives beside the spun words: the seed's situation, a translation spun).
    if (pair.split !== 'train') continue;
    for (const thesaurus of EXTRA_THESAURI) {
      if (thesaurus === 'moby' && !aiksaurusAvailable()) continue;
      for (const p of EXTRA_RATES) out.push(...labelled(pair.source, spin(pair.source, { seed: EXTRA_SEED, p, thesaurus }), 'train', 'spun'));
    }
    for (const p of [0.2, 0.35]) out.push(...labelled(pair.source, spin(pair.control, { seed: EXTRA_SEED, p }), 'train', 'spun-rewrite'));
  }
  return out;
}

interface Row {
  x: Record<string, number>;
  y: number;
  weight: number;
}

/** L2-regularised weighted logistic regression on standardised features, returned in raw units. */
function fitLogistic(rows: Row[], features: readonly string[]): { bias: number; weights: Record<string, number> } {
  const total = rows.reduce((s, r) => s + r.weight, 0);
  const mean = features.map((f) => rows.reduce((s, r) => s + r.weight * r.x[f]!, 0) / total);
  const sd = features.map((f, i) => Math.sqrt(rows.reduce((s, r) => s + r.weight * (r.x[f]! - mean[i]!) ** 2, 0) / total) || 1);
  const z = rows.map((r) => features.map((f, i) => (r.x[f]! - mean[i]!) / sd[i]!));
  const w = features.map(() => 0);
  let b = 0;
  for (let step = 0; step < STEPS; step++) {
    const gw = w.map(() => 0);
    let gb = 0;
    z.forEach((row, k) => {
      const p = 1 / (1 + Math.exp(-(b + row.reduce((s, v, i) => s + v * w[i]!, 0))));
      const err = (p - rows[k]!.y) * rows[k]!.weight;
      gb += err;
      row.forEach((v, i) => (gw[i]! += err * v));
    });
    b -= (RATE * gb) / total;
    w.forEach((_, i) => (w[i]! -= RATE * (gw[i]! / total + L2 * w[i]!)));
  }
  // Back to raw units: w·(x-μ)/σ + b = Σ (w/σ)·x + (b - Σ w·μ/σ).
  return {
    bias: round(b - features.reduce((s, _, i) => s + (w[i]! * mean[i]!) / sd[i]!, 0)),
    weights: Object.fromEntries(features.map((f, i) => [f, round(w[i]! / sd[i]!)])),
  };
}

export function fit(train: Example[]): SwapModel {
  // Context: was this swap made by a spinner (in a spun text), or by a person (a faithful rewrite)?
  const context: Logistic = fitLogistic(train.map((e) => ({ x: e.x, y: e.spinner, weight: 1 })), CONTEXT_FEATURES);
  // Lexical and stack: does the swap damage the text? Only damage labels: editors' verdicts on real copies,
  // the reviewer's on the thesaurus spinner's swaps, and people's own changes in faithful rewrites. Real
  // verdicts weigh REAL_WEIGHT each: they are what the product is judged on.
  const judged = train.filter((e) => e.judged);
  const base = (e: Example) => (e.origin === 'real' ? REAL_WEIGHT : 1);
  // Harmless swaps weighed so that they make DAMAGE_PRIOR's complement of the mass: confidence 0.5 then
  // means even odds, not the share of damage in the spun copies the labels came from.
  const mass = (y: number) => judged.filter((e) => e.y === y).reduce((s, e) => s + base(e), 0);
  const harmlessWeight = (mass(1) * (1 - DAMAGE_PRIOR)) / DAMAGE_PRIOR / (mass(0) || 1);
  const weight = (e: Example) => base(e) * (e.y ? 1 : harmlessWeight);
  const lexical: Logistic = fitLogistic(judged.map((e) => ({ x: e.x, y: e.y, weight: weight(e) })), LEXICAL_FEATURES);
  const stacked = fitLogistic(
    judged.map((e) => ({ x: { context: logit(context, e.x), lexical: logit(lexical, e.x) }, y: e.y, weight: weight(e) })),
    ['context', 'lexical'],
  );
  return { context, lexical, stack: { bias: stacked.bias, context: stacked.weights.context!, lexical: stacked.weights.lexical! }, provenance: {} };
}

/** Folds of the real training sites for the calibration: a site's swaps are scored by a model fitted without them. */
const FOLDS = 5;
const foldOf = (site: string) => createHash('sha256').update(site).digest()[0]! % FOLDS;

/**
 * Platt scaling of the stack, fitted on out-of-fold scores of the real training sites: each fold of sites is
 * scored by the model fitted on the rest, as a site faithful has never seen is scored. The stack alone is
 * fitted in-sample, on reweighed labels (DAMAGE_PRIOR) and with the synthetic spinners; on real copies of
 * unseen sites its confidence ran low (0.4-0.6 scored swaps were damaging 63% of the time). Reweighed to
 * DAMAGE_PRIOR like the stack, so that the gate's 0.5 keeps its meaning, now on sites never fitted on.
 */
function calibrate(train: Example[]): { scale: number; shift: number; folds: number; examples: number; outOfFold: { recall: number; precision: number; tp: number; fp: number; fn: number } } {
  const real = train.filter((e) => e.origin === 'real' && e.judged && e.site);
  const scored: Row[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const held = real.filter((e) => foldOf(e.site!) === k);
    if (!held.length) continue;
    const model = fit(train.filter((e) => !(e.origin === 'real' && e.site && foldOf(e.site) === k)));
    for (const e of held) scored.push({ x: { z: stackLogit(model, e.x) }, y: e.y, weight: 1 });
  }
  // Reweighed to DAMAGE_PRIOR as the stack is: 0.5 then means the odds the prior sets, on unseen sites.
  const mass = (y: number) => scored.filter((r) => r.y === y).length;
  const harmless = (mass(1) * (1 - DAMAGE_PRIOR)) / DAMAGE_PRIOR / (mass(0) || 1);
  const platt = fitLogistic(scored.map((r) => ({ ...r, weight: r.y ? 1 : harmless })), ['z']);
  // The same out-of-fold scores through the fitted scaling: the swap-level measure of a change that reads
  // no held-out site (the number to compare candidates and features by before looking at held-out sites).
  const flagged = (r: Row) => platt.weights.z! * r.x.z! + platt.bias >= 0;
  const tp = scored.filter((r) => r.y && flagged(r)).length;
  const fp = scored.filter((r) => !r.y && flagged(r)).length;
  const fn = scored.filter((r) => r.y && !flagged(r)).length;
  const outOfFold = { recall: round(tp / (tp + fn || 1)), precision: round(tp / (tp + fp || 1)), tp, fp, fn };
  return { scale: platt.weights.z!, shift: platt.bias, folds: FOLDS, examples: scored.length, outOfFold };
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;

function score(model: SwapModel, set: Example[], threshold = 0.5) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let controlFlags = 0;
  for (const e of set) {
    const flagged = confidence(model, e.x) >= threshold;
    if (flagged && e.y) tp++;
    else if (flagged) {
      fp++;
      if (e.kind === 'control') controlFlags++;
    } else if (e.y) fn++;
  }
  return { recall: tp / (tp + fn || 1), precision: tp / (tp + fp || 1), tp, fp, fn, controlFlags };
}

/** Predicted confidence against the observed rate, in five bins: a calibrated model follows the diagonal. */
function calibration(model: SwapModel, set: Example[]) {
  const bins = [0, 0.2, 0.4, 0.6, 0.8, 1.0001];
  return bins.slice(0, -1).map((lo, i) => {
    const inBin = set.filter((e) => {
      const c = confidence(model, e.x);
      return c >= lo && c < bins[i + 1]!;
    });
    const mean = inBin.reduce((s, e) => s + confidence(model, e.x), 0) / (inBin.length || 1);
    const observed = inBin.reduce((s, e) => s + e.y, 0) / (inBin.length || 1);
    return { bin: `${lo.toFixed(1)}–${Math.min(1, bins[i + 1]!).toFixed(1)}`, n: inBin.length, predicted: round(mean), observed: round(observed) };
  });
}

function main() {
  if (!thesaurusAvailable()) {
    console.error('fit-spin-model: the thesaurus is missing: apt-get install mythes-en-us');
    process.exitCode = 2;
    return;
  }
  const all = examples();
  const train = all.filter((e) => e.split === 'train');
  const heldout = all.filter((e) => e.split === 'heldout');
  const model = fit(train);
  const platt = calibrate(train);
  model.calibration = { scale: platt.scale, shift: platt.shift };
  const judged = (set: Example[], origin?: Example['origin']) => set.filter((e) => e.judged && (!origin || e.origin === origin));
  const trainScore = score(model, judged(train));
  const heldoutScore = score(model, judged(heldout, 'synthetic'));
  const heldoutReal = score(model, judged(heldout, 'real'));
  model.provenance = {
    script: 'scripts/fit-spin-model.ts',
    data:
      'context model: training half of spinnerPairs() (eval/thesaurus-spinner.ts) at several spin rates and the training sites of the real set (corpus/real/pairs.tsv), spinner swaps against people\'s changes; ' +
      'lexical model and stack: damage labels only: editors\' verdicts on the real training sites (corpus/real/annotations, numbers in corpus/models/real-swap-examples.tsv), the reviewer\'s verdicts on the thesaurus spinner (corpus/spinner-review/labels.tsv), and people\'s changes in faithful rewrites',
    examples: {
      train: train.length,
      trainJudged: judged(train).length,
      trainRealJudged: judged(train, 'real').length,
      trainDamaged: judged(train).filter((e) => e.y).length,
      heldout: heldout.length,
      heldoutRealJudged: judged(heldout, 'real').length,
    },
    l2: L2,
    realWeight: REAL_WEIGHT,
    damagePrior: DAMAGE_PRIOR,
    steps: STEPS,
    trainAt05: trainScore,
    heldoutAt05: heldoutScore,
    heldoutRealAt05: heldoutReal,
    trainRealOutOfFoldAt05: platt.outOfFold,
    calibration: `Platt scaling of the stack on out-of-fold scores of the real training sites (${platt.folds} folds of sites by sha256 of the site, ${platt.examples} judged swaps), reweighed to the damage prior`,
    heldoutCalibration: calibration(model, judged(heldout)),
  };
  if (process.argv.includes('--quiet')) console.log(JSON.stringify({ trainRealOutOfFoldAt05: platt.outOfFold }));
  else console.log(JSON.stringify(model, null, 2));
  if (!process.argv.includes('--dry-run')) writeFileSync(MODEL_PATH, JSON.stringify(model, null, 2) + '\n');
  if (process.argv.includes('--errors')) {
    // The training examples' errors only: reading the held-out ones would tune the model to them.
    for (const e of judged(train)) {
      const c = confidence(model, e.x);
      if ((c >= 0.5) !== (e.y === 1)) console.log(`${e.y ? 'MISS' : 'FALSE'} ${c.toFixed(2)} ${e.kind} ${e.what}`);
    }
  }
}

if (process.argv[1]?.endsWith('fit-spin-model.ts')) main();
