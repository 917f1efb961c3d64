import { englishKeys, italianKeys } from '../../bilingual/keys.ts';
import { englishFigures, italianFigures, type Figure } from '../../bilingual/numbers.ts';
import type { Alignment, Segment } from '../../types.ts';
import type { RuleContext } from '../rule.ts';

/** A figure with the words around it, as keys both languages share (the slot it fills). */
export interface PlacedFigure extends Figure {
  segment: Segment;
  context: Set<string>;
}

export interface FigureMatch {
  pairs: Array<{ target: PlacedFigure; source: PlacedFigure; shared: number }>;
  unmatchedSource: PlacedFigure[];
  unmatchedTarget: PlacedFigure[];
}

/** Characters either side of a figure read as its slot ("closed at … points"). */
const WINDOW = 36;

function place(figures: Figure[], segment: Segment, keysOf: (text: string) => string[]): PlacedFigure[] {
  return figures.map((f) => {
    const from = Math.max(0, f.start - segment.start - WINDOW);
    const to = Math.min(segment.text.length, f.end - segment.start + WINDOW);
    const around = segment.text.slice(from, f.start - segment.start) + ' ' + segment.text.slice(f.end - segment.start, to);
    return { ...f, segment, context: new Set(keysOf(around).filter((k) => !/^[#@]/u.test(k))) };
  });
}

export function sharedContext(a: PlacedFigure, b: PlacedFigure): number {
  let n = 0;
  for (const k of a.context) if (b.context.has(k)) n++;
  return n;
}

function sameValue(t: Figure, s: Figure): boolean {
  if (t.kind === s.kind) return Math.abs(t.value - s.value) <= 1e-9 * Math.max(1, Math.abs(s.value));
  if (t.kind !== 'number' || s.kind !== 'time') return false;
  // A 24-hour time kept as a bare number ("at 17" for "alle 17").
  if (s.value % 60 === 0) return t.value * 60 === s.value;
  // A time kept in its Italian spelling, which the English reads as a decimal ("at 12.03" for "alle 12.03").
  return /^\d{1,2}[.:]\d{2}$/u.test(t.text) && Math.abs(t.value - (Math.floor(s.value / 60) + (s.value % 60) / 100)) < 1e-9;
}

const cache = new WeakMap<Alignment, FigureMatch>();

/**
 * The figures of an aligned group matched by value, each target figure to the source figure of the same
 * value whose slot (the words around it) it shares most; what stays unmatched differs from the Italian.
 */
export function matchFigures(context: RuleContext, alignment: Alignment): FigureMatch {
  const known = cache.get(alignment);
  if (known) return known;
  const segments = (ids: string[]) => ids.map((id) => context.segmentById.get(id)!);
  const sources = segments(alignment.source).flatMap((s) => place(italianFigures(s.text, s.start), s, (t) => italianKeys(t)));
  const targets = segments(alignment.target).flatMap((s) => place(englishFigures(s.text, s.start), s, (t) => englishKeys(t)));
  const candidates: Array<{ target: PlacedFigure; source: PlacedFigure; shared: number; distance: number }> = [];
  targets.forEach((t, ti) =>
    sources.forEach((s, si) => {
      if (sameValue(t, s)) candidates.push({ target: t, source: s, shared: sharedContext(t, s), distance: Math.abs(ti / Math.max(1, targets.length) - si / Math.max(1, sources.length)) });
    }),
  );
  candidates.sort((a, b) => b.shared - a.shared || a.distance - b.distance);
  const usedT = new Set<PlacedFigure>();
  const usedS = new Set<PlacedFigure>();
  const pairs: FigureMatch['pairs'] = [];
  for (const c of candidates) {
    if (usedT.has(c.target) || usedS.has(c.source)) continue;
    usedT.add(c.target);
    usedS.add(c.source);
    pairs.push({ target: c.target, source: c.source, shared: c.shared });
  }
  const match = { pairs, unmatchedSource: sources.filter((s) => !usedS.has(s)), unmatchedTarget: targets.filter((t) => !usedT.has(t)) };
  cache.set(alignment, match);
  return match;
}

/** The unmatched source figure whose slot a target figure (or placeholder) fills: the one sharing most words, else the only one. */
export function counterpartOf(target: { context: Set<string> }, unmatched: PlacedFigure[]): PlacedFigure | null {
  if (unmatched.length === 1) return unmatched[0]!;
  let best: PlacedFigure | null = null;
  let bestShared = 0;
  let tie = false;
  for (const s of unmatched) {
    let n = 0;
    for (const k of target.context) if (s.context.has(k)) n++;
    if (n > bestShared) [best, bestShared, tie] = [s, n, false];
    else if (n === bestShared && n > 0) tie = true;
  }
  return tie ? null : best;
}

/** Keys of the words around a span of a target segment, as `place` computes them. */
export function targetSlot(segment: Segment, start: number, end: number): Set<string> {
  const from = Math.max(0, start - segment.start - WINDOW);
  const to = Math.min(segment.text.length, end - segment.start + WINDOW);
  const around = segment.text.slice(from, start - segment.start) + ' ' + segment.text.slice(end - segment.start, to);
  return new Set(englishKeys(around).filter((k) => !/^[#@]/u.test(k)));
}
