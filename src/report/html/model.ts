import { isConfident } from '../../score/score.ts';
import type { Alignment, AuditResult, Finding, Segment, Span } from '../../types.ts';

/** Where a finding is marked: the target column, the source column (target-less findings), or the document. */
export type FindingSide = 'target' | 'source' | 'document';

export type RowKind = 'aligned' | 'nosource' | 'omitted' | 'boilerplate';

/**
 * How the report counts a finding, the way the summary does: suppressed by the reviewed baseline
 * (`summary.suppressed`), else a low-confidence suspect (`summary.belowConfidence`), else counted
 * (`summary.counts`). The header, the findings panel and the review progress count the same findings.
 */
export type FindingGroup = 'counted' | 'suspect' | 'suppressed';

/** One row of the aligned view. Rows are in target order; unaligned source text follows its predecessor. */
export interface Row {
  /** `r1`, `r2`…: the element id, used by links from the findings list and the overview strip. */
  id: string;
  kind: RowKind;
  sources: Segment[];
  targets: Segment[];
  /** Index into `result.alignments` for aligned rows. */
  alignment?: number;
  moved: boolean;
}

/** Per-segment lookups built once, so rendering is linear in the size of the documents. */
export interface ReportModel {
  rows: Row[];
  /** Findings marked in each segment (a finding spanning segments is listed in each). */
  findingsBySegment: Map<string, Finding[]>;
  /** Deleted (source side) or inserted (target side) word spans of each segment. */
  diffBySegment: Map<string, Span[]>;
  /** Source spans quoted as evidence by target findings, by source segment: highlighted with the finding. */
  evidenceBySegment: Map<string, { span: Span; finding: Finding }[]>;
  /** Findings without any span: shown in the header. */
  documentFindings: Finding[];
  sideOf: Map<Finding, FindingSide>;
  /** The row a finding is marked in. */
  rowOf: Map<Finding, Row>;
  /** Findings in reading order (row by row, source column before target column, by offset). */
  ordered: Finding[];
  /** 1-based position and paragraph of each source segment, for "moved" and "omitted" labels. */
  sourcePosition: Map<string, { index: number; paragraph: number }>;
  /** Findings below the gate's confidence threshold: marked, hidden until the reviewer asks for them. */
  lowConfidence: Set<Finding>;
  /** Counted, suspect or suppressed (FindingGroup). */
  groupOf: (finding: Finding) => FindingGroup;
}

/** Builds the rows and lookups of the report. O(n log n) in segments, diff parts and findings. */
export function buildModel(result: AuditResult): ReportModel {
  const { source, target } = result;
  const rows = buildRows(result);

  const findingsBySegment = new Map<string, Finding[]>();
  const sideOf = new Map<Finding, FindingSide>();
  const documentFindings: Finding[] = [];
  for (const finding of result.findings) {
    const side: FindingSide = finding.target ? 'target' : finding.source ? 'source' : 'document';
    sideOf.set(finding, side);
    if (side === 'document') {
      documentFindings.push(finding);
      continue;
    }
    const span = (finding.target ?? finding.source)!;
    const segments = side === 'target' ? target.segments : source.segments;
    const hit = overlapping(segments, span);
    if (hit.length === 0) {
      sideOf.set(finding, 'document');
      documentFindings.push(finding);
    }
    for (const segment of hit) push(findingsBySegment, segment.id, finding);
  }

  const evidenceBySegment = new Map<string, { span: Span; finding: Finding }[]>();
  for (const finding of result.findings) {
    if (!finding.target || !finding.source) continue;
    for (const segment of overlapping(source.segments, finding.source)) push(evidenceBySegment, segment.id, { span: finding.source, finding });
  }

  const diffBySegment = new Map<string, Span[]>();
  for (const alignment of result.alignments) {
    for (const part of alignment.diff ?? []) {
      if (part.op === 'delete' && part.source) for (const s of overlapping(source.segments, part.source)) push(diffBySegment, s.id, part.source);
      if (part.op === 'insert' && part.target) for (const s of overlapping(target.segments, part.target)) push(diffBySegment, s.id, part.target);
    }
  }

  const rowOf = new Map<Finding, Row>();
  const ordered: Finding[] = [...documentFindings];
  for (const row of rows) {
    for (const [side, segments] of [['source', row.sources], ['target', row.targets]] as const) {
      const here: Finding[] = [];
      for (const segment of segments) {
        for (const finding of findingsBySegment.get(segment.id) ?? []) {
          if (sideOf.get(finding) !== side || rowOf.has(finding)) continue;
          rowOf.set(finding, row);
          here.push(finding);
        }
      }
      here.sort((a, b) => spanOf(a).start - spanOf(b).start || spanOf(b).end - spanOf(a).end);
      ordered.push(...here);
    }
  }

  const sourcePosition = new Map<string, { index: number; paragraph: number }>();
  source.segments.forEach((s, i) => sourcePosition.set(s.id, { index: i + 1, paragraph: s.paragraph + 1 }));

  const threshold = result.summary.minConfidence ?? 0;
  const lowConfidence = new Set(result.findings.filter((f) => !isConfident(f, threshold)));

  const groupOf = (f: Finding): FindingGroup => (f.suppressed ? 'suppressed' : lowConfidence.has(f) ? 'suspect' : 'counted');
  return { rows, findingsBySegment, diffBySegment, evidenceBySegment, documentFindings, sideOf, rowOf, ordered, sourcePosition, lowConfidence, groupOf };
}

function buildRows(result: AuditResult): Row[] {
  const segmentById = new Map<string, Segment>();
  for (const s of result.source.segments) segmentById.set(s.id, s);
  for (const s of result.target.segments) segmentById.set(s.id, s);
  const alignmentOfTarget = new Map<string, number>();
  const alignmentOfSource = new Map<string, number>();
  result.alignments.forEach((a, i) => {
    for (const id of a.target) alignmentOfTarget.set(id, i);
    for (const id of a.source) alignmentOfSource.set(id, i);
  });

  // Unaligned source segments (omissions, page chrome) follow the row of the last aligned source segment before them.
  const leading: Segment[] = [];
  const after = new Map<number, Segment[]>();
  let anchor = -1;
  for (const segment of result.source.segments) {
    const aligned = alignmentOfSource.get(segment.id);
    if (aligned !== undefined) anchor = aligned;
    else if (anchor < 0) leading.push(segment);
    else push(after, anchor, segment);
  }

  const rows: Row[] = [];
  const add = (row: Omit<Row, 'id'>) => rows.push({ id: `r${rows.length + 1}`, ...row });
  const addSourceRun = (segments: Segment[]) => {
    let chrome: Segment[] = [];
    const flush = () => {
      if (chrome.length) add({ kind: 'boilerplate', sources: chrome, targets: [], moved: false });
      chrome = [];
    };
    for (const segment of segments) {
      if (segment.boilerplate) chrome.push(segment);
      else {
        flush();
        add({ kind: 'omitted', sources: [segment], targets: [], moved: false });
      }
    }
    flush();
  };
  const addAlignment = (index: number, alignment: Alignment) => {
    add({
      kind: 'aligned',
      alignment: index,
      sources: alignment.source.map((id) => segmentById.get(id)).filter((s): s is Segment => !!s),
      targets: alignment.target.map((id) => segmentById.get(id)).filter((s): s is Segment => !!s),
      moved: alignment.moved === true,
    });
    addSourceRun(after.get(index) ?? []);
  };

  addSourceRun(leading);
  const emitted = new Set<number>();
  let chrome: Segment[] = [];
  const flushChrome = () => {
    if (chrome.length) add({ kind: 'boilerplate', sources: [], targets: chrome, moved: false });
    chrome = [];
  };
  for (const segment of result.target.segments) {
    const index = alignmentOfTarget.get(segment.id);
    if (index === undefined && segment.boilerplate) {
      chrome.push(segment);
      continue;
    }
    flushChrome();
    if (index === undefined) add({ kind: 'nosource', sources: [], targets: [segment], moved: false });
    else if (!emitted.has(index)) {
      emitted.add(index);
      addAlignment(index, result.alignments[index]!);
    }
  }
  flushChrome();
  // Alignments without target segments (none today) still show, at the end.
  result.alignments.forEach((a, i) => {
    if (!emitted.has(i)) addAlignment(i, a);
  });
  return rows;
}

export function spanOf(finding: Finding): Span {
  return finding.target ?? finding.source ?? { start: 0, end: 0, text: '' };
}

/** Segments (sorted by start, non-overlapping) that a span touches; a binary search, then a short walk. */
export function overlapping(segments: readonly Segment[], span: { start: number; end: number }): Segment[] {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  // An empty span (a point) counts as touching the segment it starts in, or the one it ends.
  const end = Math.max(span.end, span.start + 1);
  const out: Segment[] = [];
  for (let i = lo; i < segments.length && segments[i]!.start < end; i++) out.push(segments[i]!);
  if (!out.length && span.start === span.end && lo > 0 && segments[lo - 1]!.end === span.start) out.push(segments[lo - 1]!);
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
