/** Public contracts of the audit. The JSON report is these types serialised. */

export type Severity = 'minor' | 'major' | 'critical';

/** A half-open range [start, end) into a document's text; `text` always equals the slice. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type SegmentKind = 'sentence' | 'heading';

export interface Segment extends Span {
  /** `s1`, `s2`… in the source; `t1`, `t2`… in the target. */
  id: string;
  kind: SegmentKind;
  /** Page chrome (site name, byline, copyright…): kept in the text, excluded from alignment and findings. */
  boilerplate: boolean;
  /** Index of the paragraph (block of text between blank lines or line breaks) the segment sits in. */
  paragraph: number;
}

export interface DocumentInput {
  /** Where the text came from, as given by the caller (a path, or a label). */
  path: string;
  /** The text that offsets point into: file content for .txt, extracted article text for .html/.md. */
  text: string;
}

export interface AuditDocument extends DocumentInput {
  segments: Segment[];
}

export type DiffOp = 'equal' | 'insert' | 'delete';

/** One piece of a word diff; `source`/`target` are spans into the two documents where the piece exists. */
export interface DiffPart {
  op: DiffOp;
  source: Span | null;
  target: Span | null;
}

export interface Alignment {
  source: string[];
  target: string[];
  /** Similarity of the aligned groups, 0..1. */
  score: number;
  /** Word diff of the joined source segments against the joined target segments. */
  diff?: DiffPart[];
  /** True when the target places this passage out of the source's order. */
  moved?: boolean;
}

export interface Finding {
  id: string;
  rule: string;
  category: string;
  severity: Severity;
  message: string;
  target: Span | null;
  source: Span | null;
  suggestion: string | null;
  /**
   * How sure the rule is that this is a real error, 0..1: the rule's own estimate, else its metadata's
   * `defaultConfidence` (1 for deterministic lexicon and number checks). Findings below the gate's
   * `minConfidence` stay in the JSON but are not scored, gated or shown in the default views.
   */
  confidence: number;
  /** What the finding rests on (a lexicon, the aligned source, the document's own substitutions…). */
  basis?: string;
  /**
   * The measurements behind the message, for a reviewer who wants them ("the sentence kept 86% of its
   * words in place", "WordNet: sense 5 of “hitch”"); the message says it in words. Absent when none.
   */
  details?: string[];
  /** Target segment the finding sits in, when it has one. */
  segment?: string;
  /** Stable identity across re-runs: rule + normalised text + a little context, never offsets (src/baseline/). */
  fingerprint?: string;
  /** True when a reviewed baseline accepted this finding: it is still reported but not scored or gated. */
  suppressed?: boolean;
  /** The reviewer's decision that suppressed it (`accepted` or `false-positive`). */
  decision?: string;
}

export interface SeverityCounts {
  minor: number;
  major: number;
  critical: number;
}

export interface Summary {
  words: number;
  penalty: number;
  /** Penalty per 100 target words; lower is better. */
  score: number;
  pass: boolean;
  counts: SeverityCounts & { total: number; byCategory: Record<string, number>; byRule: Record<string, number> };
  /** Why the gate failed, one line per failed condition; empty when it passes. */
  reasons: string[];
  /** Findings a baseline suppressed (not in `counts`, the penalty or the gate). */
  suppressed?: number;
  /** The confidence threshold applied (`gate.minConfidence`): findings below it are low-confidence suspects. */
  minConfidence?: number;
  /** Findings below `minConfidence` (not in `counts`, the penalty or the gate; still listed in `findings`). */
  belowConfidence?: number;
  /**
   * Target words in passages with no source (the `unsupported-sentence` findings, a baseline's accepted
   * ones left out) and their share of `words`, 0..1, which `gate.maxUnsupportedShare` limits.
   */
  unsupported?: { words: number; share: number };
  /** When a baseline was applied: how many decisions it holds and how many matched no finding (stale). */
  baseline?: { decisions: number; unmatched: number };
  /**
   * Rules that did not run and why (a third-party list missing from the data directory). `audit()` always
   * sets it; empty when every rule ran.
   */
  inactive?: { rule: string; reason: string }[];
}

export interface AuditResult {
  tool: { name: string; version: string };
  generated: string;
  source: AuditDocument;
  target: AuditDocument;
  alignments: Alignment[];
  findings: Finding[];
  summary: Summary;
  /**
   * The configuration file the run used: its path (relative to the working folder when inside it) and the
   * sha256 of its bytes; null when none was used (`--no-config`, none found, or `audit()` called without
   * `options.config`). Optional only for results made before it existed.
   */
  config?: ConfigRef | null;
  /**
   * The language pair of a bilingual audit (an Italian source against its English translation): set by
   * `--source-lang`/`--target-lang`, the configuration's `language`, or language identification of the
   * source (`detected: true`). Absent on a same-language audit (docs/bilingual.md).
   */
  languagePair?: LanguagePair;
}

/** The two languages of a bilingual audit, as primary BCP 47 subtags (`it`, `en`). */
export interface LanguagePair {
  source: string;
  target: string;
  /** True when language identification chose the pair (no flag or configuration named it). */
  detected: boolean;
}

/** Which configuration file a run used, so a report shows what could have changed its verdict. */
export interface ConfigRef {
  path: string;
  sha256: string;
}
