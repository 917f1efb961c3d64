import { auditOptionsOf } from '../cli/settings.ts';
import { auditGatedKept } from '../baseline/pipeline.ts';
import { InputError } from '../ingest/input-error.ts';
import { readInput } from '../ingest/read-input.ts';
import { reportPath } from '../report/safe-name.ts';
import { assertNotInputs, writeFileAtomic } from '../report/write-atomic.ts';
import type { Rule, RuleMeta } from '../rules/rule.ts';
import type { Summary } from '../types.ts';
import type { Format } from '../cli/args.ts';
import { EXTENSION, render } from '../cli/render.ts';
import { BATCH_RULE, lessonOf, withLearnedSwaps, type LearnedSwap, type PairLesson } from './substitution-map.ts';
import type { AuditResult } from '../types.ts';
import type { RuleSetting } from '../findings/run-rules.ts';
import type { RunSettings } from '../cli/settings.ts';

/** One pair to audit in a batch; `name` is already a safe, unique file name. */
export interface PairJob {
  index: number;
  name: string;
  source: string;
  target: string;
  /** Why the folder cannot be audited (src/corpus/discover.ts): reported as an unreadable pair. */
  problem?: string;
  /** The spinner site the pair comes from (manifest `site`, or the folder's meta.json); empty: the run's one site. */
  site?: string;
  /** Second pass: swaps confirmed in the site's other pairs, for the batch-spinning rule (docs/batch-spinning.md). */
  learned?: LearnedSwap[];
  /** Second pass: the thread that kept the pair's first audit (`PairOutcome.keptBy`), which should take it. */
  keptBy?: number;
}

/** What a batch keeps of one pair: its verdict and where its reports went, or why it could not run. */
export interface PairOutcome {
  index: number;
  name: string;
  source: string;
  target: string;
  /** `input`: the pair could not be read (exit 2 unless a pair failed the gate); `internal`: a bug. */
  error?: { kind: 'input' | 'internal'; message: string };
  summary?: Summary;
  /** Report file names (inside the output folder) by format. */
  files: Partial<Record<Format, string>>;
  ms: number;
  /** First pass: the swaps the pair confirmed and the words of its target, for the batch's substitution map. */
  lesson?: PairLesson;
  /**
   * First pass: the thread that keeps the pair's audit for the second pass (-1: the main thread; see
   * `keptAudits`). Its second pass goes to that thread, which runs only batch-spinning again.
   */
  keptBy?: number;
}

/**
 * First-pass audits kept in this thread, by job index, for the second pass: a pair audited again runs
 * only batch-spinning with the learned swaps on its kept audit (the other rules' findings are the
 * same, so the result is the one a fresh audit gives: src/audit.ts `KeptAudit`). Bounded by the text
 * they hold; past it, a pair's second pass is a fresh audit.
 */
const keptAudits = new Map<number, { again(changed: Record<string, RuleSetting>): AuditResult; chars: number }>();
let keptChars = 0;
const KEEP_CHARS = 64_000_000;

/** Drops the kept first-pass audits (the batch is done). */
export function forgetKeptAudits(): void {
  keptAudits.clear();
  keptChars = 0;
}

export interface JobSetup {
  settings: RunSettings;
  formats: Format[];
  out: string;
  cwd: string;
}

/** Reads, audits and writes the reports of one pair. Never throws: failures become the outcome's error. */
export function runPairJob(job: PairJob, setup: JobSetup, plugins: Rule[], rules: RuleMeta[], thread = -1): PairOutcome {
  const started = performance.now();
  const base = { index: job.index, name: job.name, source: job.source, target: job.target, files: {} };
  try {
    if (job.problem) throw new InputError(job.problem);
    const options = withLearnedSwaps(auditOptionsOf(setup.settings, plugins), job);
    const kept = job.learned?.length ? keptAudits.get(job.index) : undefined;
    let audited: AuditResult;
    let keptBy: number | undefined;
    let targetText = '';
    if (kept) {
      keptAudits.delete(job.index);
      keptChars -= kept.chars;
      audited = kept.again({ [BATCH_RULE]: options.rules![BATCH_RULE]! });
    } else {
      const source = readInput(job.source, setup.settings.read);
      const target = readInput(job.target, setup.settings.read);
      targetText = target.text;
      const first = auditGatedKept({ ...source, path: relativeTo(setup.cwd, job.source) }, { ...target, path: relativeTo(setup.cwd, job.target) }, options);
      audited = first.result;
      const chars = source.text.length + target.text.length;
      if (!job.learned && keptChars + chars <= KEEP_CHARS) {
        keptAudits.set(job.index, { again: first.again, chars });
        keptChars += chars;
        keptBy = thread;
      }
    }
    const result = { ...audited, config: setup.settings.config };
    const files: Partial<Record<Format, string>> = {};
    const outputs = setup.formats.map((format) => [format, reportPath(setup.out, job.name, EXTENSION[format])] as const);
    assertNotInputs(outputs.map(([, path]) => path), [job.source, job.target]);
    for (const [format, path] of outputs) {
      writeFileAtomic(path, render(result, format, { color: false, rules, language: setup.settings.language, name: job.name }));
      files[format] = path.slice(path.lastIndexOf('/') + 1);
    }
    const lesson = job.learned ? undefined : lessonOf(result, job, targetText);
    return { ...base, files, summary: result.summary, ms: performance.now() - started, ...(lesson ? { lesson } : {}), ...(keptBy !== undefined ? { keptBy } : {}) };
  } catch (error) {
    const kind = error instanceof InputError ? 'input' : 'internal';
    return { ...base, error: { kind, message: (error as Error).message }, ms: performance.now() - started };
  }
}

export function relativeTo(cwd: string, path: string): string {
  return path.startsWith(cwd + '/') ? path.slice(cwd.length + 1) : path;
}
