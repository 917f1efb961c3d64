import { auditKept, type AuditOptions } from '../audit.ts';
import type { RuleSetting } from '../findings/run-rules.ts';
import { applyBaseline, type Decision } from './baseline.ts';
import { withFingerprints } from './fingerprint.ts';
import type { AuditResult, DocumentInput } from '../types.ts';

export interface GatedAuditOptions extends AuditOptions {
  /** Reviewed decisions; matching findings are suppressed (still reported, not scored or gated). */
  baseline?: Decision[];
}

/**
 * The full pipeline as the CLI and the public API run it: the audit (segment → align → diff → rules →
 * score), then fingerprints, then the baseline stage, which re-scores without suppressed findings.
 */
export function auditGated(source: DocumentInput, target: DocumentInput, options: GatedAuditOptions = {}): AuditResult {
  return auditGatedKept(source, target, options).result;
}

/** `auditGated`, with `again` (src/audit.ts `KeptAudit`): the same pair with some rule settings changed, only those rules run again. */
export function auditGatedKept(source: DocumentInput, target: DocumentInput, options: GatedAuditOptions = {}): { result: AuditResult; again(changed: Record<string, RuleSetting>): AuditResult } {
  const { baseline, ...auditOptions } = options;
  const kept = auditKept(source, target, auditOptions);
  const gated = (audited: AuditResult) => {
    const result = withFingerprints(audited);
    return baseline ? applyBaseline(result, baseline, options.gate) : { ...result, summary: { ...result.summary, suppressed: 0 } };
  };
  return { result: gated(kept.result), again: (changed) => gated(kept.again(changed)) };
}
