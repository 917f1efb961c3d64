import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { AuditResult, Finding, Segment } from '../../types.ts';
import { renderSegmentText } from './marks.ts';
import type { ReportModel, Row } from './model.ts';
import { baseName, slug } from './labels.ts';

/** The aligned view: one row per alignment in target order, with omissions, additions and page chrome. */
export function alignedView(result: AuditResult, model: ReportModel): Element {
  const marked = new Set<Finding>();
  const rows = model.rows.map((row) => rowElement(result, model, row, marked));
  const section = h('section.aligned', { role: 'table', ariaLabel: 'Source and target, aligned sentence by sentence' }, [
    h('div.row.head', { role: 'row' }, [
      h('div.gutter', { role: 'columnheader' }, 'Row'),
      h('div.cell.src', { role: 'columnheader' }, ['Source ', h('span.doc-name', baseName(result.source.path))]),
      h('div.cell.tgt', { role: 'columnheader' }, ['Target ', h('span.doc-name', baseName(result.target.path))]),
    ]),
    ...documentRow(model, marked),
    ...rows,
  ]);
  if (result.languagePair) markLanguages(section, result.languagePair.source, result.languagePair.target);
  return section;
}

/** A bilingual report says which language each column is in (`lang` on every source and target cell). */
function markLanguages(node: Element, source: string, target: string): void {
  const classes = [node.properties?.className ?? []].flat();
  if (classes.includes('cell') && classes.includes('src')) node.properties.lang = source;
  if (classes.includes('cell') && classes.includes('tgt')) node.properties.lang = target;
  for (const child of node.children) if (child.type === 'element') markLanguages(child, source, target);
}

function rowElement(result: AuditResult, model: ReportModel, row: Row, marked: Set<Finding>): Element {
  const cell = (side: 'source' | 'target', segments: Segment[]) =>
    segments.flatMap((segment) => segmentElement(side === 'source' ? result.source.text : result.target.text, segment, side, model, marked));
  const props: Record<string, string | number | string[]> = { id: row.id, role: 'row', className: ['row', `k-${row.kind}`] };
  if (row.kind === 'aligned') {
    props.dataAlignment = row.alignment!;
    if (row.moved) (props.className as string[]).push('moved');
  } else props.dataRowKind = row.kind;

  if (row.kind === 'boilerplate') {
    const side = row.sources.length ? 'source' : 'target';
    const segments = side === 'source' ? row.sources : row.targets;
    // Collapsed unless a finding sits in it (rules skip page chrome, but a plugin might not).
    const flagged = segments.some((segment) => (model.findingsBySegment.get(segment.id) ?? []).length > 0);
    const box = h('details.chrome', { open: flagged }, [
      h('summary', `Page chrome · ${segments.length} ${segments.length === 1 ? 'line' : 'lines'}`),
      h('div.chrome-text', cell(side, segments)),
    ]);
    return h('div', props, [
      h('div.gutter', { role: 'cell' }, [h('span.badge.b-chrome', 'Boilerplate')]),
      h('div.cell.src', { role: 'cell' }, side === 'source' ? [box] : []),
      h('div.cell.tgt', { role: 'cell' }, side === 'target' ? [box] : []),
    ]);
  }

  const gutter: ElementContent[] = [h('span.ids', idsLabel(row))];
  if (row.kind === 'aligned') {
    const alignment = result.alignments[row.alignment!]!;
    if (row.moved) {
      const first = model.sourcePosition.get(row.sources[0]?.id ?? '');
      gutter.push(h('span.badge.b-moved', { title: 'Out of the source order' }, '⇅ Moved'));
      if (first) gutter.push(h('span.gnote', `from source sentence ${first.index}, ¶ ${first.paragraph}`));
    }
    gutter.push(h('span.sim', `${Math.round(alignment.score * 100)}% similar`));
  } else if (row.kind === 'nosource') {
    gutter.push(h('span.badge.b-nosource', 'No source'));
  } else if (row.kind === 'omitted') {
    const at = model.sourcePosition.get(row.sources[0]!.id);
    gutter.push(h('span.badge.b-omitted', 'Omitted'));
    if (at) gutter.push(h('span.gnote', `source sentence ${at.index}, ¶ ${at.paragraph}`));
  }

  return h('div', props, [
    h('div.gutter', { role: 'cell' }, gutter),
    row.sources.length
      ? h('div.cell.src', { role: 'cell' }, cell('source', row.sources))
      : h('div.cell.src.empty', { role: 'cell' }, h('span.placeholder', 'No source sentence')),
    row.targets.length
      ? h('div.cell.tgt', { role: 'cell' }, cell('target', row.targets))
      : h('div.cell.tgt.empty', { role: 'cell' }, h('span.placeholder', row.kind === 'omitted' ? 'Missing from the target' : '')),
  ]);
}

function segmentElement(text: string, segment: Segment, side: 'source' | 'target', model: ReportModel, marked: Set<Finding>): ElementContent[] {
  const findings = (model.findingsBySegment.get(segment.id) ?? []).filter((f) => model.sideOf.get(f) === side);
  const content = renderSegmentText(
    text,
    segment,
    {
      side,
      findings,
      diff: model.diffBySegment.get(segment.id) ?? [],
      evidence: side === 'source' ? (model.evidenceBySegment.get(segment.id) ?? []) : [],
      low: model.lowConfidence,
    },
    marked,
  );
  return [h(segment.kind === 'heading' ? 'span.seg.heading' : 'span.seg', { dataSeg: segment.id }, content), { type: 'text', value: ' ' }];
}

function idsLabel(row: Row): string {
  const ids = (segments: Segment[]) => (segments.length > 2 ? `${segments[0]!.id}–${segments[segments.length - 1]!.id}` : segments.map((s) => s.id).join(' '));
  if (row.kind === 'aligned') return `${ids(row.targets)} ← ${ids(row.sources)}`;
  return row.kind === 'omitted' ? ids(row.sources) : ids(row.targets);
}

/** Findings with no place in either text (none from today's rules) are listed above the rows. */
function documentRow(model: ReportModel, marked: Set<Finding>): Element[] {
  if (!model.documentFindings.length) return [];
  return [
    h('div.row.k-document', { role: 'row', id: 'r0' }, [
      h('div.gutter', { role: 'cell' }, h('span.badge', 'Document')),
      h(
        'div.cell.doc',
        { role: 'cell' },
        model.documentFindings.map((f) => {
          marked.add(f);
          return h(`mark.f.s-${f.severity}.c-${slug(f.category)}`, { dataFinding: f.id, tabIndex: 0 }, f.message);
        }),
      ),
    ]),
  ];
}
