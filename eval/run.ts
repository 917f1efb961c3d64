import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit } from '../src/audit.ts';
import { discoverPairs } from '../src/corpus/discover.ts';
import type { AuditResult } from '../src/types.ts';
import { readGold, type Gold } from './gold.ts';
import { ROOT } from './lexicons.ts';
import { counted, evaluateSpinner, naiveWordDiff, renderSpinnerSection } from './spinner-eval.ts';
import { MYTHES_PATH, spinnerPairs, thesaurusAvailable } from './thesaurus-spinner.ts';
import { renderBilingualSection } from './bilingual-eval.ts';
import { renderBilingualReal } from './bilingual-real.ts';
import { renderRealSet, scoreRealSet } from './real/score.ts';
import { coverageCurve, renderCoverage, renderNoSource, scoreNoSource } from './real/no-source.ts';
import { AIKSAURUS_DIR, AIKSAURUS_PACKAGE, aiksaurusAvailable } from './aiksaurus.ts';
import { alignmentAccuracy, matchFindings, overlaps, scores, type AlignmentMiss, type Counts, type MatchResult, type Scores } from './match.ts';

/**
 * `npm run eval`: audits every corpus pair that has a gold.json, matches the findings with the gold
 * (docs/gold.md), prints precision, recall and F1 per category and overall for each pair, recall on
 * major and critical gold items, and the findings each clean text gets against itself (should be
 * none), then the thesaurus-spinner pairs apart (eval/spinner-eval.ts; skipped when the
 * thesaurus is not installed or when only some pairs are asked for). Writes the same tables to
 * reports/eval.md. Exit 0; 1 when a source audited against itself has findings; 2 when a gold file
 * is unsound (the spinner section never changes the exit code).
 */

/** The targets of issue 3. */
export const TARGETS = { seedSevereRecall: 0.9, seedPrecision: 0.85, generatedCategory: 0.8 };

export interface PairEvaluation {
  name: string;
  generated: boolean;
  match: MatchResult;
  alignment: { correct: number; total: number; misses: AlignmentMiss[] };
  /** Findings when the source is audited against itself. */
  selfFindings: number;
  selfRules: Record<string, number>;
  /** Generated pairs: faithful paraphrases in the target, and how many of them a finding flagged. */
  paraphrases: { total: number; flagged: number };
}

export function evaluatePair(name: string, sourceText: string, targetText: string, gold: Gold): PairEvaluation {
  const now = new Date(0);
  const result: AuditResult = audit({ path: 'source.txt', text: sourceText }, { path: 'target.txt', text: targetText }, { now });
  const self = audit({ path: 'source.txt', text: sourceText }, { path: 'source.txt', text: sourceText }, { now });
  // Scored as the gate counts: low-confidence suspects are listed in the report, not flagged.
  const flagged = result.findings.filter((f) => counted(f, result.summary.minConfidence));
  const selfRules: Record<string, number> = {};
  for (const f of self.findings) selfRules[f.rule] = (selfRules[f.rule] ?? 0) + 1;
  return {
    name,
    generated: gold.annotator === 'generated',
    match: matchFindings(flagged, gold),
    alignment: alignmentAccuracy(result, gold),
    selfFindings: self.findings.length,
    selfRules,
    paraphrases: {
      total: gold.paraphrases?.length ?? 0,
      flagged: (gold.paraphrases ?? []).filter((p) => flagged.some((f) => f.target && overlaps(f.target, p.target))).length,
    },
  };
}

const n2 = (x: number) => x.toFixed(2);

/** A category misses the generated-pair target when its recall (it has gold) or its precision (it has findings) is under 0.8. */
function belowTarget(s: Scores): boolean {
  return (s.gold > 0 && s.recall < TARGETS.generatedCategory) || (s.findings > 0 && s.precision < TARGETS.generatedCategory);
}

/** All generated pairs pooled: the counts add up, so small pairs weigh by their size. */
export function pooled(evaluations: PairEvaluation[]): { byCategory: Record<string, Scores>; overall: Scores; severe: Scores } {
  const add = (into: Record<string, Counts>, key: string, s: Counts) => {
    const c = (into[key] ??= { gold: 0, goldMatched: 0, findings: 0, findingsMatched: 0 });
    c.gold += s.gold;
    c.goldMatched += s.goldMatched;
    c.findings += s.findings;
    c.findingsMatched += s.findingsMatched;
  };
  const byCategory: Record<string, Counts> = {};
  const totals: Record<string, Counts> = {};
  for (const e of evaluations) {
    for (const [category, s] of Object.entries(e.match.byCategory)) add(byCategory, category, s);
    add(totals, 'overall', e.match.overall);
    add(totals, 'severe', e.match.severe);
  }
  const none = { gold: 0, goldMatched: 0, findings: 0, findingsMatched: 0 };
  return {
    byCategory: Object.fromEntries(Object.entries(byCategory).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, scores(v)])),
    overall: scores(totals.overall ?? none),
    severe: scores(totals.severe ?? none),
  };
}

function row(label: string, s: Scores, mark = ''): string {
  return `| ${label} | ${s.gold} | ${s.findings} | ${s.goldMatched} | ${s.findingsMatched} | ${n2(s.precision)} | ${n2(s.recall)} | ${n2(s.f1)} |${mark ? ` ${mark}` : ''}`;
}

/** The markdown report: one table per pair, then a summary against the issue's targets. */
export function renderReport(evaluations: PairEvaluation[]): string {
  const lines: string[] = ['# Evaluation', '', 'Generated by `npm run eval`; matching rules in docs/gold.md.', ''];
  const header = ['| category | gold | findings | gold matched | findings matched | precision | recall | F1 |', '|---|---:|---:|---:|---:|---:|---:|---:|'];
  const summary: string[] = [];
  for (const e of evaluations) {
    lines.push(`## ${e.name}${e.generated ? ' (generated)' : ''}`, '', ...header);
    for (const [category, s] of Object.entries(e.match.byCategory)) {
      const miss = e.generated && belowTarget(s);
      lines.push(row(category, s, miss ? '✗' : ''));
    }
    lines.push(row('**overall**', e.match.overall));
    lines.push('');
    lines.push(`- recall on major/critical gold items: ${e.match.severe.goldMatched}/${e.match.severe.gold} = ${n2(e.match.severe.recall)}`);
    lines.push(`- alignment: ${e.alignment.correct}/${e.alignment.total} gold groups recovered`);
    if (e.paraphrases.total) lines.push(`- faithful paraphrases flagged (false positives): ${e.paraphrases.flagged}/${e.paraphrases.total}`);
    lines.push(`- source audited against itself: ${e.selfFindings} findings${e.selfFindings ? ` (${Object.entries(e.selfRules).map(([r, c]) => `${r} ${c}`).join(', ')})` : ''}`);
    lines.push(`- recall by kind: ${Object.entries(e.match.byKind).map(([k, s]) => `${k} ${s.goldMatched}/${s.gold}`).join(', ')}`);
    lines.push('');
    if (e.generated) {
      const failing = Object.entries(e.match.byCategory).filter(([, s]) => belowTarget(s));
      summary.push(`| ${e.name} | P ≥ ${TARGETS.generatedCategory} and R ≥ ${TARGETS.generatedCategory} in every category | ${failing.length ? `no: ${failing.map(([c]) => c).join(', ')}` : 'yes'} |`);
    } else {
      const ok = e.match.severe.recall >= TARGETS.seedSevereRecall && e.match.overall.precision >= TARGETS.seedPrecision;
      summary.push(`| ${e.name} | major/critical R ≥ ${TARGETS.seedSevereRecall} (${n2(e.match.severe.recall)}), P ≥ ${TARGETS.seedPrecision} (${n2(e.match.overall.precision)}) | ${ok ? 'yes' : 'no'} |`);
    }
    summary.push(`| ${e.name} | no findings on the source against itself (${e.selfFindings}) | ${e.selfFindings ? 'no' : 'yes'} |`);
  }
  const generated = evaluations.filter((e) => e.generated);
  if (generated.length) {
    const all = pooled(generated);
    lines.push(`## All generated pairs pooled (${generated.length})`, '', ...header);
    for (const [category, s] of Object.entries(all.byCategory)) lines.push(row(category, s, belowTarget(s) ? '✗' : ''));
    lines.push(row('**overall**', all.overall), '');
    lines.push(`- recall on major/critical gold items: ${all.severe.goldMatched}/${all.severe.gold} = ${n2(all.severe.recall)}`, '');
    const failing = Object.entries(all.byCategory).filter(([, s]) => belowTarget(s));
    summary.push(`| all generated, pooled | P ≥ ${TARGETS.generatedCategory} and R ≥ ${TARGETS.generatedCategory} in every category | ${failing.length ? `no: ${failing.map(([c]) => c).join(', ')}` : 'yes'} |`);
  }
  lines.push('## Targets (issue 3)', '', '| pair | target | met |', '|---|---|---|', ...summary, '');
  lines.push('## Missed gold items (major/critical), false positives, alignment misses', '');
  for (const e of evaluations) {
    const missed = e.match.missed.filter((m) => m.severity !== 'minor');
    if (!missed.length && !e.match.falsePositives.length && !e.alignment.misses.length) continue;
    lines.push(`### ${e.name}`, '');
    for (const m of e.alignment.misses) {
      const what = m.target.length ? `target ${m.target.join('+')}` : `source ${m.expected.join('+')} (omitted)`;
      lines.push(`- alignment: ${what}: expected [${m.target.length ? m.expected.join(', ') : ''}], audit linked [${m.linked.join(', ')}]`);
    }
    for (const m of missed.slice(0, 40)) {
      const where = m.target ? `target ${m.target.start}-${m.target.end} "${clip(m.target.text)}"` : `source ${m.source!.start}-${m.source!.end} "${clip(m.source!.text)}"`;
      lines.push(`- missed ${m.id} ${m.kind} ${m.severity} ${m.category}: ${where}${m.expected ? ` → "${clip(m.expected)}"` : ''}`);
    }
    if (missed.length > 40) lines.push(`- … ${missed.length - 40} more missed`);
    for (const f of e.match.falsePositives.slice(0, 40)) {
      const where = f.target ? `target ${f.target.start}-${f.target.end} "${clip(f.target.text)}"` : `source ${f.source?.start}-${f.source?.end} "${clip(f.source?.text ?? '')}"`;
      lines.push(`- false positive ${f.rule} ${f.category}: ${where}`);
    }
    if (e.match.falsePositives.length > 40) lines.push(`- … ${e.match.falsePositives.length - 40} more false positives`);
    lines.push('');
  }
  return lines.join('\n');
}

function clip(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function readText(path: string): string {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

/**
 * Adds the thesaurus-spinner section (eval/spinner-eval.ts) before the lists of misses, apart
 * from the WordNet-generated pairs' tables; skipped with one line when the thesaurus is not installed.
 */
function withSpinnerSection(report: string, run: boolean): string {
  if (!run) return report;
  const sections: string[] = [];
  if (!thesaurusAvailable()) {
    process.stdout.write(`eval: thesaurus-spinner pairs skipped: ${MYTHES_PATH} is missing (apt-get install mythes-en-us)\n`);
  } else {
    const pairs = spinnerPairs();
    sections.push(renderSpinnerSection(evaluateSpinner(pairs), evaluateSpinner(pairs, naiveWordDiff)));
  }
  // The second spinner, on a thesaurus not derived from WordNet (Aiksaurus, built on Moby): same texts, same split.
  if (!aiksaurusAvailable()) {
    process.stdout.write(`eval: Moby-thesaurus spinner pairs skipped: ${AIKSAURUS_DIR} is missing (apt-get install ${AIKSAURUS_PACKAGE})\n`);
  } else {
    const moby = spinnerPairs({ thesaurus: 'moby' });
    sections.push(
      renderSpinnerSection(evaluateSpinner(moby), evaluateSpinner(moby, naiveWordDiff), {
        title: 'Moby-thesaurus spinner pairs (not derived from WordNet)',
        thesaurus: 'Aiksaurus, built on the Moby thesaurus, not on WordNet; no detector reads it',
      }),
    );
  }
  if (!sections.length) return report;
  const section = sections.join('\n');
  const cut = report.indexOf('\n## Missed gold items');
  return cut < 0 ? `${report}\n${section}` : `${report.slice(0, cut)}\n${section}${report.slice(cut)}`;
}

/** The bilingual evaluation set (eval/bilingual-eval.ts), before the lists of misses; only on a full run. */
function withBilingualSection(report: string, run: boolean): string {
  if (!run) return report;
  const section = `${renderBilingualSection()}\n${renderBilingualReal()}`;
  const cut = report.indexOf('\n## Missed gold items');
  return cut < 0 ? `${report}\n${section}` : `${report.slice(0, cut)}\n${section}${report.slice(cut)}`;
}

/**
 * The real spun copies (corpus/real/, eval/real/score.ts) first among the sections: they are what faithful
 * is used on. Where their copyrighted texts are absent (CI), one line says so.
 */
function withRealSection(report: string, run: boolean): string {
  if (!run) return report;
  const run_ = scoreRealSet();
  // The no-source measures and the coverage curve read the texts and annotations too: only where they are here.
  const section = renderRealSet(run_) + (run_.scored.length ? `\n${renderNoSource(scoreNoSource())}\n${renderCoverage(coverageCurve())}` : '');
  const cut = report.indexOf('\n## Missed gold items');
  return cut < 0 ? `${report}\n${section}` : `${report.slice(0, cut)}\n${section}${report.slice(cut)}`;
}

/** `only`: pair names to evaluate (all pairs with a gold.json when empty), as in `npm run eval -- generated-news-1`. */
export function main(corpusDir = join(ROOT, 'corpus'), reportPath = join(ROOT, 'reports', 'eval.md'), only: string[] = []): number {
  const evaluations: PairEvaluation[] = [];
  const pairs = discoverPairs(corpusDir);
  const unknown = only.filter((name) => !pairs.some((p) => p.name === name));
  if (unknown.length) {
    process.stderr.write(`eval: no such pair: ${unknown.join(', ')}\n`);
    return 2;
  }
  for (const pair of pairs) {
    if (only.length && !only.includes(pair.name)) continue;
    const goldPath = join(corpusDir, pair.name, 'gold.json');
    if (!existsSync(goldPath)) continue;
    if (pair.problem) {
      process.stderr.write(`eval: ${pair.name}: ${pair.problem}; skipped\n`);
      continue;
    }
    if (!pair.source.endsWith('.txt') || !pair.target.endsWith('.txt')) {
      process.stderr.write(`eval: ${pair.name}: gold offsets need .txt inputs; skipped\n`);
      continue;
    }
    const source = readText(pair.source);
    const target = readText(pair.target);
    let gold: Gold;
    try {
      gold = readGold(goldPath, source, target);
    } catch (error) {
      process.stderr.write(`eval: ${(error as Error).message}\n`);
      return 2;
    }
    evaluations.push(evaluatePair(pair.name, source, target, gold));
  }
  const report = withBilingualSection(withSpinnerSection(withRealSection(renderReport(evaluations), only.length === 0), only.length === 0), only.length === 0);
  mkdirSync(join(reportPath, '..'), { recursive: true });
  writeFileSync(reportPath, report + '\n');
  // The terminal gets the tables and the targets; the lists of misses stay in the file.
  process.stdout.write(report.split('\n## Missed gold items')[0]! + `\nwritten: ${reportPath}\n`);
  // A clean text audited against itself must give no findings: that is asserted, not only reported.
  const noisy = evaluations.filter((e) => e.selfFindings > 0);
  for (const e of noisy) process.stderr.write(`eval: ${e.name}: the source audited against itself has ${e.selfFindings} findings\n`);
  return noisy.length ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(undefined, undefined, process.argv.slice(2));
