import { pairSentence } from '../bilingual/pair-label.ts';
import { belowConfidenceNote, confidentView } from './confidence.ts';
import { configSentence } from './config-ref.ts';
import { lineLocator } from './locate.ts';
import type { AuditResult, Finding, Severity } from '../types.ts';

export interface TextOptions {
  /** ANSI colours; decided once by the caller (TTY and NO_COLOR), never here. */
  color?: boolean;
  /** Findings listed; the rest are counted. Default 20. Suppressed findings are listed after, within the same limit. */
  top?: number;
  /** Where the findings past `top` can be read, said after "… and N more". Default: `--all` lists them. */
  rest?: string;
}

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, major: 1, minor: 2 };
const COLOUR: Record<Severity, string> = { critical: '35', major: '31', minor: '33' };

/**
 * Terminal report: verdict, counts, score, which gate conditions failed, then the most severe findings
 * grouped by the target sentence they sit in (omissions last, under their source sentence), each with
 * its line:column. Suppressed findings are marked as such and never hide an active one.
 */
export function formatText(input: AuditResult, options: TextOptions = {}): string {
  const result = confidentView(input);
  const paint = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const top = options.top ?? 20;
  const { summary } = result;
  const lines: string[] = [];
  const verdict = summary.pass ? paint('32;1', 'PASS') : paint('31;1', 'FAIL');
  lines.push(`${verdict}  ${inert(result.target.path)}  against  ${inert(result.source.path)}`);
  const suppressed = summary.suppressed ? `  suppressed ${summary.suppressed}` : '';
  lines.push(
    `  score ${summary.score} per 100 words (penalty ${summary.penalty}, ${summary.words} words)  ` +
      `critical ${summary.counts.critical}  major ${summary.counts.major}  minor ${summary.counts.minor}${suppressed}`,
  );
  const languages = pairSentence(result.languagePair);
  if (languages) lines.push(`  languages: ${languages}`);
  for (const { rule, reason } of summary.inactive ?? []) lines.push(`  ${paint('33', 'not run:')} ${rule}: ${reason}`);
  for (const reason of summary.reasons) lines.push(`  ${paint('31', 'gate failed:')} ${reason}`);
  const configured = configSentence(result);
  if (configured) lines.push(`  ${paint('2', inert(configured))}`);
  const below = belowConfidenceNote(result);
  if (below) lines.push(`  ${paint('2', below)}`);
  if (summary.baseline?.unmatched) {
    const { unmatched, decisions } = summary.baseline;
    lines.push(`  ${paint('2', `baseline: ${unmatched} of ${decisions} decisions matched no finding (fixed, or edited around; refresh with faithful baseline)`)}`);
  }
  const targetAt = lineLocator(result.target.text);
  const sourceAt = lineLocator(result.source.text);
  const rank = (f: Finding) => (f.suppressed ? 3 : 0) + SEVERITY_ORDER[f.severity];
  const shown = new Set([...result.findings].sort((a, b) => rank(a) - rank(b)).slice(0, top));
  const segments = new Map([...result.source.segments, ...result.target.segments].map((s) => [s.id, s]));

  // Groups in document order: target sentences first, then source sentences with omissions.
  const groups = new Map<string, Finding[]>();
  for (const f of result.findings) {
    if (!shown.has(f)) continue;
    const key = f.target ? `t:${f.segment ?? segmentOf(result.target.segments, f.target.start) ?? '?'}` : `s:${segmentOf(result.source.segments, f.source!.start) ?? '?'}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const [key, findings] of groups) {
    const side = key.startsWith('t:') ? 'target' : 'source';
    const segment = segments.get(key.slice(2));
    const at = side === 'target' ? targetAt : sourceAt;
    if (segment) {
      const where = at(segment.start);
      lines.push('', `  ${paint('1', `${side}:${where.line}:${where.column}`)} ${paint('2', `(${segment.id})`)} ${excerpt(segment.text)}`);
    } else {
      lines.push('');
    }
    for (const f of findings) {
      const where = f.target ? targetAt(f.target.start) : sourceAt(f.source!.start);
      const location = `${f.target ? 'target' : 'source'}:${where.line}:${where.column}`.padEnd(16);
      const fix = f.suggestion ? `  → ${inert(f.suggestion)}` : '';
      const label = f.suppressed ? paint('2', `suppressed (${f.decision ?? 'baseline'}) ${f.severity}`) : paint(COLOUR[f.severity], f.severity.padEnd(8));
      lines.push(`    ${location} ${label} ${inert(f.message)}${fix}  ${paint('2', f.rule)}`);
    }
  }
  if (result.findings.length > shown.size) lines.push('', `  … and ${result.findings.length - shown.size} more (${options.rest ?? 'faithful audit … --all lists them'})`);
  return lines.join('\n') + '\n';
}

function segmentOf(segments: { id: string; start: number; end: number }[], offset: number): string | undefined {
  return segments.find((s) => offset >= s.start && offset < s.end)?.id;
}

function excerpt(text: string, max = 72): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return inert(`“${flat.length > max ? flat.slice(0, max - 1) + '…' : flat}”`);
}

/**
 * Article text never reaches the terminal raw: control characters (an ESC sequence can recolour,
 * clear or retitle the reviewer's terminal) and bidi overrides (which reorder what is shown) are
 * written as visible escapes.
 */
export function inert(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}
