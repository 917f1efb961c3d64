import { alignDocuments, type AlignOptions } from './align/align.ts';
import { wordDiff } from './diff/word-diff.ts';
import { runRules, type RuleSetting } from './findings/run-rules.ts';
import { builtinRules } from './rules/index.ts';
import type { Rule } from './rules/rule.ts';
import { summarise, type GateOptions } from './score/score.ts';
import { countWords, segmentDocument } from './segment/segment.ts';
import { TOOL } from './version.ts';
import type { Alignment, AuditResult, DocumentInput, Segment } from './types.ts';

export interface AuditOptions {
  /** Per-rule settings: `off`, a severity, or `[severity, options]`. */
  rules?: Record<string, RuleSetting>;
  /** Plugin rules, run after the built-in ones. */
  plugins?: Rule[];
  gate?: GateOptions;
  align?: AlignOptions;
  /** Timestamp to stamp on the result; defaults to now. Fixed in tests for determinism. */
  now?: Date;
}

/**
 * The whole audit as one pure function of a pair: segment once, align, diff each aligned pair,
 * run the rules, score. The CLI and every report are views of the result.
 */
export function audit(sourceInput: DocumentInput, targetInput: DocumentInput, options: AuditOptions = {}): AuditResult {
  const source = segmentDocument(sourceInput, 's');
  const target = segmentDocument(targetInput, 't');
  const alignments: Alignment[] = alignDocuments(source, target, options.align).map((a) => ({
    ...a,
    diff: wordDiff(source, a.source, target, a.target),
  }));
  const segmentById = new Map<string, Segment>([...source.segments, ...target.segments].map((s) => [s.id, s]));
  const alignmentOfTarget = new Map<string, Alignment>();
  const alignmentOfSource = new Map<string, Alignment>();
  for (const a of alignments) {
    for (const id of a.target) alignmentOfTarget.set(id, a);
    for (const id of a.source) alignmentOfSource.set(id, a);
  }
  const findings = runRules(
    [...builtinRules, ...(options.plugins ?? [])],
    {
      source,
      target,
      alignments,
      targetSegments: target.segments.filter((s) => !s.boilerplate),
      sourceSegments: source.segments.filter((s) => !s.boilerplate),
      alignmentOfTarget,
      alignmentOfSource,
      segmentById,
    },
    options.rules,
  );
  const words = target.segments.filter((s) => !s.boilerplate).reduce((n, s) => n + countWords(s.text), 0);
  return {
    tool: TOOL,
    generated: (options.now ?? new Date()).toISOString(),
    source,
    target,
    alignments,
    findings,
    summary: summarise(findings, words, options.gate),
  };
}
