import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { ElementContent } from 'hast';
import type { Alignment, AuditResult, Finding, Segment } from '../types.ts';

/** A highlighted stretch of one segment's text: a diff change or a finding. */
interface Mark {
  start: number;
  end: number;
  className: string;
  finding?: Finding;
}

const CSS = `
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1b1f24;background:#fff}
header{padding:12px 20px;border-bottom:1px solid #d0d7de}
.verdict{font-weight:700;padding:2px 10px;border-radius:4px;color:#fff}
.verdict[data-verdict=pass]{background:#1a7f37}.verdict[data-verdict=fail]{background:#cf222e}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td{vertical-align:top;padding:6px 12px;border-bottom:1px solid #eaeef2;white-space:pre-wrap}
td.meta{width:7em;color:#57606a;font-size:12px}
del.d{background:#ffebe9;text-decoration:line-through}
ins.i{background:#dafbe1;text-decoration:none}
mark.f{background:none;border-bottom:2px solid #bf8700}
mark.f.major{border-bottom-color:#cf222e}mark.f.critical{border-bottom:3px double #8250df}
tr.nosource td:last-child{background:#fff8c5}tr.omitted td:nth-child(2){background:#ffebe9}
`;

/** The review report as one self-contained HTML file, built as a hast tree (every text node escaped). */
export function formatHtml(result: AuditResult): string {
  const { summary } = result;
  const findingsOf = (side: 'target' | 'source') =>
    result.findings.filter((f) => (side === 'target' ? f.target : !f.target && f.source));
  const targetFindings = findingsOf('target');
  const sourceFindings = findingsOf('source');
  const rows: ElementContent[] = [];
  const rendered = new Set<Alignment>();
  const alignmentOf = new Map<string, Alignment>();
  for (const a of result.alignments) for (const id of a.target) alignmentOf.set(id, a);
  const segmentsById = new Map([...result.source.segments, ...result.target.segments].map((s) => [s.id, s]));

  for (const segment of result.target.segments) {
    const alignment = alignmentOf.get(segment.id);
    if (alignment) {
      if (rendered.has(alignment)) continue;
      rendered.add(alignment);
      const sources = alignment.source.map((id) => segmentsById.get(id)!);
      const targets = alignment.target.map((id) => segmentsById.get(id)!);
      rows.push(
        h('tr', { dataAlignment: alignment.target.join(' '), className: alignment.moved ? ['moved'] : [] }, [
          h('td.meta', `${alignment.source.join(' ')} → ${alignment.target.join(' ')}${alignment.moved ? ' (moved)' : ''} ${alignment.score}`),
          h('td', sources.flatMap((s) => renderSegment(result.source.text, s, diffMarks(alignment, 'source', s), sourceFindings))),
          h('td', targets.flatMap((t) => renderSegment(result.target.text, t, diffMarks(alignment, 'target', t), targetFindings))),
        ]),
      );
    } else if (!segment.boilerplate) {
      rows.push(h('tr.nosource', [h('td.meta', 'no source'), h('td'), h('td', renderSegment(result.target.text, segment, [], targetFindings))]));
    }
  }
  for (const segment of result.source.segments) {
    if (segment.boilerplate || result.alignments.some((a) => a.source.includes(segment.id))) continue;
    rows.push(h('tr.omitted', [h('td.meta', 'omitted'), h('td', renderSegment(result.source.text, segment, [], sourceFindings)), h('td')]));
  }

  const tree = h(null, [
    { type: 'doctype' },
    h('html', { lang: 'en' }, [
      h('head', [
        h('meta', { charset: 'utf-8' }),
        h('meta', { httpEquiv: 'Content-Security-Policy', content: "default-src 'none'; style-src 'unsafe-inline'; img-src data:" }),
        h('title', `faithful: ${result.target.path}`),
        h('style', CSS),
      ]),
      h('body', [
        h('header', [
          h('span.verdict', { dataVerdict: summary.pass ? 'pass' : 'fail' }, summary.pass ? 'PASS' : 'FAIL'),
          ` score ${summary.score} per 100 words · critical ${summary.counts.critical} · major ${summary.counts.major} · minor ${summary.counts.minor}`,
          h('div', `${result.target.path} against ${result.source.path} · ${result.tool.name} ${result.tool.version} · ${result.generated}`),
        ]),
        h('table', [h('thead', h('tr', [h('th'), h('th', 'Source'), h('th', 'Target')])), h('tbody', rows)]),
      ]),
    ]),
  ]);
  return toHtml(tree);
}

function diffMarks(alignment: Alignment, side: 'source' | 'target', segment: Segment): Mark[] {
  const op = side === 'source' ? 'delete' : 'insert';
  return (alignment.diff ?? [])
    .filter((part) => part.op === op && part[side] && part[side]!.start >= segment.start && part[side]!.end <= segment.end)
    .map((part) => ({ start: part[side]!.start, end: part[side]!.end, className: side === 'source' ? 'd' : 'i' }));
}

/** A segment's text split at every mark boundary; each piece carries the marks covering it. */
function renderSegment(text: string, segment: Segment, diff: Mark[], findings: Finding[]): ElementContent[] {
  const marks: Mark[] = [...diff];
  for (const f of findings) {
    const span = f.target ?? f.source!;
    if (span.start >= segment.start && span.end <= segment.end) marks.push({ start: span.start, end: span.end, className: 'f', finding: f });
  }
  const cuts = new Set([segment.start, segment.end]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const started = new Set<Finding>();
  const out: ElementContent[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    let node: ElementContent = { type: 'text', value: text.slice(from, to) };
    for (const m of marks) {
      if (m.start > from || m.end < to) continue;
      if (m.finding) {
        const first = !started.has(m.finding);
        started.add(m.finding);
        node = h(`mark.f.${m.finding.severity}`, first ? { dataFinding: m.finding.id, title: `${m.finding.severity}: ${m.finding.message}` } : { dataFindingPart: m.finding.id }, node);
      } else node = h(m.className === 'd' ? 'del.d' : 'ins.i', node);
    }
    out.push(node);
  }
  out.push({ type: 'text', value: ' ' });
  return out;
}
