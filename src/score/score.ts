import type { Finding, Severity, Summary } from '../types.ts';

export interface GateOptions {
  /** Highest acceptable penalty per 100 target words. Default 10. */
  maxScore?: number;
  /** Any finding at or above this severity fails the gate. Default `critical`. */
  failOn?: Severity | 'none';
  /** Most findings accepted in all. Default: no limit. */
  maxFindings?: number;
  /** MQM penalty per finding. Default minor 1, major 5, critical 25. */
  weights?: Record<Severity, number>;
  /**
   * Findings less confident than this (0..1) are low-confidence suspects: kept in the JSON, left out of
   * the counts, the penalty, the gate and the default views. Default 0.5.
   */
  minConfidence?: number;
}

export const DEFAULT_GATE = { maxScore: 10, failOn: 'critical' as Severity | 'none', weights: { minor: 1, major: 5, critical: 25 }, minConfidence: 0.5 };

const RANK: Record<Severity, number> = { minor: 1, major: 2, critical: 3 };

/**
 * MQM-style scoring: summed penalties, normalised per 100 target words, then the gate's conditions.
 * Only findings at or above `gate.minConfidence` count; the others are counted in `belowConfidence`.
 */
export function summarise(all: Finding[], words: number, gate: GateOptions = {}): Summary {
  const minConfidence = gate.minConfidence ?? DEFAULT_GATE.minConfidence;
  const findings = all.filter((f) => isConfident(f, minConfidence));
  const weights = gate.weights ?? DEFAULT_GATE.weights;
  const maxScore = gate.maxScore ?? DEFAULT_GATE.maxScore;
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
  if (score > maxScore) reasons.push(`score ${score} is over the limit of ${maxScore} penalty points per 100 words`);
  if (failOn !== 'none') {
    const blocking = findings.filter((f) => RANK[f.severity] >= RANK[failOn]).length;
    if (blocking) reasons.push(`${blocking} finding${blocking === 1 ? '' : 's'} at ${failOn} severity or above`);
  }
  if (gate.maxFindings !== undefined && findings.length > gate.maxFindings) {
    reasons.push(`${findings.length} findings, over the limit of ${gate.maxFindings}`);
  }
  return { words, penalty, score, pass: reasons.length === 0, counts, reasons, minConfidence, belowConfidence: all.length - findings.length };
}

/** Whether a finding is at or above the confidence threshold (a finding without one counts as sure). */
export function isConfident(finding: Pick<Finding, 'confidence'>, minConfidence: number): boolean {
  return !(finding.confidence < minConfidence);
}
