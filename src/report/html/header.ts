import { h } from 'hastscript';
import { pairSentence } from '../../bilingual/pair-label.ts';
import type { Element } from 'hast';
import type { AuditDocument, AuditResult } from '../../types.ts';
import { countWords } from '../../segment/segment.ts';
import { SEVERITIES, SEVERITY_GLYPH, SEVERITY_LABEL, baseName, categoryLabel, formatBytes, formatCount, formatTime, slug } from './labels.ts';

/** The verdict header: can this be published, how bad, what kinds of problems, about which documents. */
export function verdictHeader(result: AuditResult): Element {
  const { summary } = result;
  const pass = summary.pass;
  const byCategory = Object.entries(summary.counts.byCategory).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return h('header.report-head', [
    h('div.verdict', { dataVerdict: pass ? 'pass' : 'fail', role: 'status' }, [
      h('span.verdict-word', pass ? 'PASS' : 'FAIL'),
      h('span.verdict-note', pass ? 'Passes the publication gate' : 'Fails the publication gate'),
    ]),
    h('div.score', [
      h('span.score-value', String(summary.score)),
      h('span.score-unit', 'penalty points per 100 words'),
      h('span.score-detail', `${formatCount(summary.penalty)} points over ${formatCount(summary.words)} target words`),
    ]),
    h('div.counts', [
      h(
        'ul.sev-counts',
        { ariaLabel: 'Findings by severity' },
        [h('li.sev-total', [h('b', formatCount(summary.counts.total)), ` finding${summary.counts.total === 1 ? '' : 's'}`]), ...SEVERITIES.map((s) =>
          h(`li.sev-count.s-${s}`, { className: summary.counts[s] ? [] : ['zero'] }, [
            solo('severity', s, summary.counts[s] > 0, [
              h('span.glyph', { ariaHidden: 'true' }, SEVERITY_GLYPH[s]),
              h('b', formatCount(summary.counts[s])),
              ` ${SEVERITY_LABEL[s].toLowerCase()}`,
            ]),
          ]),
        )],
      ),
      summary.suppressed ? h('p.suppressed', `${formatCount(summary.suppressed)} more suppressed by the reviewed baseline (not scored)`) : '',
      summary.belowConfidence
        ? h('p.suppressed', `${formatCount(summary.belowConfidence)} low-confidence suspect${summary.belowConfidence === 1 ? '' : 's'} below ${summary.minConfidence ?? 0} (not scored; hidden until shown from the toolbar)`)
        : '',
      summary.baseline?.unmatched
        ? h('p.suppressed', `${formatCount(summary.baseline.unmatched)} of the baseline's ${formatCount(summary.baseline.decisions)} decisions match no finding any more`)
        : '',
      byCategory.length
        ? h('div.cat-bar', { ariaHidden: 'true' }, byCategory.map(([c, n]) => h(`span.c-${slug(c)}`, { style: `flex-grow:${n}` })))
        : h('div.cat-bar.empty', { ariaHidden: 'true' }),
      h(
        'ul.cat-counts',
        { ariaLabel: 'Findings by category' },
        byCategory.map(([c, n]) =>
          h(`li.c-${slug(c)}`, [solo('category', c, true, [h('span.swatch', { ariaHidden: 'true' }), `${categoryLabel(c)} `, h('b', formatCount(n))])]),
        ),
      ),
    ]),
    summary.inactive?.length ? h('ul.inactive', summary.inactive.map((i) => h('li', `Rule ${i.rule} did not run: ${i.reason}`))) : '',
    summary.reasons.length ? h('ul.reasons', summary.reasons.map((r) => h('li', r))) : h('p.reasons.ok', 'No gate condition failed.'),
    h('dl.docs', [
      documentEntry('Source', result.source),
      documentEntry('Target', result.target),
      result.languagePair ? h('div', { dataLanguages: `${result.languagePair.source}-${result.languagePair.target}` }, [h('dt', 'Languages'), h('dd', pairSentence(result.languagePair)!)]) : '',
      h('div', [h('dt', 'Report'), h('dd', [h('time', { dateTime: result.generated }, formatTime(result.generated)), ` · ${result.tool.name} ${result.tool.version}`])]),
      result.config === undefined
        ? ''
        : h('div', { dataConfig: result.config?.sha256 ?? 'none' }, [
            h('dt', 'Configuration'),
            h('dd', result.config ? [h('span.doc-name', result.config.path), h('span.doc-size', { title: result.config.sha256 }, `sha256 ${result.config.sha256.slice(0, 12)}`)] : 'none (built-in defaults)'),
          ]),
    ]),
  ]);
}

/** A count that, clicked, shows only its severity or category (clicked again, everything). */
function solo(group: string, value: string, enabled: boolean, children: (Element | string)[]): Element {
  if (!enabled) return h('span.solo', children);
  return h('button.solo', { type: 'button', dataSoloFilter: group, dataSoloValue: value, title: `Show only this ${group} (again: show all)` }, children);
}

function documentEntry(label: string, doc: AuditDocument): Element {
  const bytes = new TextEncoder().encode(doc.text).length;
  const words = doc.segments.filter((s) => !s.boilerplate).reduce((n, s) => n + countWords(s.text), 0);
  return h('div', [
    h('dt', label),
    h('dd', [
      h('span.doc-name', { title: doc.path }, baseName(doc.path)),
      h('span.doc-size', `${formatCount(words)} words · ${formatCount(doc.segments.length)} segments · ${formatBytes(bytes)}`),
    ]),
  ]);
}
