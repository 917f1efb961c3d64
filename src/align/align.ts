import { frameOf, keySegment, KeyWeights, overlap, overlapOf, sameFrame, setWeight, sumWeights, type Frame, type KeyedSegment, type Overlap } from './similarity.ts';
import { markMoved } from './moved.ts';
import type { Alignment, AuditDocument, Segment } from '../types.ts';

export interface AlignOptions {
  /** Smallest weighted Dice for a target sentence's best source to count as its counterpart. */
  minDice?: number;
  /** Smallest share of a source sentence's content a target must cover to absorb it (1-n, n-1). */
  minCoverage?: number;
  /** Candidate sources scored per target sentence, taken from the shared-word index. */
  candidates?: number;
  /**
   * Content keys of a sentence (default: stems of content words and numbers, `contentKeys`). A bilingual
   * audit passes keys that both languages share: figures by value, dictionary concepts, cognates.
   */
  keys?: (text: string, side: 'source' | 'target') => Iterable<string>;
}

const DEFAULTS: Required<Omit<AlignOptions, 'keys'>> = { minDice: 0.2, minCoverage: 0.4, candidates: 12 };
/**
 * A one-sided link this strong joins a group even away from its members (a repeated sentence). Lower,
 * and in long texts a near-duplicate ("Iraqi dinar: the basic unit of money in Iraq" beside the
 * Kuwaiti one) hides an omission inside its neighbour's alignment.
 */
const STRONG = 0.8;

/**
 * Aligns target sentences to source sentences without assuming order.
 *
 * Candidates come from an inverted index of content keys, so the cost grows with the number
 * of shared rare words, not with |source| × |target|. Each target links to its best source and
 * each source to the target that covers it best; linked groups become 1-1, 1-n or n-1 alignments.
 */
export function alignDocuments(source: AuditDocument, target: AuditDocument, options: AlignOptions = {}): Alignment[] {
  const settings = { ...DEFAULTS, ...options };
  const keyed = (side: 'source' | 'target') => (segment: Segment, index: number) =>
    options.keys ? { segment, index, keys: new Set(options.keys(segment.text, side)), weight: 0 } : keySegment(segment, index);
  const sources = source.segments.filter((s) => !s.boilerplate).map(keyed('source'));
  const targets = target.segments.filter((s) => !s.boilerplate).map(keyed('target'));
  const weights = new KeyWeights();
  for (const keyed of [...sources, ...targets]) weights.add(keyed.keys);
  for (const keyed of [...sources, ...targets]) setWeight(keyed, weights);

  // Keys as numbers from here on: each segment's keys as ids in their set's order, each key's weight
  // read once. Comparing a target with its candidates by string sets was most of the aligner's time.
  const keyIds = new Map<string, number>();
  const weightOf: number[] = [];
  const frequencyOf: number[] = [];
  const idsOf = (s: KeyedSegment) => {
    const ids = new Int32Array(s.keys.size);
    let i = 0;
    for (const key of s.keys) {
      let id = keyIds.get(key);
      if (id === undefined) {
        keyIds.set(key, (id = weightOf.length));
        weightOf.push(weights.weight(key));
        frequencyOf.push(weights.frequency(key));
      }
      ids[i++] = id;
    }
    return ids;
  };
  const sourceIds = sources.map(idsOf);
  const targetIds = targets.map(idsOf);
  const index = buildIndex(sourceIds, weightOf.length, frequencyOf, sources.length);
  // The target being read marks its keys with its number + 1; a source read against a smaller target
  // marks its own with a fresh stamp.
  const targetMark = new Int32Array(weightOf.length);
  const sourceMark = new Int32Array(weightOf.length);
  let stamp = 0;
  /** `overlap` of a source and the target being read, the same sums in the same order. */
  const overlapWith = (si: number, ti: number): Overlap => {
    const s = sources[si]!;
    const t = targets[ti]!;
    let shared = 0;
    if (s.keys.size <= t.keys.size) {
      for (const id of sourceIds[si]!) if (targetMark[id] === ti + 1) shared += weightOf[id]!;
    } else {
      stamp++;
      for (const id of sourceIds[si]!) sourceMark[id] = stamp;
      for (const id of targetIds[ti]!) if (sourceMark[id] === stamp) shared += weightOf[id]!;
    }
    return overlapOf(shared, s.weight, t.weight);
  };
  const sharedWith = (si: number, ti: number) => {
    let count = 0;
    for (const id of sourceIds[si]!) if (targetMark[id] === ti + 1) count++;
    return count;
  };
  const links = new UnionFind(sources.length + targets.length);
  const scored: Array<{ si: number; ti: number; o: Overlap }> = [];
  const bestForSource = new Map<number, { ti: number; coverage: number }>();
  const bestForTarget = new Map<number, { si: number; dice: number }>();
  const frames = new Map<KeyedSegment, Frame>();
  const frame = (s: KeyedSegment) => {
    let found = frames.get(s);
    if (!found) frames.set(s, (found = frameOf(s.segment.text)));
    return found;
  };
  const tally = newTally(sources.length);
  targets.forEach((t, ti) => {
    for (const id of targetIds[ti]!) targetMark[id] = ti + 1;
    for (const si of candidatesFor(targetIds[ti]!, index, weightOf, settings.candidates, tally)) {
      // Headings pair with headings: a headline restates the lede and would pull it into a 1-n group.
      if ((sources[si]!.segment.kind === 'heading') !== (t.segment.kind === 'heading')) continue;
      const o = overlapWith(si, ti);
      scored.push({ si, ti, o });
      // One shared word (a heading "What is ISF" against any ISF sentence) is not a counterpart,
      // unless the sentences share their build word for word around it ("…that attracted him" /
      // "…that appealed him"): a heavily spun short sentence keeps its function words.
      if (sharedWith(si, ti) < 2 && !sameFrame(frame(sources[si]!), frame(t))) continue;
      const forTarget = bestForTarget.get(ti);
      if (!forTarget || o.dice > forTarget.dice) bestForTarget.set(ti, { si, dice: o.dice });
      const forSource = bestForSource.get(si);
      if (!forSource || o.sourceCoverage > forSource.coverage) bestForSource.set(si, { ti, coverage: o.sourceCoverage });
    }
  });
  const linkedSource = new Set<number>();
  const linkedTarget = new Set<number>();
  const link = (si: number, ti: number) => {
    links.union(si, sources.length + ti);
    linkedSource.add(si);
    linkedTarget.add(ti);
  };
  // A sentence identical to one of the source (spacing aside) is its counterpart even when it has
  // too few content words for the overlap test ("Rome.", "It is 5."); repeats pair in order.
  const identical = new Map<string, number[]>();
  sources.forEach((s, si) => {
    const key = `${s.segment.kind}:${s.segment.text.replace(/\s+/gu, ' ')}`;
    const list = identical.get(key);
    if (list) list.push(si);
    else identical.set(key, [si]);
  });
  targets.forEach((t, ti) => {
    const si = identical.get(`${t.segment.kind}:${t.segment.text.replace(/\s+/gu, ' ')}`)?.shift();
    if (si !== undefined) link(si, ti);
  });
  // Mutual best links first; then one-sided ones, which may only join a group that is already taken
  // next to a member of it (a split or merged sentence) or on strong evidence. Otherwise, in a long
  // document, an added sentence would join whichever passage shares a few common words with it, and
  // an omitted one would hide inside an unrelated alignment.
  const targetLinks = [...bestForTarget].filter(([, { dice }]) => dice >= settings.minDice);
  const sourceLinks = [...bestForSource].filter(([, { coverage }]) => coverage >= settings.minCoverage);
  for (const [ti, { si }] of targetLinks) if (bestForSource.get(si)?.ti === ti) link(si, ti);
  for (const [si, { ti }] of sourceLinks) if (bestForTarget.get(ti)?.si === si) link(si, ti);
  const grouped = (a: number, b: number) => links.find(a) === links.find(b);
  const nextTo = (offset: number, i: number, linked: Set<number>, node: number) =>
    (linked.has(i - 1) && grouped(offset + i - 1, node)) || (linked.has(i + 1) && grouped(offset + i + 1, node));
  // A source sentence merged into the target sentence of the one two places away, in the same
  // paragraph: a translator folds "She added that…" into the sentence before a quotation.
  const acrossOne = (si: number, ti: number) =>
    [si - 2, si + 2].some((sj) => linkedSource.has(sj) && grouped(sj, sources.length + ti) && sources[sj]!.segment.paragraph === sources[si]!.segment.paragraph);
  for (let changed = true, pass = 0; changed && pass < 4; pass++) {
    changed = false;
    for (const [ti, { si, dice }] of targetLinks) {
      if (linkedTarget.has(ti) && grouped(si, sources.length + ti)) continue;
      if (!linkedSource.has(si) || dice >= STRONG || nextTo(sources.length, ti, linkedTarget, si)) link(si, ti), (changed = true);
    }
    for (const [si, { ti, coverage }] of sourceLinks) {
      if (linkedSource.has(si) && grouped(si, sources.length + ti)) continue;
      if (!linkedTarget.has(ti) || coverage >= STRONG || nextTo(0, si, linkedSource, sources.length + ti) || (!linkedSource.has(si) && acrossOne(si, ti))) link(si, ti), (changed = true);
    }
  }

  // Second pass: a weaker link is kept when a neighbouring source sentence already aligns to the
  // same target, as when a translator merges "She said…" into the previous sentence.
  const alignedTo = (si: number, ti: number) =>
    linkedSource.has(si) && links.find(si) === links.find(sources.length + ti);
  for (const { si, ti, o } of scored) {
    if (linkedSource.has(si) || bestForSource.get(si)?.ti !== ti || o.sourceCoverage < settings.minCoverage / 2) continue;
    if (alignedTo(si - 1, ti) || alignedTo(si + 1, ti)) link(si, ti);
  }

  const groups = new Map<number, { sources: KeyedSegment[]; targets: KeyedSegment[] }>();
  const groupOf = (node: number) => {
    const root = links.find(node);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { sources: [], targets: [] }));
    return group;
  };
  sources.forEach((s, si) => groupOf(si).sources.push(s));
  targets.forEach((t, ti) => groupOf(sources.length + ti).targets.push(t));

  const alignments: Alignment[] = [];
  for (const group of groups.values()) {
    if (!group.sources.length || !group.targets.length) continue;
    const sourceKeys = union(group.sources);
    const targetKeys = union(group.targets);
    const score = overlap(
      { keys: sourceKeys, weight: sumWeights(sourceKeys, weights) },
      { keys: targetKeys, weight: sumWeights(targetKeys, weights) },
      weights,
    ).dice;
    alignments.push({
      source: group.sources.map((s) => s.segment.id),
      target: group.targets.map((t) => t.segment.id),
      score: Math.round(score * 1000) / 1000,
    });
  }
  const position = (doc: AuditDocument) => new Map(doc.segments.map((s, i) => [s.id, i]));
  const targetPosition = position(target);
  alignments.sort((a, b) => targetPosition.get(a.target[0]!)! - targetPosition.get(b.target[0]!)!);
  markMoved(alignments, position(source));
  return alignments;
}

/**
 * Longest posting list kept in the index. Keys in 2% of the sentences carry no signal for candidates;
 * beyond 5,000 sentences the list length stops growing with the document, so the work per target
 * sentence stays constant and alignment stays linear.
 */
const MAX_POSTINGS = 100;

/**
 * Source sentences per content key (by key id; empty where the key is in none, or in too many:
 * keys in a large share of sentences carry no signal for candidates).
 */
function buildIndex(sourceIds: Int32Array[], keys: number, frequencyOf: number[], sourceCount: number): (number[] | undefined)[] {
  const index: (number[] | undefined)[] = new Array(keys).fill(undefined);
  sourceIds.forEach((ids, si) => {
    for (const id of ids) (index[id] ??= []).push(si);
  });
  const cap = Math.min(MAX_POSTINGS, Math.max(50, Math.ceil(sourceCount * 0.02)));
  for (let id = 0; id < keys; id++) if (index[id] && index[id]!.length > cap && frequencyOf[id]! > cap) index[id] = undefined;
  return index;
}

/**
 * Postings read per target sentence, rarest keys first. Rare keys carry most of the weight, so the
 * best candidates are found early; the budget keeps the work per sentence constant as documents grow
 * (without it, common keys make candidate generation grow with |source| × |target|).
 */
const POSTINGS_BUDGET = 1500;

/**
 * Scores of the sources one target sentence reaches, in typed arrays reused from sentence to sentence:
 * a Map per sentence was the aligner's largest allocation (some 200 MB at 20,000 sentences a side).
 */
interface Tally {
  scores: Float64Array;
  /** The sources scored for this sentence, in the order first reached (`count` of them). */
  touched: Int32Array;
  count: number;
}

function newTally(sources: number): Tally {
  return { scores: new Float64Array(sources), touched: new Int32Array(sources), count: 0 };
}

function candidatesFor(targetIds: Int32Array, index: (number[] | undefined)[], weightOf: number[], limit: number, tally: Tally): number[] {
  const lists: Array<{ list: number[]; w: number }> = [];
  for (const id of targetIds) {
    const list = index[id];
    if (list) lists.push({ list, w: weightOf[id]! });
  }
  lists.sort((a, b) => a.list.length - b.list.length);
  const { scores, touched } = tally;
  let count = 0;
  let read = 0;
  for (const { list, w } of lists) {
    if (read > 0 && read + list.length > POSTINGS_BUDGET) break;
    read += list.length;
    for (const si of list) {
      if (scores[si] === 0) touched[count++] = si;
      scores[si] += w;
    }
  }
  const best = topScores(scores, touched, count, limit);
  for (let i = 0; i < count; i++) scores[touched[i]!] = 0;
  return best;
}

/** The `limit` best-scoring sources (ties to the lower index), without sorting them all. */
function topScores(scores: Float64Array, touched: Int32Array, count: number, limit: number): number[] {
  const best: Array<[number, number]> = [];
  const better = (a: [number, number], b: [number, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  for (let k = 0; k < count; k++) {
    const si = touched[k]!;
    const score = scores[si]!;
    const worst = best[limit - 1];
    if (best.length === limit && !(score > worst![1] || (score === worst![1] && si < worst![0]))) continue;
    const entry: [number, number] = [si, score];
    let i = best.length < limit ? best.length : limit - 1;
    while (i > 0 && better(entry, best[i - 1]!)) {
      if (i < limit) best[i] = best[i - 1]!;
      i--;
    }
    best[i] = entry;
  }
  return best.map(([si]) => si);
}

function union(segments: KeyedSegment[]): Set<string> {
  const keys = new Set<string>();
  for (const s of segments) for (const key of s.keys) keys.add(key);
  return keys;
}

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(node: number): number {
    while (this.parent[node] !== node) {
      this.parent[node] = this.parent[this.parent[node]!]!;
      node = this.parent[node]!;
    }
    return node;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
