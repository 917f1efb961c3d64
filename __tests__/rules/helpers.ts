import { audit, type AuditOptions } from '../../src/audit.ts';
import type { Finding } from '../../src/types.ts';

/** Findings of one rule when `target` is audited against `source` (the whole pipeline runs). */
export function findingsOf(rule: string, source: string, target: string, options: AuditOptions = {}): Finding[] {
  const result = audit({ path: 'source.txt', text: source }, { path: 'target.txt', text: target }, { now: new Date(0), ...options });
  return result.findings.filter((f) => f.rule === rule);
}

/** A three-paragraph article around the sentence under test: the rules read documents, not lone sentences. */
export function around(intro: string, outro: string): (middle: string) => string {
  return (middle) => `${intro}\n\n${middle}\n\n${outro}\n`;
}

/** Findings of one rule that the gate counts: at or above the default confidence threshold (0.5). */
export function gatedFindingsOf(rule: string, source: string, target: string, options: AuditOptions = {}): Finding[] {
  return findingsOf(rule, source, target, options).filter((f) => f.confidence >= 0.5);
}

/** What a table row expects to see of a finding: the flagged target text, and optionally more. */
export interface Expected {
  text: string;
  suggestion?: string | null;
  category?: string;
  source?: string;
}

export function shape(findings: Finding[], expected: Expected[]): Record<string, unknown>[] {
  return findings.map((f, i) => {
    const wanted = expected[i];
    const row: Record<string, unknown> = { text: f.target?.text ?? f.source?.text };
    if (wanted && 'suggestion' in wanted) row.suggestion = f.suggestion;
    if (wanted?.category !== undefined) row.category = f.category;
    if (wanted?.source !== undefined) row.source = f.source?.text;
    return row;
  });
}
