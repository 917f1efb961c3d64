/**
 * Scores faithful on the real set (corpus/real/): each derived text's changed phrases were judged by an
 * editor (reject, doubtful, accept, other). A reject must be flagged; a finding is right when it overlaps a
 * reject or a doubtful phrase, neutral when it overlaps only phrases that are not the spinner's (`other`:
 * chrome, another version of the story), and false otherwise (a fair synonym, or nothing that changed).
 * Findings without a target span (a document verdict, an omission) are not span-scored.
 */
import { audit } from '../../src/audit.ts';
import type { AuditResult, Finding } from '../../src/types.ts';
import { counted } from '../spinner-eval.ts';
import { overlaps } from '../match.ts';
import { readAnnotations, REAL_DIR, type Annotation } from './annotations.ts';
import { loadTexts, readManifest, type RealPair } from './manifest.ts';
import { existsSync } from 'node:fs';
import { withSubstitutionLexicon, type SubstitutionLexicon } from '../../src/lexicon/spinner-substitutions.ts';
import { lexiconOf } from './mine.ts';
import { join } from 'node:path';

export interface Tally {
  /** Rejected phrases, and how many a finding overlapped. */
  rejects: number;
  rejectsFlagged: number;
  /** Span findings counted: right (on a reject or doubtful phrase), false, neutral (only on `other`). */
  right: number;
  wrong: number;
  neutral: number;
  /** Words of the derived texts. */
  words: number;
  /** Major or critical findings that were false. */
  wrongMajor: number;
  /** Pairs, and how many the gate failed (or that carry a machine-spun verdict). */
  pairs: number;
  failed: number;
}

export interface PairScore {
  pair: RealPair;
  /** As the gate counts (findings at or above the gate's confidence). */
  gate: Tally;
  /** Every finding, low-confidence suspects included. */
  all: Tally;
  /** "Flag every changed word": one finding per changed phrase of the word diff. */
  diff: Tally;
  misses: Annotation[];
  falses: Finding[];
  result: AuditResult;
}

export const emptyTally = (): Tally => ({ rejects: 0, rejectsFlagged: 0, right: 0, wrong: 0, neutral: 0, words: 0, wrongMajor: 0, pairs: 0, failed: 0 });

export function addTally(a: Tally, b: Tally): Tally {
  const out = emptyTally();
  for (const k of Object.keys(out) as (keyof Tally)[]) out[k] = a[k] + b[k];
  return out;
}

/** A finding's span meets a phrase: overlapping target spans, or for a phrase deleted outright, source spans. */
function meets(f: Pick<Finding, 'target' | 'source'>, a: Annotation): boolean {
  if (a.start >= 0 && a.end > a.start && f.target) return overlaps(f.target, a);
  if (a.sstart >= 0 && f.source) return overlaps(f.source, { start: a.sstart, end: a.send });
  return false;
}

/** The document-level verdict that a copy is machine-spun (rule id of src/rules/machine-spun.ts). */
export const SPUN_VERDICT_RULE = 'machine-spun';

export function tally(findings: Pick<Finding, 'target' | 'source' | 'severity' | 'rule'>[], annotations: Annotation[], words: number, failed: boolean): { t: Tally; misses: Annotation[]; falses: number[] } {
  const t = emptyTally();
  t.words = words;
  t.pairs = 1;
  t.failed = failed ? 1 : 0;
  const rejects = annotations.filter((a) => a.label === 'reject');
  t.rejects = rejects.length;
  const misses: Annotation[] = [];
  for (const a of rejects) {
    if (findings.some((f) => meets(f, a))) t.rejectsFlagged++;
    else misses.push(a);
  }
  const falses: number[] = [];
  findings.forEach((f, i) => {
    // The document verdict spans the first sentence only to be shown somewhere; it is scored as the verdict.
    if (!f.target || f.rule === SPUN_VERDICT_RULE) return;
    const hit = annotations.filter((a) => meets(f, a));
    if (hit.some((a) => a.label === 'reject' || a.label === 'doubtful')) t.right++;
    else if (hit.length && hit.every((a) => a.label === 'other' || a.label === '')) t.neutral++;
    else {
      t.wrong++;
      if (f.severity !== 'minor') t.wrongMajor++;
      falses.push(i);
    }
  });
  return { t, misses, falses };
}

/** One finding per changed phrase of the aligned word diff: the baseline a reviewer would get from a diff tool. */
function diffFindings(annotations: Annotation[]): Pick<Finding, 'target' | 'source' | 'severity' | 'rule'>[] {
  return annotations
    .filter((a) => a.start >= 0 && a.end > a.start)
    .map((a) => ({ target: { start: a.start, end: a.end, text: a.target }, source: null, severity: 'major', rule: 'word-diff' }));
}

export function annotationPath(name: string): string {
  return join(REAL_DIR, 'annotations', `${name}.tsv`);
}

export function scorePair(pair: RealPair, source: string, target: string, annotations: Annotation[]): PairScore {
  const result = audit({ path: 'source.txt', text: source }, { path: 'target.txt', text: target }, { now: new Date(0) });
  const words = result.summary.words;
  const verdict = result.findings.some((f) => f.rule === SPUN_VERDICT_RULE && counted(f, result.summary.minConfidence));
  const failed = !result.summary.pass || verdict;
  const gated = result.findings.filter((f) => counted(f, result.summary.minConfidence));
  const gate = tally(gated, annotations, words, failed);
  const all = tally(result.findings.filter((f) => !f.suppressed), annotations, words, failed);
  const diff = tally(diffFindings(annotations), annotations, words, true);
  return { pair, gate: gate.t, all: all.t, diff: diff.t, misses: gate.misses, falses: gate.falses.map((i) => gated[i]!), result };
}

export interface RealSetRun {
  scored: PairScore[];
  /** Pairs in the manifest that could not be scored, with why. */
  absent: { name: string; why: string }[];
}

/**
 * For each site, the lexicon mined from the training sites other than it (a held-out site gets the shipped
 * lexicon's content), mined once per site. The model's examples (eval/real/examples.ts) and the scores both
 * read it: a training pair scored with the shipped lexicon would read its own editors' verdicts, and its
 * figures would say more of the labels than of the detector.
 */
export function leaveSiteOutLexicons(manifest: RealPair[]): (site: string) => SubstitutionLexicon {
  const training = manifest
    .filter((p) => p.split === 'train' && p.kind !== 'control' && existsSync(annotationPath(p.name)))
    .map((p) => {
      const texts = loadTexts(p);
      return { site: p.site, annotations: readAnnotations(annotationPath(p.name)), target: 'missing' in texts ? undefined : texts.target };
    });
  const bySite = new Map<string, SubstitutionLexicon>();
  return (site) => bySite.get(site) ?? bySite.set(site, lexiconOf(training.filter((t) => t.site !== site))).get(site)!;
}

export function scoreRealSet(filter?: (p: RealPair) => boolean): RealSetRun {
  const scored: PairScore[] = [];
  const absent: { name: string; why: string }[] = [];
  const manifest = readManifest();
  const lexiconFor = leaveSiteOutLexicons(manifest);
  for (const pair of manifest.filter(filter ?? (() => true))) {
    const texts = loadTexts(pair);
    if ('missing' in texts) {
      absent.push({ name: pair.name, why: texts.missing });
      continue;
    }
    if (!existsSync(annotationPath(pair.name))) {
      absent.push({ name: pair.name, why: 'not annotated' });
      continue;
    }
    const annotations = readAnnotations(annotationPath(pair.name));
    const score = () => scorePair(pair, texts.source, texts.target, annotations);
    scored.push(pair.split === 'train' ? withSubstitutionLexicon(lexiconFor(pair.site), score) : score());
  }
  return { scored, absent };
}

const pct = (n: number, d: number) => (d ? (n / d).toFixed(2) : '–');

export function recall(t: Tally): string {
  return pct(t.rejectsFlagged, t.rejects);
}
export function precision(t: Tally): string {
  return pct(t.right, t.right + t.wrong);
}
export function falsePer500(t: Tally): string {
  return t.words ? ((t.wrong / t.words) * 500).toFixed(1) : '–';
}
export function majorPer500(t: Tally): string {
  return t.words ? ((t.wrongMajor / t.words) * 500).toFixed(1) : '–';
}

/** The Markdown section `npm run eval` prints: held-out sites, training sites, per site, controls apart. */
export function renderRealSet(run: RealSetRun): string {
  const lines: string[] = ['## Real spun copies (corpus/real/, hand-annotated)', ''];
  if (!run.scored.length) {
    lines.push(
      `The real set's texts are not here (${run.absent.length} pairs in corpus/real/pairs.tsv; they are copyrighted and gitignored): ` +
        '`node --import tsx scripts/real-set/check.ts` says how to gather them (corpus/real/GATHERING.md).',
      '',
    );
    return lines.join('\n');
  }
  const sum = (xs: PairScore[], k: 'gate' | 'all' | 'diff') => xs.reduce((t, x) => addTally(t, x[k]), emptyTally());
  const derived = run.scored.filter((s) => s.pair.kind !== 'control');
  const controls = run.scored.filter((s) => s.pair.kind === 'control');
  lines.push('| set | pairs | rejects | gate recall | gate precision | all findings recall | all precision | word diff recall | word diff precision | copies failing |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const row = (label: string, xs: PairScore[]) => {
    const g = sum(xs, 'gate');
    const a = sum(xs, 'all');
    const d = sum(xs, 'diff');
    lines.push(`| ${label} | ${xs.length} | ${g.rejects} | ${recall(g)} | ${precision(g)} | ${recall(a)} | ${precision(a)} | ${recall(d)} | ${precision(d)} | ${g.failed}/${g.pairs} |`);
  };
  row('**held-out sites**', derived.filter((s) => s.pair.split === 'heldout'));
  row('training sites', derived.filter((s) => s.pair.split === 'train'));
  const sites = [...new Set(derived.map((s) => s.pair.site))].sort();
  for (const site of sites) row(`${site} (${derived.find((s) => s.pair.site === site)!.pair.split})`, derived.filter((s) => s.pair.site === site));
  lines.push('');
  if (controls.length) {
    lines.push('| control | split | words | false findings at the gate | per 500 words | major per 500 | passes the gate |', '|---|---|---:|---:|---:|---:|---|');
    for (const c of controls) lines.push(`| ${c.pair.name} | ${c.pair.split} | ${c.gate.words} | ${c.gate.wrong} | ${falsePer500(c.gate)} | ${majorPer500(c.gate)} | ${c.result.summary.pass ? 'yes' : 'no'} |`);
    lines.push('');
  }
  if (run.absent.length) lines.push(`Not scored: ${run.absent.map((a) => `${a.name} (${a.why})`).join(', ')}.`, '');
  return lines.join('\n');
}
