import type { RuleSetting } from '../findings/run-rules.ts';
import { DEFAULT_GATE } from '../score/score.ts';
import type { AuditResult } from '../types.ts';

/**
 * A swap one pair of a batch confirmed: the source word and the target word of a `spun-synonym`
 * finding at or above the gate's confidence threshold, with the pairs (article names) that showed it.
 */
export interface LearnedSwap {
  source: string;
  target: string;
  /** Names of the pairs whose aligned sentences confirmed the swap. */
  pairs: string[];
}

/** The rule whose findings teach the map, and the rule that applies it to the other articles. */
export const TEACHER_RULE = 'spun-synonym';
export const BATCH_RULE = 'batch-spinning';

/** Single words only: a spinner's map is word for word, and phrase swaps rarely repeat verbatim. */
const WORD = /^\p{L}[\p{L}'’-]*$/u;

/**
 * The swaps a pair's audit confirmed: its `spun-synonym` findings with a source and a target word, not
 * suppressed by a baseline, at or above the gate's confidence threshold. Lower-cased, each pair once.
 */
export function swapsOf(result: AuditResult, name: string, minConfidence = result.summary.minConfidence ?? DEFAULT_GATE.minConfidence): LearnedSwap[] {
  const seen = new Map<string, LearnedSwap>();
  for (const f of result.findings) {
    if (f.rule !== TEACHER_RULE || f.suppressed || !f.source || !f.target || !(f.confidence >= minConfidence)) continue;
    const source = f.source.text.trim().toLowerCase();
    const target = f.target.text.trim().toLowerCase();
    if (!WORD.test(source) || !WORD.test(target) || sameFamily(source, target)) continue;
    seen.set(`${source}\u0000${target}`, { source, target, pairs: [name] });
  }
  return [...seen.values()];
}

/**
 * Two forms of one word family ("treatment" → "treated", "lift" → "lifting"): a change of form, not a
 * thesaurus swap, and too common a word to chase through other articles. Measured on the article
 * fixtures (scripts/batch-map-report.ts): such a pair carried to other articles only flagged correct uses.
 */
function sameFamily(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= Math.min(4, a.length, b.length) && common >= 0.6 * Math.min(a.length, b.length);
}

/** The lower-cased words of a text, each once: what the batch checks before re-auditing a pair. */
export function wordsOf(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [])];
}

/** What the first pass keeps of each pair for the map: its name, site, confirmed swaps and target words. */
export interface PairLesson {
  name: string;
  site: string;
  swaps: LearnedSwap[];
  words: string[];
}

/**
 * Per site, the swaps confirmed by its pairs (merged: one entry per source → target, with every pair
 * that showed it); then, per pair, the swaps confirmed by *other* pairs of its site whose target word (or
 * a form of it sharing its first five letters, for inflections) the pair's target text uses. A pair
 * with nothing to look for is absent: it need not be audited again.
 */
export function swapsToApply(lessons: PairLesson[]): Map<string, LearnedSwap[]> {
  const bySite = new Map<string, Map<string, LearnedSwap>>();
  for (const lesson of lessons) {
    let site = bySite.get(lesson.site);
    if (!site) bySite.set(lesson.site, (site = new Map()));
    for (const swap of lesson.swaps) {
      const key = `${swap.source}\u0000${swap.target}`;
      const known = site.get(key);
      if (known) known.pairs = [...new Set([...known.pairs, ...swap.pairs])];
      else site.set(key, { ...swap, pairs: [...swap.pairs] });
    }
  }
  const out = new Map<string, LearnedSwap[]>();
  for (const lesson of lessons) {
    const words = new Set(lesson.words);
    const prefixes = new Set(lesson.words.map(prefix));
    // The word test first: it drops most of a large site's swaps before their pair lists are copied.
    const apply: LearnedSwap[] = [];
    for (const swap of bySite.get(lesson.site)?.values() ?? []) {
      if (!words.has(swap.target) && !prefixes.has(prefix(swap.target))) continue;
      const pairs = swap.pairs.filter((p) => p !== lesson.name);
      if (pairs.length) apply.push({ ...swap, pairs });
    }
    if (apply.length) out.set(lesson.name, apply);
  }
  return out;
}

function prefix(word: string): string {
  return word.length > 5 ? word.slice(0, 5) : word;
}

/**
 * The audit options of a pair's second pass: the rule settings with `batch-spinning` given the swaps to
 * look for (at its configured level, `major` unless configured; a configured `off` stays off).
 */
export function withLearnedSwaps<T extends { rules?: Record<string, RuleSetting> }>(options: T, job: { learned?: LearnedSwap[]; site?: string }): T {
  if (!job.learned?.length) return options;
  const setting = options.rules?.[BATCH_RULE];
  const level = (Array.isArray(setting) ? setting[0] : setting) ?? 'major';
  const configured = Array.isArray(setting) ? setting[1] : {};
  return { ...options, rules: { ...options.rules, [BATCH_RULE]: [level, { ...configured, swaps: job.learned, site: job.site ?? '' }] } };
}

/** What the first pass keeps of a pair for the map. */
export function lessonOf(result: AuditResult, job: { name: string; site?: string }, targetText: string): PairLesson {
  return { name: job.name, site: job.site ?? '', swaps: swapsOf(result, job.name), words: wordsOf(targetText) };
}
