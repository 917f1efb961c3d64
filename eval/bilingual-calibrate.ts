/**
 * Fits the confidence of the bilingual rules whose findings are judgements rather than arithmetic (issue 21,
 * "calibrated confidence") on the real training half (corpus/bilingual-real, `split` train) and on the faithful
 * translations of the bilingual evaluation texts (__tests__/fixtures/bilingual/<text>/faithful.txt) and of the
 * training pairs' Italian (corpus/bilingual-real/faithful.tsv):
 *
 * - a finding on a training pair is right when its English span overlaps a `reject` or `doubtful` phrase, or,
 *   for a finding with no English span (`unrendered-word`), when its Italian span overlaps the Italian phrase
 *   of one; it is neutral on an `other` phrase only, and wrong otherwise;
 * - every finding on a faithful translation is wrong.
 *
 * The confidence is the posterior mean of the rule's precision under a uniform prior, (right + 1) / (right +
 * wrong + 2): a rule right 3 times out of 3 gets 0.8, not 1, because three findings say little. A rule with no
 * finding on either keeps the confidence its file gives. The held-out half is never read.
 *
 *   node --import tsx eval/bilingual-calibrate.ts          # prints the counts and the fit
 *   node --import tsx eval/bilingual-calibrate.ts --write  # rewrites src/bilingual/fitted-confidence.ts
 *
 * __tests__/bilingual/calibration.test.ts fails when the committed numbers are not what this script fits.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../src/types.ts';
import { BILINGUAL_DIR } from './bilingual-eval.ts';
import { annotationPath, bilingualAudit, loadFaithful, loadPair, readFaithful, readPairs, type BilingualPair } from './bilingual-real.ts';
import { ROOT } from './lexicons.ts';
import { readAnnotations, type Annotation } from './real/annotations.ts';

/** The rules fitted here; the figure checks (`bilingual-number`, `mt-artefact`) are arithmetic and keep their own. */
export const CALIBRATED_RULES = ['bilingual-homograph', 'bilingual-untranslated', 'bilingual-literal-name', 'bilingual-garbled-clause', 'bilingual-misread-word', 'bilingual-stray-name', 'bilingual-false-friend', 'unrendered-word'] as const;

export const FITTED_PATH = join(ROOT, 'src', 'bilingual', 'fitted-confidence.ts');

export type Counts = Record<string, { right: number; wrong: number }>;

export type Verdict = 'right' | 'wrong' | 'neutral';

/** A finding's verdict against a pair's hand labels (the rule of eval/bilingual-real.ts, with Italian spans for findings that have no English one). */
export function verdict(f: Pick<Finding, 'target' | 'source'>, annotations: Annotation[]): Verdict {
  const on = (labels: string[]) =>
    annotations.some((a) =>
      labels.includes(a.label) && (f.target ? a.start < f.target.end && f.target.start < a.end : !!f.source && a.sstart >= 0 && a.sstart < f.source.end && f.source.start < a.send),
    );
  if (on(['reject', 'doubtful'])) return 'right';
  return on(['other']) ? 'neutral' : 'wrong';
}

function add(counts: Counts, rule: string, v: Verdict): void {
  if (v === 'neutral' || !(CALIBRATED_RULES as readonly string[]).includes(rule)) return;
  (counts[rule] ??= { right: 0, wrong: 0 })[v]++;
}

/** Counts on the training pairs present on this machine and on the faithful fixture translations; null when a training text is absent. */
export function calibrationCounts(pairs: BilingualPair[] = readPairs()): { counts: Counts; trainingPairs: number; faithfulTexts: number } | null {
  const counts: Counts = {};
  let trainingPairs = 0;
  for (const pair of pairs.filter((p) => p.split === 'train')) {
    const texts = loadPair(pair);
    if ('missing' in texts) return null;
    const annotations = existsSync(annotationPath(pair.name)) ? readAnnotations(annotationPath(pair.name)) : [];
    for (const f of bilingualAudit(texts.source, texts.target).findings) add(counts, f.rule, verdict(f, annotations));
    trainingPairs++;
  }
  let faithfulTexts = 0;
  // The project's faithful translations of the training pairs' Italian: every finding on one is wrong.
  const training = new Set(pairs.filter((p) => p.split === 'train').map((p) => p.name));
  for (const row of readFaithful().filter((r) => training.has(r.name))) {
    const texts = loadFaithful(row, pairs);
    if (!texts) return null;
    for (const f of bilingualAudit(texts.source, texts.faithful).findings) add(counts, f.rule, 'wrong');
    faithfulTexts++;
  }
  for (const name of readdirSync(BILINGUAL_DIR).sort()) {
    const folder = join(BILINGUAL_DIR, name);
    if (!existsSync(join(folder, 'faithful.txt'))) continue;
    const result = bilingualAudit(readFileSync(join(folder, 'source.txt'), 'utf8'), readFileSync(join(folder, 'faithful.txt'), 'utf8'));
    for (const f of result.findings) add(counts, f.rule, 'wrong');
    faithfulTexts++;
  }
  return { counts, trainingPairs, faithfulTexts };
}

/** (right + 1) / (right + wrong + 2), to three places. */
export function posteriorMean(c: { right: number; wrong: number }): number {
  return Math.round(((c.right + 1) / (c.right + c.wrong + 2)) * 1000) / 1000;
}

export function fittedModule(counts: Counts, trainingPairs: number, faithfulTexts: number): string {
  const rows = Object.keys(counts)
    .sort()
    .map((rule) => `  '${rule}': { right: ${counts[rule]!.right}, wrong: ${counts[rule]!.wrong}, confidence: ${posteriorMean(counts[rule]!)} },`);
  return [
    `// Generated by \`node --import tsx eval/bilingual-calibrate.ts --write\` from ${trainingPairs} real training pairs and`,
    `// ${faithfulTexts} faithful translations (fixtures and the training pairs'); do not edit by hand (__tests__/bilingual/calibration.test.ts checks it).`,
    '// right / wrong: findings of the rule (every confidence) on a labelled damaged phrase / on nothing labelled or a faithful text.',
    '// confidence: (right + 1) / (right + wrong + 2), the posterior mean of its precision under a uniform prior.',
    'export const FITTED_CONFIDENCE: Record<string, { right: number; wrong: number; confidence: number }> = {',
    ...rows,
    '};',
    '',
    '/** The fitted confidence of a bilingual rule (docs/bilingual.md, "Calibrated confidence"), else the fallback. */',
    'export function fittedConfidence(rule: string, fallback: number): number {',
    '  return FITTED_CONFIDENCE[rule]?.confidence ?? fallback;',
    '}',
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const run = calibrationCounts();
  if (!run) {
    process.stderr.write('eval/bilingual-calibrate.ts: a training text of corpus/bilingual-real is absent (texts are gitignored; see its README)\n');
    process.exit(2);
  }
  for (const [rule, c] of Object.entries(run.counts).sort()) process.stdout.write(`${rule}\t${c.right} right\t${c.wrong} wrong\t${posteriorMean(c)}\n`);
  if (process.argv.includes('--write')) {
    writeFileSync(FITTED_PATH, fittedModule(run.counts, run.trainingPairs, run.faithfulTexts));
    process.stdout.write(`wrote ${FITTED_PATH}\n`);
  }
}
