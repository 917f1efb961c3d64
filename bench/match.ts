/** A finding or a gold edit, reduced to what matching needs. */
export interface Located {
  category: string;
  target: { start: number; end: number } | null;
  source: { start: number; end: number } | null;
}

export interface Quality {
  findings: number;
  gold: number;
  precision: number;
  recall: number;
  /** Recall per gold category, and precision per finding category. */
  byCategory: Record<string, { gold: number; recalled: number; findings: number; correct: number }>;
}

const overlaps = (a: Located['target'], b: Located['target']) => Boolean(a && b && a.start < b.end && b.start < a.end);

/**
 * Precision and recall of findings against gold edits: a finding counts when a gold edit of the same
 * MQM category overlaps it on the target side or on the source side; a gold edit is recalled when
 * some finding does. Spans are indexed by start per category, so large pairs cost n log n.
 */
export function matchQuality(findings: Located[], gold: Located[]): Quality {
  const index = new Map<string, { target: Located[]; source: Located[] }>();
  for (const g of gold) {
    let byCategory = index.get(g.category);
    if (!byCategory) index.set(g.category, (byCategory = { target: [], source: [] }));
    if (g.target) byCategory.target.push(g);
    if (g.source) byCategory.source.push(g);
  }
  for (const lists of index.values()) {
    lists.target.sort((a, b) => a.target!.start - b.target!.start);
    lists.source.sort((a, b) => a.source!.start - b.source!.start);
  }
  const recalled = new Set<Located>();
  const byCategory: Quality['byCategory'] = {};
  const tally = (category: string) => (byCategory[category] ??= { gold: 0, recalled: 0, findings: 0, correct: 0 });
  let correct = 0;
  for (const f of findings) {
    tally(f.category).findings++;
    const lists = index.get(f.category);
    if (!lists) continue;
    const hits = [...overlapping(lists.target, 'target', f.target), ...overlapping(lists.source, 'source', f.source)];
    if (hits.length) {
      correct++;
      tally(f.category).correct++;
    }
    for (const g of hits) recalled.add(g);
  }
  for (const g of gold) {
    tally(g.category).gold++;
    if (recalled.has(g)) tally(g.category).recalled++;
  }
  return {
    byCategory,
    findings: findings.length,
    gold: gold.length,
    precision: findings.length ? correct / findings.length : 1,
    recall: gold.length ? recalled.size / gold.length : 1,
  };
}

/** Gold spans (sorted by start) overlapping a span; gold edits are short, so scan back a little. */
function overlapping(sorted: Located[], side: 'target' | 'source', span: Located['target']): Located[] {
  if (!span) return [];
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]![side]!.start < span.end) lo = mid + 1;
    else hi = mid;
  }
  const hits: Located[] = [];
  for (let i = lo - 1; i >= 0 && lo - i <= 64; i--) if (overlaps(sorted[i]![side], span)) hits.push(sorted[i]!);
  return hits;
}

/** Pools the counts of several pairs (a batch) into one precision and recall. */
export function combine(qualities: Quality[]): Quality {
  const byCategory: Quality['byCategory'] = {};
  let findings = 0;
  let gold = 0;
  let correct = 0;
  let recalled = 0;
  for (const q of qualities) {
    findings += q.findings;
    gold += q.gold;
    correct += q.precision * q.findings;
    recalled += q.recall * q.gold;
    for (const [category, c] of Object.entries(q.byCategory)) {
      const into = (byCategory[category] ??= { gold: 0, recalled: 0, findings: 0, correct: 0 });
      into.gold += c.gold;
      into.recalled += c.recalled;
      into.findings += c.findings;
      into.correct += c.correct;
    }
  }
  return {
    findings,
    gold,
    precision: findings ? Math.round(correct) / findings : 1,
    recall: gold ? Math.round(recalled) / gold : 1,
    byCategory,
  };
}

/** Counts as the team's matcher (`eval/match.ts`, `matchFindings`) reports them, in this file's shape. */
export interface TeamScores {
  gold: number;
  goldMatched: number;
  findings: number;
  findingsMatched: number;
}

export function fromTeamMatch(result: { overall: TeamScores; byCategory: Record<string, TeamScores> }): Quality {
  const { overall } = result;
  return {
    findings: overall.findings,
    gold: overall.gold,
    precision: overall.findings ? overall.findingsMatched / overall.findings : 1,
    recall: overall.gold ? overall.goldMatched / overall.gold : 1,
    byCategory: Object.fromEntries(
      Object.entries(result.byCategory).map(([category, c]) => [category, { gold: c.gold, recalled: c.goldMatched, findings: c.findings, correct: c.findingsMatched }]),
    ),
  };
}
