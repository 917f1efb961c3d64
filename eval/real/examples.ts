/**
 * The real set as training and held-out examples for the spun-swap model (scripts/fit-spin-model.ts):
 * every swap faithful finds in a real pair, with its evidence and the editor's verdict on the phrase it
 * sits in (reject: damage; accept: a fair edit; doubtful or unannotated: no label).
 *
 * The texts are copyrighted and absent on CI, so the examples computed from them are committed as numbers
 * (corpus/models/real-swap-examples.tsv) and read from there when a text is missing; the fit test checks
 * that the two agree where the texts are present.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignMonolingual } from '../../src/align/align-monolingual.ts';
import { rejectedIn, swapEvidence } from '../../src/detect/scored-swaps.ts';
import type { KnownSubstitution } from '../../src/detect/swap-candidates.ts';
import { FEATURES, lexiconFeatures, type FeatureVector } from '../../src/detect/swap-features.ts';
import { MODEL_PATH } from '../../src/detect/swap-model.ts';
import { wordDiff } from '../../src/diff/word-diff.ts';
import { segmentDocument } from '../../src/segment/segment.ts';
import type { Alignment } from '../../src/types.ts';
import { overlaps } from '../match.ts';
import { readAnnotations } from './annotations.ts';
import { loadTexts, readManifest, type RealPair } from './manifest.ts';
import { annotationPath, leaveSiteOutLexicons } from './score.ts';

export interface RealExample {
  name: string;
  site: string;
  split: 'train' | 'heldout';
  kind: RealPair['kind'];
  what: string;
  /** 1: the editor rejected the phrase; 0: accepted it (or a control's change). */
  y: 0 | 1;
  /** False where the editor gave no verdict (doubtful, other, or no row): not a damage label. */
  judged: boolean;
  /** In a spun or garbled copy (1) or a control (0). */
  spinner: 0 | 1;
  x: FeatureVector;
}

export const REAL_EXAMPLES_PATH = join(MODEL_PATH, '..', 'real-swap-examples.tsv');

/** The swaps faithful finds between a source and a target, with their evidence. */
export function evidenceOf(sourceText: string, targetText: string, known?: KnownSubstitution) {
  const source = segmentDocument({ path: 'source.txt', text: sourceText }, 's');
  const target = segmentDocument({ path: 'target.txt', text: targetText }, 't');
  const alignments: Alignment[] = alignMonolingual(source, target).map((a) => ({ ...a, diff: wordDiff(source, a.source, target, a.target) }));
  return swapEvidence({ alignments, source, target }, known);
}

/** Computed from the texts; null when any annotated pair's texts are missing. */
export function computeRealExamples(): RealExample[] | null {
  const pairs = readManifest().filter((p) => existsSync(annotationPath(p.name)));
  const lexiconFor = leaveSiteOutLexicons(pairs);
  const out: RealExample[] = [];
  for (const pair of pairs) {
    const annotations = readAnnotations(annotationPath(pair.name));
    const texts = loadTexts(pair);
    if ('missing' in texts) return null;
    // A training pair's lexicon evidence comes from the other training sites only.
    const lexicon = lexiconFor(pair.site);
    // ...and so does the choice of which function-word phrases are candidates at all.
    for (const swap of evidenceOf(texts.source, texts.target, rejectedIn(lexicon))) {
      const rows = annotations.filter((a) => a.end > a.start && overlaps(a, swap.target));
      const control = pair.kind === 'control';
      const reject = rows.some((a) => a.label === 'reject');
      const accept = rows.some((a) => a.label === 'accept') && !rows.some((a) => a.label === 'doubtful');
      out.push({
        name: pair.name,
        site: pair.site,
        split: pair.split,
        kind: pair.kind,
        what: `${swap.source.text} → ${swap.target.text}`,
        y: !control && reject ? 1 : 0,
        judged: control || reject || accept,
        spinner: control ? 0 : 1,
        x: { ...swap.features, ...lexiconFeatures(swap, lexicon, swap.features.keeps === 1) },
      });
    }
  }
  return out;
}

const HEAD = ['name', 'site', 'split', 'kind', 'what', 'y', 'judged', 'spinner', ...FEATURES];

export function formatRealExamples(examples: RealExample[]): string {
  const row = (e: RealExample) =>
    [e.name, e.site, e.split, e.kind, e.what.replace(/[\t\n]/g, ' '), e.y, e.judged ? 1 : 0, e.spinner, ...FEATURES.map((f) => Math.round(e.x[f] * 1e6) / 1e6)].join('\t');
  return [HEAD.join('\t'), ...examples.map(row)].join('\n') + '\n';
}

export function readRealExamples(path = REAL_EXAMPLES_PATH): RealExample[] {
  if (!existsSync(path)) return [];
  const [head, ...lines] = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  const cols = head!.split('\t');
  return lines.map((line) => {
    const c = line.split('\t');
    const get = (k: string) => c[cols.indexOf(k)]!;
    return {
      name: get('name'),
      site: get('site'),
      split: get('split') as RealExample['split'],
      kind: get('kind') as RealExample['kind'],
      what: get('what'),
      y: Number(get('y')) as 0 | 1,
      judged: get('judged') === '1',
      spinner: Number(get('spinner')) as 0 | 1,
      x: Object.fromEntries(FEATURES.map((f) => [f, Number(get(f))])) as FeatureVector,
    };
  });
}

/** The examples from the texts when all are here (rewriting the committed numbers when asked), else the committed numbers. */
export function realExamples(write = false): RealExample[] {
  const computed = computeRealExamples();
  if (computed && write) writeFileSync(REAL_EXAMPLES_PATH, formatRealExamples(computed));
  return computed ? readBack(computed) : readRealExamples();
}

/** Rounded as the committed file rounds them, so that a fit from texts and a fit from the file agree. */
function readBack(examples: RealExample[]): RealExample[] {
  return examples.map((e) => ({ ...e, x: Object.fromEntries(FEATURES.map((f) => [f, Math.round(e.x[f] * 1e6) / 1e6])) as FeatureVector }));
}
