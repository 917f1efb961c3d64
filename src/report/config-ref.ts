import type { AuditResult } from '../types.ts';

/**
 * How the reports name the configuration a run used: `configuration faithful.config.json (sha256
 * 3f2a…)`, `no configuration file (built-in defaults)`, or null when the result does not say (a direct
 * `audit()` call). The full hash is in the JSON and SARIF; 12 hex digits tell two files apart at a glance.
 */
export function configSentence(result: Pick<AuditResult, 'config'>): string | null {
  if (result.config === undefined) return null;
  if (result.config === null) return 'no configuration file (built-in defaults)';
  return `configuration ${result.config.path} (sha256 ${result.config.sha256.slice(0, 12)})`;
}
