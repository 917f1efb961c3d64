/**
 * The known-spinner-phrase detector (src/detect/known-phrases.ts) measured as if no sentence had a source:
 * - on clean text (every source text of the real set and of the bundled corpus): each flag is a false alarm;
 * - on the held-out sites' derived copies (the lexicon was mined from the training sites only): a flag is
 *   right when it overlaps a phrase the editor rejected or doubted, wrong otherwise.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brown } from '../../src/detect/brown.ts';
import { knownPhrasesIn } from '../../src/detect/known-phrases.ts';
import { spinnerSubstitutions } from '../../src/lexicon/spinner-substitutions.ts';
import { cmuTrigram, trigramAvailable } from '../../src/lexicon/trigram-lm.ts';
import { discoverPairs } from '../../src/corpus/discover.ts';
import { segmentDocument } from '../../src/segment/segment.ts';
import { overlaps } from '../match.ts';
import { ROOT } from '../lexicons.ts';
import { readAnnotations } from './annotations.ts';
import { loadTexts, readManifest } from './manifest.ts';
import { annotationPath } from './score.ts';
import { lexiconOf } from './mine.ts';

export interface NoSourceScore {
  cleanWords: number;
  cleanFlags: string[];
  heldoutFlags: number;
  heldoutRight: number;
  heldoutRejects: number;
  heldoutRejectsFlagged: number;
  lm: boolean;
}

function flagsIn(text: string) {
  const lexicon = spinnerSubstitutions();
  const lm = trigramAvailable() ? cmuTrigram() : null;
  const doc = segmentDocument({ path: 'x.txt', text }, 't');
  return doc.segments.filter((s) => !s.boilerplate).flatMap((s) => knownPhrasesIn(s.text, s.start, lexicon, brown(), lm));
}

export function scoreNoSource(): NoSourceScore {
  const out: NoSourceScore = { cleanWords: 0, cleanFlags: [], heldoutFlags: 0, heldoutRight: 0, heldoutRejects: 0, heldoutRejectsFlagged: 0, lm: trigramAvailable() };
  const clean: string[] = [];
  for (const pair of readManifest()) {
    const texts = loadTexts(pair);
    if ('missing' in texts) continue;
    clean.push(texts.source);
    if (pair.split !== 'heldout' || pair.kind === 'control') continue;
    const annotations = readAnnotations(annotationPath(pair.name));
    const flags = flagsIn(texts.target);
    out.heldoutFlags += flags.length;
    out.heldoutRight += flags.filter((f) => annotations.some((a) => (a.label === 'reject' || a.label === 'doubtful') && a.end > a.start && overlaps(a, f.target))).length;
    const rejects = annotations.filter((a) => a.label === 'reject' && a.end > a.start);
    out.heldoutRejects += rejects.length;
    out.heldoutRejectsFlagged += rejects.filter((a) => flags.some((f) => overlaps(a, f.target))).length;
  }
  for (const pair of discoverPairs(join(ROOT, 'corpus'))) if (!pair.problem && pair.source.endsWith('.txt')) clean.push(readFileSync(pair.source, 'utf8'));
  for (const text of clean) {
    out.cleanWords += text.split(/\s+/u).filter(Boolean).length;
    out.cleanFlags.push(...flagsIn(text).map((f) => `${f.target.text} (for ${f.entry.source})`));
  }
  return out;
}

export function renderNoSource(s: NoSourceScore): string {
  const pct = (a: number, b: number) => (b ? (a / b).toFixed(2) : '–');
  return [
    `### Known spinner phrases without a source (${s.lm ? 'CMU trigram model' : 'Brown word pairs: pocketsphinx-en-us is not installed'})`,
    '',
    '| measured on | words or rejects | flags | right | precision | recall |',
    '|---|---:|---:|---:|---:|---:|',
    `| clean text (every source text), as if no sentence had a source | ${s.cleanWords} words | ${s.cleanFlags.length} | 0 | ${s.cleanFlags.length ? '0.00' : '–'} | – |`,
    `| held-out derived copies, as if no sentence had a source | ${s.heldoutRejects} rejects | ${s.heldoutFlags} | ${s.heldoutRight} | ${pct(s.heldoutRight, s.heldoutFlags)} | ${pct(s.heldoutRejectsFlagged, s.heldoutRejects)} |`,
    '',
    s.cleanFlags.length ? `False alarms on clean text: ${s.cleanFlags.join('; ')}.` : 'No flag on clean text.',
    '',
  ].join('\n');
}

/**
 * How the lexicon's coverage grows with the training pairs it is mined from: the share of the held-out
 * sites' rejected substitutions (words on both sides) that a lexicon mined from k training pairs holds,
 * averaged over 20 orders of the pairs (a seeded shuffle).
 */
export function coverageCurve(): { pairs: number; coverage: number }[] {
  const annotated = readManifest().filter((p) => p.kind !== 'control').map((p) => ({ pair: p, annotations: readAnnotations(annotationPath(p.name)) }));
  const training = annotated.filter((a) => a.pair.split === 'train');
  const wanted = annotated
    .filter((a) => a.pair.split === 'heldout')
    .flatMap((a) => a.annotations.filter((r) => r.label === 'reject' && r.source.trim() && r.target.trim() && !/\p{N}/u.test(r.source + r.target)));
  if (!training.length || !wanted.length) return [];
  let seed = 20261207;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const sizes = [...new Set([1, 2, 4, 8, 12, training.length].filter((k) => k <= training.length))];
  const sums = new Map<number, number>(sizes.map((k) => [k, 0]));
  const ORDERS = 20;
  for (let o = 0; o < ORDERS; o++) {
    const order = [...training].sort(() => random() - 0.5);
    for (const k of sizes) {
      const lexicon = lexiconOf(order.slice(0, k).map((t) => ({ site: t.pair.site, annotations: t.annotations })));
      sums.set(k, sums.get(k)! + wanted.filter((r) => lexicon.lookup(r.source, r.target)).length / wanted.length);
    }
  }
  return sizes.map((k) => ({ pairs: k, coverage: sums.get(k)! / ORDERS }));
}

export function renderCoverage(curve: { pairs: number; coverage: number }[]): string {
  if (!curve.length) return '';
  return [
    "### The spinner lexicon's coverage against the number of training pairs it is mined from",
    '',
    '| training pairs mined | share of held-out rejected substitutions the lexicon holds |',
    '|---:|---:|',
    ...curve.map((c) => `| ${c.pairs} | ${c.coverage.toFixed(2)} |`),
    '',
  ].join('\n');
}
