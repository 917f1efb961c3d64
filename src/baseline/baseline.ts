import { readFileSync } from 'node:fs';
import { describeError, keyOf } from '../config/load.ts';
import { DECISIONS_SCHEMA } from '../config/schema.ts';
import { InputError } from '../ingest/input-error.ts';
import { lazyValidator } from '../config/validator.ts';
import { summarise, type GateOptions } from '../score/score.ts';
import { TOOL } from '../version.ts';
import { normaliseText } from './fingerprint.ts';
import type { AuditResult, Finding } from '../types.ts';

/** A reviewer's decision on one finding, as the HTML report exports it. */
export interface Decision {
  /** The finding's id in the report it was made on (informative only; ids change between runs). */
  finding?: string;
  fingerprint?: string;
  rule?: string;
  /** The finding's target text (null for omissions). */
  target?: string | null;
  decision: 'accepted' | 'false-positive';
}

export interface DecisionsFile {
  tool?: string;
  version?: string;
  generated?: string;
  decisions: Decision[];
}

const decisionsValidator = lazyValidator(DECISIONS_SCHEMA, { allErrors: true, strict: false });

/**
 * Reads and validates a decisions file (or a JSON report, whose findings are then all accepted); a bad
 * one is an InputError naming the file and the key.
 */
export function readBaseline(path: string, label = path): Decision[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${label}: no such baseline file`);
    if (code) throw new InputError(`${label}: cannot read (${code})`);
    throw new InputError(`${label}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  if (isReport(data)) data = baselineOf(data);
  const validate = decisionsValidator();
  if (!validate(data)) {
    const errors = validate.errors ?? [];
    const unmatched = errors.find((e) => e.keyword === 'anyOf');
    const only = errors.every((e) => e.keyword === 'anyOf' || (unmatched && e.instancePath.startsWith(unmatched.instancePath)));
    if (unmatched && only) throw new InputError(`${label}: ${keyOf(unmatched.instancePath)}: needs a fingerprint, or a rule and a target`);
    throw new InputError(`${label}: ${describeError(errors)}`);
  }
  return (data as DecisionsFile).decisions;
}

/**
 * The suppression stage (after the rules, before scoring): a finding whose fingerprint a decision
 * names, or, for decisions without a fingerprint, whose rule and normalised target text match, is
 * marked `suppressed` and left out of the score and the gate. It stays in the result for the reports.
 * Every finding with the same fingerprint is suppressed (a repeated phrase in the same words is one
 * decision).
 */
export function applyBaseline(result: AuditResult, decisions: Decision[], gate: GateOptions = {}): AuditResult {
  const byFingerprint = new Map<string, Decision>();
  const byText = new Map<string, Decision>();
  for (const d of decisions) {
    if (d.fingerprint) byFingerprint.set(d.fingerprint, d);
    else if (d.rule && typeof d.target === 'string') byText.set(`${d.rule}\u0000${normaliseText(d.target)}`, d);
  }
  const used = new Set<Decision>();
  const findings: Finding[] = result.findings.map((f) => {
    const match =
      (f.fingerprint ? byFingerprint.get(f.fingerprint) : undefined) ??
      (f.target ? byText.get(`${f.rule}\u0000${normaliseText(f.target.text)}`) : undefined);
    if (match) used.add(match);
    return match ? { ...f, suppressed: true, decision: match.decision } : f;
  });
  const active = findings.filter((f) => !f.suppressed);
  const usable = new Set([...byFingerprint.values(), ...byText.values()]);
  const summary = {
    ...summarise(active, result.summary.words, gate),
    suppressed: findings.length - active.length,
    baseline: { decisions: decisions.length, unmatched: [...usable].filter((d) => !used.has(d)).length },
    inactive: result.summary.inactive,
  };
  return { ...result, findings, summary };
}

/** A JSON report (`--format json`) given as a baseline accepts every finding in it. */
function isReport(data: unknown): data is AuditResult {
  const d = data as Partial<AuditResult> | null;
  return !!d && typeof d === 'object' && !('decisions' in d) && Array.isArray(d.findings) && typeof d.tool === 'object' && d.tool?.name === 'faithful';
}

/** A decisions file accepting every finding of a result (what `faithful baseline` writes). */
export function baselineOf(result: AuditResult): DecisionsFile {
  return {
    tool: TOOL.name,
    version: TOOL.version,
    generated: result.generated,
    decisions: result.findings.map((f) => ({
      finding: f.id,
      ...(f.fingerprint ? { fingerprint: f.fingerprint } : {}),
      rule: f.rule,
      target: f.target?.text ?? null,
      decision: 'accepted' as const,
    })),
  };
}
