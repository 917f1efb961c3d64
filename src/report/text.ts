import { lineLocator } from './locate.ts';
import type { AuditResult, Severity } from '../types.ts';

export interface TextOptions {
  /** ANSI colours; decided once by the caller (TTY and NO_COLOR), never here. */
  color?: boolean;
  /** Findings listed; the rest are counted. Default 20. */
  top?: number;
}

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, major: 1, minor: 2 };

/** Terminal summary: verdict, counts, score, then the most severe findings with line:column. */
export function formatText(result: AuditResult, options: TextOptions = {}): string {
  const paint = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const top = options.top ?? 20;
  const { summary } = result;
  const lines: string[] = [];
  const verdict = summary.pass ? paint('32;1', 'PASS') : paint('31;1', 'FAIL');
  lines.push(`${verdict}  ${result.target.path}  against  ${result.source.path}`);
  lines.push(
    `  score ${summary.score} per 100 words (penalty ${summary.penalty}, ${summary.words} words)  ` +
      `critical ${summary.counts.critical}  major ${summary.counts.major}  minor ${summary.counts.minor}`,
  );
  for (const reason of summary.reasons) lines.push(`  gate: ${reason}`);
  const targetAt = lineLocator(result.target.text);
  const sourceAt = lineLocator(result.source.text);
  const shown = [...result.findings]
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .slice(0, top)
    .sort((a, b) => (a.target?.start ?? Infinity) - (b.target?.start ?? Infinity) || (a.source?.start ?? 0) - (b.source?.start ?? 0));
  const colour: Record<Severity, string> = { critical: '35', major: '31', minor: '33' };
  for (const f of shown) {
    const where = f.target ? targetAt(f.target.start) : sourceAt(f.source!.start);
    const side = f.target ? 'target' : 'source';
    const location = `${side}:${where.line}:${where.column}`.padEnd(16);
    const fix = f.suggestion ? `  → ${f.suggestion}` : '';
    lines.push(`  ${location} ${paint(colour[f.severity], f.severity.padEnd(8))} ${f.message}${fix}  ${paint('2', f.rule)}`);
  }
  if (result.findings.length > shown.length) lines.push(`  … and ${result.findings.length - shown.length} more`);
  return lines.join('\n') + '\n';
}
