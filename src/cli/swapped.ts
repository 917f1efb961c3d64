import { countWords } from '../segment/segment.ts';
import type { AuditResult } from '../types.ts';

/**
 * A one-line hint when `--source` and `--target` look swapped: the source is longer, many of its
 * sentences are reported omitted (at least 3, and a quarter of them), and every target sentence is
 * found word for word in the source. A derived article that quotes its original in full and adds to it,
 * given the wrong way round, looks exactly like this. Null otherwise. Never changes the verdict.
 */
export function swappedHint(result: AuditResult): string | null {
  const body = (doc: AuditResult['source']) => doc.segments.filter((s) => !s.boilerplate);
  const sources = body(result.source);
  const targets = body(result.target);
  if (!targets.length || !sources.length) return null;
  const words = (doc: AuditResult['source']) => body(doc).reduce((n, s) => n + countWords(s.text), 0);
  if (words(result.source) <= words(result.target)) return null;
  const omitted = new Set(result.findings.filter((f) => f.rule === 'omitted-sentence' && f.source).map((f) => f.source!.start)).size;
  if (omitted < 3 || omitted < sources.length / 4) return null;
  const flat = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
  const source = flat(result.source.text);
  if (!targets.every((s) => source.includes(flat(s.text)))) return null;
  return `every target sentence is in the source and ${omitted} of its ${sources.length} sentences are reported omitted; were --source and --target given the wrong way round?`;
}
