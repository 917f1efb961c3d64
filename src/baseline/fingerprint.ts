import { createHash } from 'node:crypto';
import type { AuditDocument, AuditResult, Finding, Segment } from '../types.ts';

/** Words of context taken on each side of a short span, inside its own sentence only. */
const CONTEXT_WORDS = 2;

/**
 * Text as a reviewer would compare it: Unicode-normalised, case-folded, typographic quotes and dashes
 * made plain, whitespace collapsed. Two spellings that differ only in these ways are the same text.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A finding's stable identity: its rule, which side it sits on, its normalised text and up to two
 * words either side taken from its own sentence. No offsets, ids or segment numbers, so editing,
 * adding or removing other sentences leaves it unchanged; editing the words right around it does not.
 */
export function fingerprintOf(finding: Finding, result: Pick<AuditResult, 'source' | 'target'>): string {
  const side = finding.target ? 'target' : 'source';
  const span = finding.target ?? finding.source;
  const parts: string[] = [finding.rule, side];
  if (span) {
    const doc = result[side];
    const segment = segmentAt(doc, span.start);
    const from = segment ? Math.min(segment.start, span.start) : Math.max(0, span.start - 60);
    const to = segment ? Math.max(segment.end, span.end) : Math.min(doc.text.length, span.end + 60);
    parts.push(normaliseText(span.text), lastWords(doc.text.slice(Math.max(from, span.start - WINDOWS.at(-1)!), span.start)), firstWords(doc.text.slice(span.end, Math.min(to, span.end + WINDOWS.at(-1)!))));
  } else {
    parts.push(normaliseText(finding.message));
  }
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

/** The result with a fingerprint on every finding (the JSON contract gains `fingerprint`). */
export function withFingerprints(result: AuditResult): AuditResult {
  return { ...result, findings: result.findings.map((f) => ({ ...f, fingerprint: fingerprintOf(f, result) })) };
}

/** The segment holding an offset, by binary search (segments are in text order, not overlapping). */
function segmentAt(doc: AuditDocument, offset: number): Segment | undefined {
  let lo = 0;
  let hi = doc.segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.segments[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/**
 * Context words are read from a bounded window next to the span, widened once when it holds too few
 * whole words: normalising the whole rest of a long sentence for every finding in it was quadratic.
 * A word longer than the widest window is cut, which no article has.
 */
const WINDOWS = [256, 2048];

function lastWords(text: string): string {
  for (const size of WINDOWS) {
    const words = normaliseText(text.length > size ? text.slice(-size) : text).split(' ').filter(Boolean);
    if (text.length <= size || words.length > CONTEXT_WORDS || size === WINDOWS.at(-1)) return words.slice(-CONTEXT_WORDS).join(' ');
  }
  return '';
}

function firstWords(text: string): string {
  for (const size of WINDOWS) {
    const words = normaliseText(text.length > size ? text.slice(0, size) : text).split(' ').filter(Boolean);
    if (text.length <= size || words.length > CONTEXT_WORDS || size === WINDOWS.at(-1)) return words.slice(0, CONTEXT_WORDS).join(' ');
  }
  return '';
}
