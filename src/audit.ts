import { alignDocuments, type AlignOptions } from './align/align.ts';
import { alignMonolingual } from './align/align-monolingual.ts';
import { examinedSegments } from './align/unsupported.ts';
import { fillGaps } from './bilingual/gap-fill.ts';
import { bilingualKeys } from './bilingual/keys.ts';
import { segmentEnglishTranslation, segmentItalian } from './bilingual/italian-segment.ts';
import { languagePairOf } from './bilingual/language-pair.ts';
import { rulesFor } from './bilingual/rule-set.ts';
import { bilingualRules } from './rules/bilingual/index.ts';
import { inactiveRules, resolveDataDir } from './data/data-dir.ts';
import { wordDiff } from './diff/word-diff.ts';
import { finishFindings, ruleFindings, segmentLocator, type RuleSetting } from './findings/run-rules.ts';
import { builtinRules } from './rules/index.ts';
import type { Rule } from './rules/rule.ts';
import { summarise, type GateOptions } from './score/score.ts';
import { countWords, segmentDocument } from './segment/segment.ts';
import { TOOL } from './version.ts';
import type { Alignment, AuditResult, ConfigRef, DocumentInput, Finding, Segment } from './types.ts';

export interface AuditOptions {
  /** Per-rule settings: `off`, a severity, or `[severity, options]`. */
  rules?: Record<string, RuleSetting>;
  /** Plugin rules, run after the built-in ones. */
  plugins?: Rule[];
  /** The language pair as BCP 47 tags (`{"source": "it", "target": "en"}`), for rules that identify languages. */
  language?: { source?: string; target?: string };
  gate?: GateOptions;
  align?: AlignOptions;
  /**
   * The data directory of third-party lists (tortured phrases, false friends). `FAITHFUL_DATA` stands over
   * it; default `../shared/data` beside the package. A rule whose list is missing does not run and is
   * listed in `summary.inactive`.
   */
  data?: string;
  /** The configuration file these options came from, named in every report (`result.config`); default null: none. */
  configFile?: ConfigRef | null;
  /** Timestamp to stamp on the result; defaults to now. Fixed in tests for determinism. */
  now?: Date;
  /**
   * When given, milliseconds spent per stage (segment, align, diff, rules, score) are added to it, and
   * per rule under `rule:<id>` (the benchmark's per-rule table).
   */
  timings?: Record<string, number>;
}

/**
 * The whole audit as one pure function of a pair: segment once, align, diff each aligned pair,
 * run the rules, score. The CLI and every report are views of the result.
 */
export function audit(sourceInput: DocumentInput, targetInput: DocumentInput, options: AuditOptions = {}): AuditResult {
  return auditKept(sourceInput, targetInput, options).result;
}

/** An audit kept with its context, so that some of its rules can run again with other settings. */
export interface KeptAudit {
  result: AuditResult;
  /**
   * The audit of the same pair with `changed` rule settings (merged over `options.rules`): only the
   * rules named in `changed` run again, the others' findings are reused; de-duplication, order, ids and
   * the summary are computed afresh. The result is the one `audit` gives with the merged settings (the
   * batch's second pass, src/batch/job.ts).
   */
  again(changed: Record<string, RuleSetting>): AuditResult;
}

/** `audit`, keeping what `KeptAudit.again` needs. */
export function auditKept(sourceInput: DocumentInput, targetInput: DocumentInput, options: AuditOptions = {}): KeptAudit {
  const lap = stopwatch(options.timings);
  // An Italian source against its English translation is a bilingual audit (docs/bilingual.md).
  const pair = languagePairOf(options.language, sourceInput.text, targetInput.text);
  const source = pair ? segmentItalian(sourceInput, 's') : segmentDocument(sourceInput, 's');
  const target = pair ? segmentEnglishTranslation(targetInput, 't') : segmentDocument(targetInput, 't');
  lap('segment');
  const aligned = pair
    ? fillGaps(alignDocuments(source, target, { ...options.align, keys: bilingualKeys }), source, target, bilingualKeys)
    : alignMonolingual(source, target, options.align);
  lap('align');
  const alignments: Alignment[] = aligned.map((a) => ({
    ...a,
    diff: wordDiff(source, a.source, target, a.target),
  }));
  lap('diff');
  const segmentById = new Map<string, Segment>([...source.segments, ...target.segments].map((s) => [s.id, s]));
  const alignmentOfTarget = new Map<string, Alignment>();
  const alignmentOfSource = new Map<string, Alignment>();
  for (const a of alignments) {
    for (const id of a.target) alignmentOfTarget.set(id, a);
    for (const id of a.source) alignmentOfSource.set(id, a);
  }
  const dataDir = resolveDataDir(options.data);
  const levelOf = (id: string) => [options.rules?.[id]].flat()[0];
  const rules = rulesFor(pair !== null, builtinRules, bilingualRules);
  const wanted = rules.filter((r) => levelOf(r.meta.id) !== 'off').map((r) => r.meta.id);
  const inactive = inactiveRules(dataDir, wanted);
  const ran = [...rules, ...(options.plugins ?? [])].filter((r) => !inactive.some((i) => i.rule === r.meta.id));
  const context = {
    source,
    target,
    alignments,
    // Past its first EXAMINED_UNSUPPORTED_WORDS words, a passage with no source is reported once, not read word by word.
    targetSegments: examinedSegments(target.segments, (id) => alignmentOfTarget.has(id)),
    sourceSegments: source.segments.filter((s) => !s.boilerplate),
    alignmentOfTarget,
    alignmentOfSource,
    segmentById,
    language: pair ? { source: pair.source, target: pair.target } : (options.language ?? {}),
    dataDir,
  };
  const segmentAt = segmentLocator(target.segments);
  const byRule = ran.map((rule) => ruleFindings(rule, context, options.rules, options.timings, segmentAt));
  const findings = finishFindings(byRule, context);
  lap('rules');
  const words = target.segments.filter((s) => !s.boilerplate).reduce((n, s) => n + countWords(s.text), 0);
  const resultOf = (findings: Finding[], now: Date | undefined): AuditResult => ({
    tool: TOOL,
    generated: (now ?? new Date()).toISOString(),
    source,
    target,
    alignments,
    findings,
    summary: { ...summarise(findings, words, options.gate), inactive },
    config: options.configFile ?? null,
    ...(pair ? { languagePair: pair } : {}),
  });
  const result = resultOf(findings, options.now);
  lap('score');
  const again = (changed: Record<string, RuleSetting>): AuditResult => {
    const settings = { ...options.rules, ...changed };
    const nowWanted = rules.filter((r) => [settings[r.meta.id]].flat()[0] !== 'off').map((r) => r.meta.id);
    // A changed setting that switches a rule needing a missing list on or off changes what runs: audit afresh.
    if (JSON.stringify(inactiveRules(dataDir, nowWanted)) !== JSON.stringify(inactive)) return audit(sourceInput, targetInput, { ...options, rules: settings, timings: undefined });
    const redone = ran.map((rule, i) => (Object.hasOwn(changed, rule.meta.id) ? ruleFindings(rule, context, settings, undefined, segmentAt) : byRule[i]!));
    return resultOf(finishFindings(redone, context), options.now);
  };
  return { result, again };
}

/** Adds the milliseconds since the previous lap to `timings[stage]`; does nothing without a collector. */
function stopwatch(timings: Record<string, number> | undefined): (stage: string) => void {
  if (!timings) return () => {};
  let last = performance.now();
  return (stage) => {
    const now = performance.now();
    timings[stage] = (timings[stage] ?? 0) + (now - last);
    last = now;
  };
}
