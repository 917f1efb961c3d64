import { countWords } from '../segment/segment.ts';
import type { Finding, Severity, Summary } from '../types.ts';

export interface GateOptions {
  /** Highest acceptable penalty per 100 target words. Default 10; -1: no limit. */
  maxScore?: number;
  /** Any finding at or above this severity fails the gate. Default `critical`. */
  failOn?: Severity | 'none';
  /** Most findings accepted in all. Default: no limit (also -1). */
  maxFindings?: number;
  /**
   * Largest share (0..1) of the target's words that may sit in passages with no source (the passages
   * `unsupported-sentence` reports, whatever their confidence; a baseline's accepted ones left out).
   * Default 0.4: careful translations that add a background paragraph reach about 0.27, an unrelated
   * story appended to an article about 0.47. -1: no limit.
   */
  maxUnsupportedShare?: number;
  /** MQM penalty per finding. Default minor 1, major 5, critical 25. */
  weights?: Record<Severity, number>;
  /**
   * Findings less confident than this (0..1) are low-confidence suspects: kept in the JSON, left out of
   * the counts, the penalty, the gate and the default views. Default 0.5.
   */
  minConfidence?: number;
}

export const DEFAULT_GATE = { maxScore: 10, failOn: 'critical' as Severity | 'none', weights: { minor: 1, major: 5, critical: 25 }, minConfidence: 0.5, maxUnsupportedShare: 0.4 };

/** The rule whose findings are the target's passages with no source (`gate.maxUnsupportedShare`). */
export const UNSUPPORTED_RULE = 'unsupported-sentence';

/** A limit as given: undefined takes the default; -1 (the CLI's and the configuration's "no limit") or Infinity is none. */
const limitOf = (value: number | undefined, fallback: number) => (value === undefined ? fallback : value < 0 ? Infinity : value);

const RANK: Record<Severity, number> = { minor: 1, major: 2, critical: 3 };

/**
 * MQM-style scoring: summed penalties, normalised per 100 target words, then the gate's conditions.
 * Only findings at or above `gate.minConfidence` count; the others are counted in `belowConfidence`.
 */
export function summarise(all: Finding[], words: number, gate: GateOptions = {}): Summary {
  const minConfidence = gate.minConfidence ?? DEFAULT_GATE.minConfidence;
  const findings = all.filter((f) => isConfident(f, minConfidence));
  const weights = gate.weights ?? DEFAULT_GATE.weights;
  const maxScore = limitOf(gate.maxScore, DEFAULT_GATE.maxScore);
  const maxFindings = limitOf(gate.maxFindings, Infinity);
  const maxShare = limitOf(gate.maxUnsupportedShare, DEFAULT_GATE.maxUnsupportedShare);
  const failOn = gate.failOn ?? DEFAULT_GATE.failOn;
  const counts = { minor: 0, major: 0, critical: 0, total: findings.length, byCategory: {} as Record<string, number>, byRule: {} as Record<string, number> };
  let penalty = 0;
  for (const f of findings) {
    counts[f.severity]++;
    counts.byCategory[f.category] = (counts.byCategory[f.category] ?? 0) + 1;
    counts.byRule[f.rule] = (counts.byRule[f.rule] ?? 0) + 1;
    penalty += weights[f.severity];
  }
  const score = Math.round((penalty * 100 * 100) / Math.max(words, 1)) / 100;
  const reasons: string[] = [];
  if (score > maxScore) reasons.push(`score ${score} is over the limit of ${maxScore} penalty point${maxScore === 1 ? '' : 's'} per 100 words`);
  if (failOn !== 'none') {
    const blocking = findings.filter((f) => RANK[f.severity] >= RANK[failOn]).length;
    if (blocking) reasons.push(`${blocking} finding${blocking === 1 ? '' : 's'} at ${failOn} severity or above`);
  }
  if (findings.length > maxFindings) {
    reasons.push(`${findings.length} finding${findings.length === 1 ? '' : 's'}, over the limit of ${maxFindings}`);
  }
  const unsupported = unsupportedOf(all, words);
  if (unsupported.share > maxShare) {
    reasons.push(`${percent(unsupported.share, maxShare)} of the target has no source (${unsupported.words} of ${words} words), over the limit of ${percent(maxShare)}`);
  }
  return { words, penalty, score, pass: reasons.length === 0, counts, reasons, minConfidence, belowConfidence: all.length - findings.length, unsupported };
}

/** Words of the target in passages with no source (active `unsupported-sentence` findings) and their share of `words`. */
function unsupportedOf(findings: Finding[], words: number): { words: number; share: number } {
  let inPassages = 0;
  for (const f of findings) if (f.rule === UNSUPPORTED_RULE && f.target && !f.suppressed) inPassages += countWords(f.target.text);
  const count = Math.min(inPassages, words);
  return { words: count, share: words ? Math.round((count / words) * 1000) / 1000 : 0 };
}

/** A share as a percentage, with a decimal when the whole number would equal `other` (40.4% over 40%). */
function percent(share: number, other?: number): string {
  const whole = Math.round(share * 100);
  return other !== undefined && whole === Math.round(other * 100) && share !== other ? `${Math.round(share * 1000) / 10}%` : `${whole}%`;
}

/** Whether a finding is at or above the confidence threshold (a finding without one counts as sure). */
export function isConfident(finding: Pick<Finding, 'confidence'>, minConfidence: number): boolean {
  return !(finding.confidence < minConfidence);
}
