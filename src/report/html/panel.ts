import { h } from 'hastscript';
import type { Element } from 'hast';
import type { AuditResult, Finding } from '../../types.ts';
import type { ReportModel } from './model.ts';
import { SEVERITIES, SEVERITY_GLYPH, SEVERITY_LABEL, categoryLabel, formatCount, slug } from './labels.ts';

/**
 * The toolbar: search, previous/next, display options, review progress and the decisions export. The
 * low-confidence checkbox (off by default) shows the suspects below the gate's confidence threshold.
 */
export function toolbar(model?: ReportModel): Element {
  const low = model?.lowConfidence.size ?? 0;
  const suspects = model ? [...model.lowConfidence].filter((f) => model.groupOf(f) === 'suspect').length : 0;
  return h('div.toolbar', { role: 'toolbar', ariaLabel: 'Review tools' }, [
    h('div.tool-group', [
      h('input#q', { type: 'search', placeholder: 'Search the texts and findings', ariaLabel: 'Search the texts and findings', autocomplete: 'off', spellCheck: false }),
      h('span#q-status.muted', { ariaLive: 'polite' }),
    ]),
    h('div.tool-group', [
      h('button#prev.btn', { type: 'button', title: 'Previous finding (k or p)' }, '↑ Previous'),
      h('button#next.btn', { type: 'button', title: 'Next finding (j or n)' }, 'Next ↓'),
      h('span#position.muted', { ariaLive: 'polite' }),
    ]),
    h('div.tool-group', [
      h('label.check', [h('input#opt-diff', { type: 'checkbox', checked: true }), ' Word diff']),
      h('label.check', [h('input#opt-only', { type: 'checkbox' }), ' Only rows with findings']),
      h('label.check', { title: 'Findings below the confidence threshold: not scored or gated' }, [
        h('input#opt-low', { type: 'checkbox', disabled: low === 0 }),
        ` Low-confidence suspects (${formatCount(suspects)})`,
      ]),
    ]),
    h('div.tool-group.review', [
      h('span#reviewed.muted', 'Reviewed 0'),
      h('button#export.btn.primary', { type: 'button', title: 'Download the decisions as JSON for the publication gate' }, 'Export decisions'),
    ]),
  ]);
}

/**
 * The findings panel: filters (severity, category, rule), sort order and the list itself. Its numbers
 * count what the header counts (the summary's counted findings); a chip stays for a value only suspects
 * or suppressed findings have, with 0, and those are counted apart under the title.
 */
export function findingsPanel(result: AuditResult, model: ReportModel): Element {
  const count = (key: (f: Finding) => string) => {
    const counts = new Map<string, number>();
    for (const f of result.findings) counts.set(key(f), (counts.get(key(f)) ?? 0) + (model.groupOf(f) === 'counted' ? 1 : 0));
    return counts;
  };
  const counted = result.findings.filter((f) => model.groupOf(f) === 'counted').length;
  const apart = (['suspect', 'suppressed'] as const).map((g) => [g, result.findings.filter((f) => model.groupOf(f) === g).length] as const);
  const bySeverity = count((f) => f.severity);
  const byCategory = count((f) => f.category);
  const byRule = count((f) => f.rule);
  const chip = (group: string, value: string, label: (string | Element)[], n: number, extra: string[] = []) =>
    h('button.chip', { type: 'button', className: extra, ariaPressed: 'true', dataFilter: group, dataValue: value }, [...label, h('span.n', formatCount(n))]);

  return h('aside.panel', { ariaLabel: 'Findings' }, [
    h('details#panel-box', { open: true }, [
      h('summary.panel-title', [h('span', 'Findings'), h('span#shown.muted', `${formatCount(counted)} of ${formatCount(counted)}`)]),
      h(
        'p#apart.apart.muted',
        { hidden: apart.every(([, n]) => n === 0) },
        apart.filter(([, n]) => n > 0).map(([g, n]) => (g === 'suspect' ? `${formatCount(n)} low-confidence suspect${n === 1 ? '' : 's'} (not counted)` : `${formatCount(n)} suppressed by the baseline`)).join(' · '),
      ),
      h('div.filters', { hidden: result.findings.length === 0 }, [
        h('div.filter-group', { role: 'group', ariaLabel: 'Severity' }, [
          h('span.filter-label', 'Severity'),
          ...SEVERITIES.filter((s) => bySeverity.has(s)).map((s) =>
            chip('severity', s, [h('span.glyph', { ariaHidden: 'true' }, SEVERITY_GLYPH[s]), ` ${SEVERITY_LABEL[s]}`], bySeverity.get(s)!, [`s-${s}`]),
          ),
        ]),
        h('div.filter-group', { role: 'group', ariaLabel: 'Category' }, [
          h('span.filter-label', 'Category'),
          ...[...byCategory].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c, n]) =>
            chip('category', c, [h('span.swatch', { ariaHidden: 'true' }), ` ${categoryLabel(c)}`], n, [`c-${slug(c)}`]),
          ),
        ]),
        // Many rules would push the list down: past six, their chips fold away (open by a click).
        h('details.rule-filter', { open: byRule.size <= 6 }, [
          h('summary.filter-label', `Rule (${byRule.size})`),
          h(
            'div.filter-group',
            { role: 'group', ariaLabel: 'Rule' },
            [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([r, n]) => chip('rule', r, [h('code', r)], n)),
          ),
        ]),
      ]),
      h('div.sort', { hidden: result.findings.length === 0 }, [
        h('label', { htmlFor: 'sort' }, 'Sort by'),
        h('select#sort', [h('option', { value: 'position' }, 'Position'), h('option', { value: 'severity' }, 'Severity'), h('option', { value: 'category' }, 'Category')]),
      ]),
      // The list is built by the script from the finding data (one copy of each finding in the page).
      model.ordered.length ? h('ol#list.list', { ariaLabel: 'Findings' }) : h('p.none', 'No findings: nothing to review.'),
      h('p.keys.muted', [h('kbd', 'j'), ' ', h('kbd', 'k'), ' next, previous · ', h('kbd', 'a'), ' accept · ', h('kbd', 'f'), ' false positive · ', h('kbd', '/'), ' search · ', h('kbd', 'Esc'), ' close']),
    ]),
  ]);
}

/**
 * The overview strip: the whole aligned view scaled to the window height, with a tick for each row
 * that has findings (coloured by its most severe finding's category), so clusters show at a glance.
 * The script draws the ticks from the finding data and the rows' real positions.
 */
export function overviewStrip(): Element {
  return h('nav.overview', { ariaHidden: 'true', title: 'Where the findings are: click to jump' }, [h('div.overview-track', [h('div.viewport')])]);
}
