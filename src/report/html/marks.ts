import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { Finding, Segment, Span } from '../../types.ts';
import { slug } from './labels.ts';

export interface SegmentMarks {
  findings: readonly Finding[];
  side: 'source' | 'target';
  diff: readonly Span[];
  evidence: readonly { span: Span; finding: Finding }[];
  /** Low-confidence findings: their marks start hidden (`low off`) until the reviewer shows them. */
  low?: ReadonlySet<Finding>;
}

/** A finding clipped to the segment. */
interface Ranged {
  start: number;
  end: number;
  finding: Finding;
}

/**
 * Most finding marks nested in one another at any point. Beyond it a piece of text keeps the marks of
 * the findings that start there, then the innermost; the others are not drawn on that piece.
 */
export const MAX_NESTED_FINDINGS = 8;

/**
 * A segment's text as highlight elements whose depth is bounded whatever the findings are. The segment
 * is cut at every start and end of a finding, evidence or diff span. Findings nest as before: sorted
 * outer first (start ascending, end descending), opened and closed as a stack while sweeping the cuts,
 * so a contained finding nests inside its container and partly overlapping ones are split; but at most
 * MAX_NESTED_FINDINGS are open at once. Inside the innermost finding each piece gets one `span.ev` (its
 * findings' ids in `data-evidence`, space separated) and one `ins`/`del`, never one element per finding:
 * 600 findings quoting one source sentence once made 600 nested spans and overflowed the serialiser's
 * stack. The first element of a finding gets `data-finding` (once per report: `marked` is shared across
 * segments), its continuations `data-finding-part`; a finding that starts where more than the bound
 * start too gets an empty first element there, like a finding on an empty span.
 * Cost: O(m log m + pieces × covering findings) per segment.
 */
export function renderSegmentText(text: string, segment: Segment, input: SegmentMarks, marked: Set<Finding>): ElementContent[] {
  const clip = (span: { start: number; end: number }) => ({ start: Math.max(span.start, segment.start), end: Math.min(span.end, segment.end) });
  const ranged: Ranged[] = [];
  const empties: { at: number; finding: Finding }[] = [];
  for (const finding of input.findings) {
    const span = (input.side === 'target' ? finding.target : finding.source) ?? finding.target ?? finding.source!;
    const { start, end } = clip(span);
    if (end > start) ranged.push({ start, end, finding });
    else if (span.start === span.end) empties.push({ at: start, finding });
  }
  ranged.sort((a, b) => a.start - b.start || b.end - a.end); // stable: equal extents keep the input order
  const evidence = input.evidence.map(({ span, finding }) => ({ ...clip(span), id: finding.id })).filter((e) => e.end > e.start);
  evidence.sort((a, b) => a.start - b.start);
  const diff = input.diff.map(clip).filter((d) => d.end > d.start);
  diff.sort((a, b) => a.start - b.start);
  empties.sort((a, b) => a.at - b.at);

  const cuts = new Set<number>([segment.start, segment.end]);
  for (const m of [...ranged, ...evidence, ...diff]) cuts.add(m.start).add(m.end);
  for (const e of empties) cuts.add(e.at);
  const points = [...cuts].sort((a, b) => a - b);

  const root: ElementContent[] = [];
  const open: { finding: Finding; children: ElementContent[] }[] = [];
  const top = () => (open.length ? open[open.length - 1]!.children : root);
  let active: Ranged[] = [];
  let activeEvidence: typeof evidence = [];
  let activeDiff: typeof diff = [];
  let nextFinding = 0;
  let nextEvidence = 0;
  let nextDiff = 0;
  let nextEmpty = 0;
  for (let i = 0; i < points.length; i++) {
    const at = points[i]!;
    active = active.filter((m) => m.end > at);
    activeEvidence = activeEvidence.filter((m) => m.end > at);
    activeDiff = activeDiff.filter((m) => m.end > at);
    const starting: Ranged[] = [];
    // Findings starting here rank after every active one (a later start), so pushing keeps the order.
    while (nextFinding < ranged.length && ranged[nextFinding]!.start === at) starting.push(ranged[nextFinding++]!);
    active.push(...starting);
    while (nextEvidence < evidence.length && evidence[nextEvidence]!.start === at) activeEvidence.push(evidence[nextEvidence++]!);
    while (nextDiff < diff.length && diff[nextDiff]!.start === at) activeDiff.push(diff[nextDiff++]!);

    const drawn = bounded(active, marked);
    let keep = 0;
    while (keep < open.length && keep < drawn.length && open[keep]!.finding === drawn[keep]) keep++;
    open.length = keep;
    // A finding on an empty span (a point), or one starting where too many do, still gets its element.
    const pointsHere: Finding[] = [];
    while (nextEmpty < empties.length && empties[nextEmpty]!.at === at) pointsHere.push(empties[nextEmpty++]!.finding);
    for (const m of starting) if (!drawn.includes(m.finding)) pointsHere.push(m.finding);
    for (const f of pointsHere) top().push(markElement(f, marked, input.low));
    if (i + 1 >= points.length) break;
    for (let k = keep; k < drawn.length; k++) {
      const element = markElement(drawn[k]!, marked, input.low);
      top().push(element);
      open.push({ finding: drawn[k]!, children: element.children });
    }
    let node: ElementContent = { type: 'text', value: text.slice(at, points[i + 1]!) };
    if (activeDiff.length) node = h(input.side === 'source' ? 'del.d' : 'ins.i', [node]);
    if (activeEvidence.length) node = h('span.ev', { dataEvidence: [...new Set(activeEvidence.map((e) => e.id))].join(' ') }, [node]);
    top().push(node);
  }
  return root;
}

/**
 * The findings drawn on a piece, outer first: all of them up to MAX_NESTED_FINDINGS; beyond, those not
 * yet given their first element, then the innermost.
 */
function bounded(active: Ranged[], marked: Set<Finding>): Finding[] {
  if (active.length <= MAX_NESTED_FINDINGS) return active.map((m) => m.finding);
  const order = new Map(active.map((m, i) => [m.finding, i]));
  const fresh = active.filter((m) => !marked.has(m.finding));
  const chosen = new Set(fresh.slice(-MAX_NESTED_FINDINGS).map((m) => m.finding));
  for (let i = active.length - 1; i >= 0 && chosen.size < MAX_NESTED_FINDINGS; i--) chosen.add(active[i]!.finding);
  return [...chosen].sort((a, b) => order.get(a)! - order.get(b)!);
}

function markElement(f: Finding, marked: Set<Finding>, low?: ReadonlySet<Finding>): Element {
  const classes = ['f', `s-${f.severity}`, `c-${slug(f.category)}`];
  if (f.suppressed) classes.push('sup');
  if (low?.has(f)) classes.push('low', 'off');
  if (marked.has(f)) return h('mark', { className: classes, dataFindingPart: f.id }, []);
  marked.add(f);
  return h('mark', { className: classes, dataFinding: f.id, tabIndex: 0 }, []);
}
