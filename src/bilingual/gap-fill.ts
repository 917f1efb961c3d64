import type { Alignment, AuditDocument, Segment } from '../types.ts';

/** Character-length ratio two sentences may differ by and still be taken as each other's translation (Gale and Church's length model, loosely). */
const MAX_LENGTH_RATIO = 2.2;

/**
 * Bilingual alignment leaves a short sentence with few shared anchors unlinked ("I pendolari sono
 * invitati…" / "Commuters are advised…"). Where a run of unlinked source sentences and a run of unlinked
 * target sentences sit in the same gap between two linked neighbours (or a document's edge), of the
 * same count (one to three) and of comparable lengths, they are paired in order; runs of different counts
 * pair where a sentence shares at least one key with one on the other side. A gap with unlinked
 * sentences on one side only stays an omission or an addition.
 */
export function fillGaps(
  alignments: Alignment[],
  source: AuditDocument,
  target: AuditDocument,
  keys: (text: string, side: 'source' | 'target') => Iterable<string>,
  options: GapFillOptions = {},
): Alignment[] {
  const minSharedInOrder = options.minSharedInOrder ?? 0;
  const minShareInOrder = options.minShareInOrder ?? 0;
  const sources = source.segments.filter((s) => !s.boilerplate);
  const targets = target.segments.filter((s) => !s.boilerplate);
  const sourceIndex = new Map(sources.map((s, i) => [s.id, i]));
  const targetIndex = new Map(targets.map((s, i) => [s.id, i]));
  const partner = new Map<number, number[]>();
  for (const a of alignments) {
    const ts = a.target.map((id) => targetIndex.get(id)!).filter((i) => i !== undefined);
    for (const id of a.source) if (sourceIndex.has(id)) partner.set(sourceIndex.get(id)!, ts);
  }
  const linkedTargets = new Set(alignments.flatMap((a) => a.target.map((id) => targetIndex.get(id)!)));
  const added: Alignment[] = [];
  let i = 0;
  while (i < sources.length) {
    if (partner.has(i)) {
      i++;
      continue;
    }
    const from = i;
    while (i < sources.length && !partner.has(i)) i++;
    const before = from > 0 ? Math.max(...partner.get(from - 1)!) : -1;
    const after = i < sources.length ? Math.min(...partner.get(i)!) : targets.length;
    if (after <= before) continue;
    const gapTargets: number[] = [];
    for (let t = before + 1; t < after; t++) if (!linkedTargets.has(t)) gapTargets.push(t);
    const gapSources = Array.from({ length: i - from }, (_, k) => from + k);
    if (!gapTargets.length || gapSources.length > 3 || gapTargets.length > 3) continue;
    if (gapSources.length === gapTargets.length) {
      gapSources.forEach((si, k) => {
        const s = sources[si]!;
        const t = targets[gapTargets[k]!]!;
        if (comparable(s, t) && keptEnough(s, t, keys, minSharedInOrder, minShareInOrder)) added.push({ source: [s.id], target: [t.id], score: 0 });
      });
      continue;
    }
    // Unequal runs (an omission or an addition beside a weakly anchored pair): pair on at least one
    // shared key, strongest first, each sentence once.
    const candidates = gapSources.flatMap((si) =>
      gapTargets.map((ti) => {
        const sk = new Set(keys(sources[si]!.text, 'source'));
        const shared = [...new Set(keys(targets[ti]!.text, 'target'))].filter((k) => sk.has(k)).length;
        return { si, ti, shared };
      }),
    );
    candidates.sort((a, b) => b.shared - a.shared);
    const usedS = new Set<number>();
    const usedT = new Set<number>();
    for (const { si, ti, shared } of candidates) {
      if (shared < 1 || usedS.has(si) || usedT.has(ti) || !comparable(sources[si]!, targets[ti]!)) continue;
      usedS.add(si);
      usedT.add(ti);
      added.push({ source: [sources[si]!.id], target: [targets[ti]!.id], score: 0 });
    }
  }
  if (!added.length) return alignments;
  const order = new Map(target.segments.map((s, k) => [s.id, k]));
  return [...alignments, ...added].sort((a, b) => order.get(a.target[0]!)! - order.get(b.target[0]!)!);
}

export interface GapFillOptions {
  /**
   * Keys two sentences of equal-count runs must share to be paired in order. A translation shares few
   * keys with its source (0); a spun or reworded copy in the same language keeps at least a name or a
   * word ("POLITICO has the necessities." / "POLITICO has the essentials."), and a sentence that shares
   * none is an addition beside an omission, not a rewording.
   */
  minSharedInOrder?: number;
  /**
   * And the share of the shorter sentence's keys they must share: a spun sentence keeps a quarter of its
   * content words or more (real spinners change a sixth to half of all words). "On the Spanish aspect,
   * the navy is ready to sail." shares one key in five with "Some officials on the Spanish side have
   * doubts about the mission." and is another sentence.
   */
  minShareInOrder?: number;
}

function keptEnough(s: Segment, t: Segment, keys: (text: string, side: 'source' | 'target') => Iterable<string>, minShared: number, minShare: number): boolean {
  if (minShared <= 0 && minShare <= 0) return true;
  const sk = new Set(keys(s.text, 'source'));
  const tk = new Set(keys(t.text, 'target'));
  let n = 0;
  for (const k of tk) if (sk.has(k)) n++;
  return n >= minShared && n >= minShare * Math.min(sk.size, tk.size);
}

function comparable(s: Segment, t: Segment): boolean {
  if (s.kind !== t.kind) return false;
  const ratio = Math.max(s.text.length, t.text.length) / Math.max(1, Math.min(s.text.length, t.text.length));
  return ratio <= MAX_LENGTH_RATIO;
}
