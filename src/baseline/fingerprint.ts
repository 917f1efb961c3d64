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
    parts.push(normaliseText(span.text), lastWords(doc.text.slice(from, span.start)), firstWords(doc.text.slice(span.end, to)));
  } else {
    parts.push(normaliseText(finding.message));
  }
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

/** The result with a fingerprint on every finding (the JSON contract gains `fingerprint`). */
export function withFingerprints(result: AuditResult): AuditResult {
  return { ...result, findings: result.findings.map((f) => ({ ...f, fingerprint: fingerprintOf(f, result) })) };
}

function segmentAt(doc: AuditDocument, offset: number): Segment | undefined {
  return doc.segments.find((s) => offset >= s.start && offset < s.end);
}

function lastWords(text: string): string {
  return normaliseText(text).split(' ').filter(Boolean).slice(-CONTEXT_WORDS).join(' ');
}

function firstWords(text: string): string {
  return normaliseText(text).split(' ').filter(Boolean).slice(0, CONTEXT_WORDS).join(' ');
}
