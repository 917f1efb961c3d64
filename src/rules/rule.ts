import type { Alignment, AuditDocument, Segment, Severity, Span } from '../types.ts';

/** What a rule says about itself; feeds help text, reports and SARIF. */
export interface RuleMeta {
  id: string;
  description: string;
  /** MQM category, e.g. `accuracy/mistranslation`. */
  category: string;
  defaultSeverity: Severity;
  /** The knowledge the rule rests on, with provenance (a lexicon, the aligned source…). */
  basis: string;
  /**
   * Confidence (0..1) stamped on reports that do not give their own. Default 1: right for deterministic
   * checks (lexicons, numbers); heuristic rules set a lower value and say why beside it.
   */
  defaultConfidence?: number;
}

/** One problem a rule found. Severity and category default to the rule's metadata. */
export interface RuleReport {
  target: Span | null;
  source?: Span | null;
  message: string;
  suggestion?: string | null;
  severity?: Severity;
  /** The severity was chosen by the rule's configured options: it stands over the setting's level. */
  graded?: boolean;
  category?: string;
  basis?: string;
  /** The measurements behind the message (Finding.details). */
  details?: string[];
  /** How sure the rule is, 0..1; defaults to the rule's `defaultConfidence`, else 1. */
  confidence?: number;
}

/** Everything a rule may read: both documents segmented once, the alignments with their diffs. */
export interface RuleContext {
  source: AuditDocument;
  target: AuditDocument;
  alignments: Alignment[];
  /**
   * Non-boilerplate target segments, in order, less the tail of a long passage with no source (past its
   * first EXAMINED_UNSUPPORTED_WORDS words, src/align/unsupported.ts), which is reported only as an addition.
   * `target.segments` has every segment.
   */
  targetSegments: Segment[];
  /** Non-boilerplate source segments, in order. */
  sourceSegments: Segment[];
  /** The alignment a target segment belongs to, if any. */
  alignmentOfTarget: Map<string, Alignment>;
  /** The alignment a source segment belongs to, if any. */
  alignmentOfSource: Map<string, Alignment>;
  segmentById: Map<string, Segment>;
  /** The configured language pair (BCP 47 tags), when there is one. */
  language?: { source?: string; target?: string };
  /** Per-rule options from the configuration. */
  options: Record<string, unknown>;
  /** The data directory of third-party lists (src/data/); a rule that needs a list runs only when it is there. */
  dataDir?: string | null;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): RuleReport[];
}

/** A rule's check that reads each aligned pair on its own: the reports of every alignment, in order. */
export function eachAlignment(inAlignment: (context: RuleContext, alignment: Alignment) => RuleReport[]): Rule['check'] {
  return (context) => context.alignments.flatMap((alignment) => inAlignment(context, alignment));
}

/** A span of a document from offsets, with its text sliced so that the contract holds. */
export function spanIn(doc: { text: string }, start: number, end: number): Span {
  return { start, end, text: doc.text.slice(start, end) };
}
