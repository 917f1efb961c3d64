import type { Rule, RuleContext } from '../rules/rule.ts';
import type { Finding, Segment, Severity } from '../types.ts';
import { dropInherited } from './inherited.ts';

/** `off`, a severity, or `[severity, options]`, as in ESLint and unified-lint-rule. */
export type RuleSetting = 'off' | Severity | ['off' | Severity, Record<string, unknown>];

/**
 * Runs each enabled rule and stamps what the rule does not decide: id, rule id, category and the
 * configured severity. A configured severity overrides the rule's own; otherwise the rule's report
 * may raise or lower its default.
 */
export function runRules(
  rules: Rule[],
  context: Omit<RuleContext, 'options'>,
  settings: Record<string, RuleSetting> = {},
  timings?: Record<string, number>,
): Finding[] {
  const segmentAt = segmentLocator(context.target.segments);
  return finishFindings(rules.map((rule) => ruleFindings(rule, context, settings, timings, segmentAt)), context);
}

/** A rule's stamped findings, not yet de-duplicated (runRules' first stage): none when it is off. */
export function ruleFindings(
  rule: Rule,
  context: Omit<RuleContext, 'options'>,
  settings: Record<string, RuleSetting> = {},
  timings?: Record<string, number>,
  segmentAt: (offset: number) => string | undefined = segmentLocator(context.target.segments),
): Omit<Finding, 'id'>[] {
  const findings: Omit<Finding, 'id'>[] = [];
  const setting = settings[rule.meta.id];
  const [level, options] = Array.isArray(setting) ? setting : [setting, {}];
  if (level === 'off') return findings;
  const started = timings ? performance.now() : 0;
  const reports = [...rule.check({ ...context, options })];
  if (timings) timings[`rule:${rule.meta.id}`] = (timings[`rule:${rule.meta.id}`] ?? 0) + performance.now() - started;
  for (const report of reports) {
    findings.push({
      rule: rule.meta.id,
      category: report.category ?? rule.meta.category,
      // A severity the rule chose from its configured options (`graded`) stands over the setting's level.
      severity: (report.graded ? report.severity : undefined) ?? level ?? report.severity ?? rule.meta.defaultSeverity,
      message: report.message,
      target: report.target,
      source: report.source ?? null,
      suggestion: report.suggestion ?? null,
      confidence: clampConfidence(report.confidence ?? rule.meta.defaultConfidence ?? 1),
      basis: report.basis ?? rule.meta.basis,
      ...(report.details?.length ? { details: report.details } : {}),
      segment: report.target ? segmentAt(report.target.start) : undefined,
    });
  }
  return findings;
}

/**
 * runRules' second stage: every rule's stamped findings (in rule order) less the inherited ones,
 * de-duplicated, in report order, numbered.
 */
export function finishFindings(byRule: Omit<Finding, 'id'>[][], context: Omit<RuleContext, 'options'>): Finding[] {
  return order(dedupe(dropInherited(byRule.flat(), context))).map((finding, i) => ({ id: `f${i + 1}`, ...finding }));
}

/**
 * The id of the segment holding an offset, by binary search over the segments (in text order, not
 * overlapping): a scan per finding made long documents quadratic.
 */
export function segmentLocator(segments: Segment[]): (offset: number) => string | undefined {
  return (offset) => {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const segment = segments[lo];
    return segment && offset >= segment.start && offset < segment.end ? segment.id : undefined;
  };
}

/** A confidence as a number in 0..1, rounded to 3 places (a NaN from a plugin counts as 0). */
function clampConfidence(value: number): number {
  return Number.isFinite(value) ? Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000 : 0;
}

/**
 * Two rules flagging the same span for the same category say one thing: keep the more severe (at equal
 * severity, the more confident).
 */
function dedupe(findings: Omit<Finding, 'id'>[]): Omit<Finding, 'id'>[] {
  const rank: Record<Severity, number> = { minor: 1, major: 2, critical: 3 };
  const byKey = new Map<string, Omit<Finding, 'id'>>();
  for (const finding of findings) {
    const where = finding.target ?? finding.source!;
    const key = `${finding.target ? 't' : 's'}:${where.start}:${where.end}:${finding.category}`;
    const kept = byKey.get(key);
    const better = kept && (rank[finding.severity] - rank[kept.severity] || finding.confidence - kept.confidence) > 0;
    if (!kept || better) byKey.set(key, finding);
  }
  return [...byKey.values()];
}

/** Target order; omissions (source-only findings) after, in source order. */
function order(findings: Omit<Finding, 'id'>[]): Omit<Finding, 'id'>[] {
  return findings.sort((a, b) => {
    if (a.target && b.target) return a.target.start - b.target.start || a.target.end - b.target.end || a.rule.localeCompare(b.rule);
    if (a.target) return -1;
    if (b.target) return 1;
    return a.source!.start - b.source!.start || a.rule.localeCompare(b.rule);
  });
}
