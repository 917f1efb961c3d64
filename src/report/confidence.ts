import { isConfident } from '../score/score.ts';
import type { AuditResult } from '../types.ts';

/**
 * The result as the default views (text, Markdown, SARIF, JUnit) show it: without the findings below
 * the confidence threshold the gate applied (`summary.minConfidence`). Their number stays in
 * `summary.belowConfidence`; the JSON and the HTML report keep every finding.
 */
export function confidentView(result: AuditResult): AuditResult {
  const threshold = result.summary.minConfidence ?? 0;
  if (!result.summary.belowConfidence && !result.findings.some((f) => !isConfident(f, threshold))) return result;
  return { ...result, findings: result.findings.filter((f) => isConfident(f, threshold)) };
}

/** "3 low-confidence suspects not shown (below 0.5)", or '' when there are none. */
export function belowConfidenceNote(result: AuditResult): string {
  const n = result.summary.belowConfidence ?? 0;
  if (!n) return '';
  return `${n} low-confidence suspect${n === 1 ? '' : 's'} not shown (confidence below ${result.summary.minConfidence ?? 0}; see the JSON or HTML report)`;
}
