import type { AuditResult, Finding } from '../../types.ts';
import type { FindingGroup, ReportModel } from './model.ts';

/** What the popover, the filters and the decision export need to know about one finding. */
export interface FindingData {
  id: string;
  rule: string;
  category: string;
  severity: Finding['severity'];
  message: string;
  suggestion: string | null;
  basis: string | null;
  /** The measurements behind the message (shown as the popover's details). */
  details: string[];
  /** Stable identity across runs, when the pipeline provides one (the gate matches decisions on it). */
  fingerprint: string | null;
  /** The flagged target text (null for omissions). */
  target: string | null;
  /** The source span the finding quotes, if any. */
  source: string | null;
  side: 'target' | 'source' | 'document';
  /** Element id of the row holding the mark (null for document-level findings). */
  row: string | null;
  /** Segment ids, e.g. `t5` or `s12`. */
  where: string | null;
  /** Position in reading order, 0-based. */
  order: number;
  /** How sure the rule is, 0..1. */
  confidence: number;
  /** Below the gate's confidence threshold: not scored, hidden until "Show low-confidence suspects". */
  low: boolean;
  /** The reviewed baseline's decision that suppressed this finding (not scored), if any. */
  baseline: 'accepted' | 'false-positive' | null;
  /** How the report counts it, as the summary does: counted, a low-confidence suspect, or suppressed. */
  group: FindingGroup;
}

export interface ReportData {
  /** localStorage key for the reviewer's decisions: one per pair of documents, so re-audits keep them. */
  storageKey: string;
  /** Base file name for the decisions export. */
  exportName: string;
  findings: FindingData[];
}

export function reportData(result: AuditResult, model: ReportModel, exportName: string): ReportData {
  const findings = model.ordered.map((f, order): FindingData => {
    const row = model.rowOf.get(f);
    const side = model.sideOf.get(f) ?? 'document';
    const segments = side === 'target' ? row?.targets : side === 'source' ? row?.sources : undefined;
    const span = side === 'target' ? f.target : f.source;
    const where = segments?.find((s) => span && s.end > span.start)?.id ?? f.segment ?? null;
    return {
      id: f.id,
      rule: f.rule,
      category: f.category,
      severity: f.severity,
      message: f.message,
      suggestion: f.suggestion,
      basis: f.basis ?? null,
      details: f.details ?? [],
      fingerprint: f.fingerprint ?? null,
      target: f.target?.text ?? null,
      source: f.source?.text ?? null,
      side,
      row: row?.id ?? null,
      where,
      order,
      confidence: f.confidence,
      low: model.lowConfidence.has(f),
      baseline: f.suppressed && (f.decision === 'accepted' || f.decision === 'false-positive') ? f.decision : null,
      group: model.groupOf(f),
    };
  });
  // Keyed by the documents' paths, not their texts, so decisions carry over when the article is edited and re-audited.
  return { storageKey: `faithful:decisions:${hash(`${result.source.path}\u0000${result.target.path}`)}`, exportName, findings };
}

/** FNV-1a, 32 bits, hex: a short, stable key (not a security measure). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * JSON for a `<script type="application/json">` block. The serialiser leaves script content raw, so
 * `<`, `>` and `&` are written as \u escapes (no `</script>` or `<!--` can close or confuse the block),
 * as are U+2028 and U+2029. JSON.parse reads the escapes back as the original characters.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
