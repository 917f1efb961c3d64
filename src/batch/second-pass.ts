import type { PairJob, PairOutcome } from './job.ts';
import type { RuleSetting } from '../findings/run-rules.ts';
import { BATCH_RULE, swapsToApply, type PairLesson } from './substitution-map.ts';

export interface CarriedSwaps {
  /** Distinct swaps (site, source → target) confirmed in the run. */
  swaps: number;
  /** Pairs that confirmed at least one. */
  teachers: number;
  /** Pairs audited again with the swaps of their site's other pairs. */
  again: number;
}

/**
 * The batch's second pass (docs/batch-spinning.md): from the first pass's lessons, each site's
 * substitution map; each pair whose target uses a word its site's other pairs confirmed as a spun swap
 * is audited again (by `audit`, the batch's own worker machinery) with those swaps, and its outcome
 * (reports, summary) replaces the first one in `outcomes`, in place.
 */
export function carrySwaps(jobs: PairJob[], outcomes: PairOutcome[], audit: (again: PairJob[]) => PairOutcome[], settings?: { rules: Record<string, RuleSetting> }): CarriedSwaps {
  // The rule configured off: no second pass at all.
  const setting = settings?.rules[BATCH_RULE];
  if ((Array.isArray(setting) ? setting[0] : setting) === 'off') return { swaps: 0, teachers: 0, again: 0 };
  const lessons = outcomes.map((o) => o.lesson).filter((l): l is PairLesson => !!l);
  const distinct = new Set(lessons.flatMap((l) => l.swaps.map((s) => `${l.site}\u0000${s.source}\u0000${s.target}`)));
  const stats = { swaps: distinct.size, teachers: lessons.filter((l) => l.swaps.length).length, again: 0 };
  if (!distinct.size) return stats;
  const toApply = swapsToApply(lessons);
  const keptBy = new Map(outcomes.map((o) => [o.index, o.keptBy]));
  const again = jobs.filter((j) => toApply.has(j.name)).map((j) => ({ ...j, learned: toApply.get(j.name)!, keptBy: keptBy.get(j.index) }));
  if (!again.length) return stats;
  const redone = new Map(audit(again).map((o) => [o.index, o]));
  for (const [i, o] of outcomes.entries()) {
    const second = redone.get(o.index);
    if (second) outcomes[i] = { ...second, ms: o.ms + second.ms };
  }
  return { ...stats, again: redone.size };
}
