import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { Finding, Segment, Span } from '../../types.ts';
import { slug } from './labels.ts';

/** What a stretch of a segment is highlighted as. */
export type Mark =
  | { kind: 'finding'; start: number; end: number; finding: Finding }
  | { kind: 'evidence'; start: number; end: number; finding: Finding }
  | { kind: 'diff'; start: number; end: number; side: 'source' | 'target' };

/** Nesting order at equal extent: a finding wraps its evidence highlight, which wraps the diff. */
const KIND_ORDER = { finding: 0, evidence: 1, diff: 2 } as const;

export interface SegmentMarks {
  findings: readonly Finding[];
  side: 'source' | 'target';
  diff: readonly Span[];
  evidence: readonly { span: Span; finding: Finding }[];
  /** Low-confidence findings: their marks start hidden (`low off`) until the reviewer shows them. */
  low?: ReadonlySet<Finding>;
}

/**
 * A segment's text as nested highlight elements. Marks are clipped to the segment, sorted outer first
 * (start ascending, end descending), and opened and closed as a stack while sweeping the cut points, so
 * a contained mark nests inside its container and only partly overlapping marks are split. The first
 * element of a finding gets `data-finding` (once per report: `marked` is shared across segments); its
 * continuations get `data-finding-part`. Cost: O(m log m + pieces × depth) per segment.
 */
export function renderSegmentText(text: string, segment: Segment, input: SegmentMarks, marked: Set<Finding>): ElementContent[] {
  const marks: Mark[] = [];
  const clip = (span: { start: number; end: number }) => ({ start: Math.max(span.start, segment.start), end: Math.min(span.end, segment.end) });
  for (const finding of input.findings) {
    const span = (input.side === 'target' ? finding.target : finding.source) ?? finding.target ?? finding.source!;
    const { start, end } = clip(span);
    if (end > start || span.start === span.end) marks.push({ kind: 'finding', start, end: Math.max(end, start), finding });
  }
  for (const { span, finding } of input.evidence) {
    const { start, end } = clip(span);
    if (end > start) marks.push({ kind: 'evidence', start, end, finding });
  }
  for (const span of input.diff) {
    const { start, end } = clip(span);
    if (end > start) marks.push({ kind: 'diff', start, end, side: input.side });
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);

  const cuts = new Set<number>([segment.start, segment.end]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);

  const root: ElementContent[] = [];
  const open: { mark: Mark; children: ElementContent[] }[] = [];
  let active: Mark[] = [];
  let next = 0;
  const childrenOfTop = () => (open.length ? open[open.length - 1]!.children : root);
  const openMark = (mark: Mark) => {
    const element = markElement(mark, marked, input.low);
    childrenOfTop().push(element);
    open.push({ mark, children: element.children });
  };

  for (let i = 0; i < points.length; i++) {
    const at = points[i]!;
    active = active.filter((m) => m.end > at);
    const empty: Mark[] = [];
    while (next < marks.length && marks[next]!.start === at) {
      const m = marks[next++]!;
      if (m.end > m.start) active.push(m);
      else empty.push(m);
    }
    let keep = 0;
    while (keep < open.length && keep < active.length && open[keep]!.mark === active[keep]) keep++;
    open.length = keep;
    // A finding on an empty span (a point) still gets its element, so every finding has one.
    for (const m of empty) childrenOfTop().push(markElement(m, marked, input.low));
    if (i + 1 >= points.length) break;
    for (let k = keep; k < active.length; k++) openMark(active[k]!);
    const piece = text.slice(at, points[i + 1]!);
    if (piece) childrenOfTop().push({ type: 'text', value: piece });
  }
  return root;
}

function markElement(mark: Mark, marked: Set<Finding>, low?: ReadonlySet<Finding>): Element {
  if (mark.kind === 'diff') return h(mark.side === 'source' ? 'del.d' : 'ins.i', []);
  const f = mark.finding;
  if (mark.kind === 'evidence') return h('span.ev', { dataEvidence: f.id }, []);
  const classes = ['f', `s-${f.severity}`, `c-${slug(f.category)}`];
  if (f.suppressed) classes.push('sup');
  if (low?.has(f)) classes.push('low', 'off');
  if (marked.has(f)) return h('mark', { className: classes, dataFindingPart: f.id }, []);
  marked.add(f);
  return h('mark', { className: classes, dataFinding: f.id, tabIndex: 0 }, []);
}
