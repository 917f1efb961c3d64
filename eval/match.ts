import type { AuditResult, Finding, Segment, Span } from '../src/types.ts';
import { categoryFamily, type Gold, type GoldItem } from './gold.ts';

/**
 * Matching of findings to gold items (docs/gold.md): a finding matches an item when their spans
 * overlap (target spans when both have one, else source spans) and their categories are in the
 * same family. Recall counts gold items matched at least once; precision counts findings that
 * match at least one item.
 */
export interface Counts {
  /** Gold items, and how many of them some finding matched. */
  gold: number;
  goldMatched: number;
  /** Findings, and how many of them matched some gold item. */
  findings: number;
  findingsMatched: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface MatchResult {
  overall: Scores;
  /** By MQM category: gold items by their category, findings by theirs. */
  byCategory: Record<string, Scores>;
  /** Recall over gold items of severity major or critical. */
  severe: Scores;
  /** Recall by gold kind (spun-synonym, omission…). */
  byKind: Record<string, Scores>;
  missed: GoldItem[];
  falsePositives: Finding[];
}

export function overlaps(a: Pick<Span, 'start' | 'end'>, b: Pick<Span, 'start' | 'end'>): boolean {
  return a.start < b.end && b.start < a.end;
}

export function findingMatchesItem(finding: Finding, item: GoldItem): boolean {
  if (categoryFamily(finding.category) !== categoryFamily(item.category)) return false;
  if (finding.target && item.target) return overlaps(finding.target, item.target);
  if (finding.source && item.source) return overlaps(finding.source, item.source);
  return false;
}

export function scores(counts: Counts): Scores {
  // No gold and no findings is a perfect score; one without the other scores 0 on the empty side.
  const precision = counts.findings ? counts.findingsMatched / counts.findings : counts.gold ? 0 : 1;
  const recall = counts.gold ? counts.goldMatched / counts.gold : counts.findings ? 0 : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...counts, precision, recall, f1 };
}

export function matchFindings(findings: Finding[], gold: Gold): MatchResult {
  const items = gold.items;
  const itemMatched = items.map(() => false);
  const findingMatched = findings.map(() => false);
  // Items sorted by start on each side, so that each finding only scans the items near it.
  const index = (side: 'target' | 'source') => {
    const sorted = items.map((item, i) => ({ item, i, span: item[side] })).filter((x): x is { item: GoldItem; i: number; span: Span } => x.span !== null);
    sorted.sort((a, b) => a.span.start - b.span.start);
    const maxLength = sorted.reduce((m, x) => Math.max(m, x.span.end - x.span.start), 0);
    return { sorted, maxLength };
  };
  const sides = { target: index('target'), source: index('source') };
  const near = (side: 'target' | 'source', span: Span) => {
    const { sorted, maxLength } = sides[side];
    const found: { item: GoldItem; i: number }[] = [];
    for (let k = lowerBound(sorted, span.start - maxLength); k < sorted.length && sorted[k]!.span.start < span.end; k++) found.push(sorted[k]!);
    return found;
  };
  findings.forEach((finding, f) => {
    const candidates = finding.target ? near('target', finding.target) : [];
    // Source spans decide only when one side has no target span (an omission).
    if (finding.source) candidates.push(...near('source', finding.source).filter(({ item }) => !finding.target || !item.target));
    for (const { item, i } of candidates) {
      if (findingMatchesItem(finding, item)) {
        itemMatched[i] = true;
        findingMatched[f] = true;
      }
    }
  });

  const tally = () => ({ gold: 0, goldMatched: 0, findings: 0, findingsMatched: 0 });
  const overall = tally();
  const severe = tally();
  const byCategory: Record<string, Counts> = {};
  const byKind: Record<string, Counts> = {};
  items.forEach((item, i) => {
    const hit = itemMatched[i] ? 1 : 0;
    for (const c of [overall, (byCategory[item.category] ??= tally()), (byKind[item.kind] ??= tally())]) {
      c.gold++;
      c.goldMatched += hit;
    }
    if (item.severity !== 'minor') {
      severe.gold++;
      severe.goldMatched += hit;
    }
  });
  findings.forEach((finding, f) => {
    const hit = findingMatched[f] ? 1 : 0;
    for (const c of [overall, (byCategory[finding.category] ??= tally())]) {
      c.findings++;
      c.findingsMatched += hit;
    }
  });
  const scored = (record: Record<string, Counts>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, scores(v)]));
  return {
    overall: scores(overall),
    byCategory: scored(byCategory),
    severe: scores({ ...severe, findings: 0, findingsMatched: 0 }),
    byKind: scored(byKind),
    missed: items.filter((_, i) => !itemMatched[i]),
    falsePositives: findings.filter((_, f) => !findingMatched[f]),
  };
}

function lowerBound(sorted: { span: Span }[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.span.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many gold alignments the audit recovered: the audit's target segments overlapping the gold
 * target sentences must be linked to exactly the source segments overlapping the gold source
 * sentences (none, for an unsupported sentence or an omission).
 */
export interface AlignmentMiss {
  /** Audit segment ids covering the gold target sentences (empty for an omitted source sentence). */
  target: string[];
  /** Audit source segment ids the gold expects, and those the audit linked. */
  expected: string[];
  linked: string[];
}

export function alignmentAccuracy(result: AuditResult, gold: Gold): { correct: number; total: number; misses: AlignmentMiss[] } {
  const linkedSources = new Map<string, Set<string>>();
  const linkedTargets = new Map<string, Set<string>>();
  for (const a of result.alignments) {
    for (const t of a.target) for (const s of a.source) (linkedSources.get(t) ?? linkedSources.set(t, new Set()).get(t)!).add(s);
    for (const s of a.source) for (const t of a.target) (linkedTargets.get(s) ?? linkedTargets.set(s, new Set()).get(s)!).add(t);
  }
  const covering = (segments: Segment[], spans: Span[]) =>
    new Set(segments.filter((seg) => !seg.boilerplate && spans.some((sp) => overlaps(seg, sp))).map((seg) => seg.id));
  let correct = 0;
  const misses: AlignmentMiss[] = [];
  for (const a of gold.alignment) {
    const targets = covering(result.target.segments, a.target);
    const sources = covering(result.source.segments, a.source);
    let linked: Set<string>;
    let ok: boolean;
    if (targets.size) {
      linked = new Set([...targets].flatMap((t) => [...(linkedSources.get(t) ?? [])]));
      ok = linked.size === sources.size && [...sources].every((s) => linked.has(s));
    } else {
      linked = new Set([...sources].flatMap((s) => [...(linkedTargets.get(s) ?? [])]));
      ok = linked.size === 0;
    }
    if (ok) correct++;
    else misses.push({ target: [...targets], expected: [...sources], linked: [...linked] });
  }
  return { correct, total: gold.alignment.length, misses };
}
