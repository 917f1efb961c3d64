import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { AuditResult, Finding, Span } from '../../src/types.ts';

/**
 * One line per finding: rule, target span, source span, severity, confidence to 3 places. Offsets, not
 * texts, so that a finding moved by one character shows; messages are left out (their wording is not a
 * finding).
 */
export function findingLines(result: AuditResult): string[] {
  const span = (s: Span | null) => (s ? `${s.start}-${s.end}` : '-');
  return result.findings.map((f: Finding) => [f.rule, span(f.target), span(f.source), f.severity, f.confidence.toFixed(3)].join('\t'));
}

/** What a pair's entry is checked against: its texts (so that a changed text is told apart from a changed finding) and its lines. */
export interface PairEntry {
  texts: string;
  lines: string[];
}

export const textsHash = (source: string, target: string) => createHash('sha256').update(source).update('\0').update(target).digest('hex').slice(0, 16);

const HEADER = [
  '# Every finding faithful gives on the pairs of __tests__/findings/pairs.ts, checked by unchanged.test.ts.',
  '# A speed-up, a refactoring or a new cache must leave this file as it is.',
  '# It is regenerated only for a change meant to change findings (a refit of the spun-swap model, a',
  '# detection change), in the same commit, whose message says what changed and why:',
  '#   UPDATE_FINDINGS=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/findings/unchanged.test.ts',
  '# (A pair added, or a pair whose texts changed, also needs it: its texts hash tells that case apart.)',
  '# A pair whose texts are absent (gitignored real texts, no thesaurus) is skipped and its entry kept.',
  '# Format: "## pair<TAB>texts sha256", then per finding: rule, target span, source span, severity, confidence.',
];

export function readEntries(path: string): Map<string, PairEntry> {
  const entries = new Map<string, PairEntry>();
  if (!existsSync(path)) return entries;
  let current: PairEntry | undefined;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('## ')) {
      const [name, texts] = line.slice(3).split('\t');
      current = { texts: texts!, lines: [] };
      entries.set(name!, current);
    } else if (line && !line.startsWith('#')) current!.lines.push(line);
  }
  return entries;
}

export function writeEntries(path: string, entries: Map<string, PairEntry>, order: string[]): void {
  const body = order.filter((name) => entries.has(name)).flatMap((name) => [`## ${name}\t${entries.get(name)!.texts}`, ...entries.get(name)!.lines]);
  writeFileSync(path, [...HEADER, ...body].join('\n') + '\n');
}
