import type { AuditResult } from '../types.ts';

/** The JSON contract: the result object itself, pretty-printed. */
export function formatJson(result: AuditResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}
