import { audit, type AuditOptions } from '../audit.ts';
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
  const { baseline, ...auditOptions } = options;
  const result = withFingerprints(audit(source, target, auditOptions));
  return baseline ? applyBaseline(result, baseline, options.gate) : { ...result, summary: { ...result.summary, suppressed: 0 } };
}
