import type { AuditResult } from '../types.ts';
import { renderReport } from './html/document.ts';

export { contentSecurityPolicy, reportTree } from './html/document.ts';

/**
 * The review report: one self-contained HTML file (inline CSS and script, no network, strict CSP) with
 * the verdict, the aligned texts with word diff and findings, the findings list, filters, search,
 * keyboard navigation and reviewer decisions. Built as a hast tree, so all article text is escaped.
 * Cost is linear in the size of the documents plus the findings (the benchmark calls this directly).
 */
export function formatHtml(result: AuditResult): string {
  return renderReport(result);
}
