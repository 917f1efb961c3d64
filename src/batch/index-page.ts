import { h, type Child } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Format } from '../cli/args.ts';
import type { PairOutcome } from './job.ts';
import { configSentence } from '../report/config-ref.ts';
import type { ConfigRef } from '../types.ts';

export interface BatchDisplay {
  outcomes: PairOutcome[];
  formats: Format[];
  cwd: string;
  seconds: number;
  threads: number;
  /** Why fewer threads ran than `--jobs` asked for (said after the count). */
  threadsNote?: string;
  color?: boolean;
  /** The configuration every pair was audited with (null: none); unsaid when undefined. */
  config?: ConfigRef | null;
}

const COLUMNS = ['pair', 'verdict', 'score', 'critical', 'major', 'minor', 'suppressed', 'gate / error', 'reports'] as const;

function verdictOf(o: PairOutcome): 'pass' | 'fail' | 'error' {
  return o.error ? 'error' : o.summary!.pass ? 'pass' : 'fail';
}

/** `1 pair`, `3 pairs`. */
function pairs(n: number): string {
  return `${n} pair${n === 1 ? '' : 's'}`;
}

function totals(outcomes: PairOutcome[]) {
  const count = (v: string) => outcomes.filter((o) => verdictOf(o) === v).length;
  return { pass: count('pass'), fail: count('fail'), error: count('error') };
}

/** `index.html`: one row per pair with its verdict, score, counts, failed conditions and report links. */
export function formatBatchHtml(display: BatchDisplay): string {
  const t = totals(display.outcomes);
  const rows = display.outcomes.map((o) => {
    const v = verdictOf(o);
    const s = o.summary;
    const links = Object.entries(o.files).map(([format, file]) => h('a', { href: encodeURIComponent(file!) }, format));
    // Each cell names its column (data-label): on a phone the rows become cards and the label is shown.
    const cell = (label: string, content: Child, num = false) => h(num ? 'td.num' : 'td', { dataLabel: label }, content);
    return h('tr', { dataPair: o.name, dataVerdict: v }, [
      cell(COLUMNS[0], h('strong', o.name)),
      cell(COLUMNS[1], h('span', { className: ['verdict', v] }, v.toUpperCase())),
      cell(COLUMNS[2], s ? String(s.score) : '', true),
      cell(COLUMNS[3], s ? String(s.counts.critical) : '', true),
      cell(COLUMNS[4], s ? String(s.counts.major) : '', true),
      cell(COLUMNS[5], s ? String(s.counts.minor) : '', true),
      cell(COLUMNS[6], s ? String(s.suppressed ?? 0) : '', true),
      cell(COLUMNS[7], o.error ? o.error.message : s!.reasons.join('; ')),
      cell(COLUMNS[8], links.flatMap((a, i) => (i ? [' ', a] : [a]))),
    ]);
  });
  const tree = h('html', { lang: 'en' }, [
    h('head', [
      h('meta', { charset: 'utf-8' }),
      h('meta', { httpEquiv: 'Content-Security-Policy', content: "default-src 'none'; style-src 'unsafe-inline'" }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', `faithful: ${pairs(display.outcomes.length)}`),
      h(
        'style',
        'body{font:14px/1.45 system-ui,sans-serif;margin:20px;color:#1b1f24}table{border-collapse:collapse}' +
          'th,td{padding:4px 10px;border-bottom:1px solid #eaeef2;text-align:left;vertical-align:top}td.num{text-align:right}' +
          '.verdict{font-weight:700;padding:1px 8px;border-radius:4px;color:#fff}.pass{background:#1a7f37}.fail{background:#cf222e}.error{background:#6e7781}' +
          'td{overflow-wrap:anywhere}' +
          // A phone: each pair is a card, each cell a labelled line, so no column is off-screen.
          '@media (max-width:700px){body{margin:12px}table,tbody,tr,td{display:block}thead{display:none}' +
          'tr{padding:8px 0;border-bottom:1px solid #d1d9e0}td{display:flex;gap:10px;padding:2px 0;border:0}td.num{text-align:left}' +
          'td::before{content:attr(data-label);flex:0 0 6.5em;color:#59636e;font-size:12px}}',
      ),
    ]),
    h('body', [
      h('h1', 'faithful batch report'),
      h('p', { dataTotals: '' }, `${pairs(display.outcomes.length)}: ${t.pass} pass, ${t.fail} fail, ${t.error} could not be audited.`),
      configSentence(display) ? h('p', { dataConfig: display.config?.sha256 ?? 'none' }, `Audited with ${configSentence(display)}.`) : '',
      h('table', [
        h('thead', h('tr', COLUMNS.map((c) => h('th', c)))),
        h('tbody', rows),
      ]),
    ]),
  ]);
  return '<!doctype html>\n' + toHtml(tree) + '\n';
}

/** `summary.md`: the same table in Markdown, for a merge request or a CI summary page. */
export function formatBatchMarkdown(display: BatchDisplay): string {
  const t = totals(display.outcomes);
  const cell = (s: string) => s.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|])/g, '\\$1');
  const lines = [
    `### faithful: ${pairs(display.outcomes.length)} — ${t.pass} pass, ${t.fail} fail, ${t.error} could not be audited`,
    '',
    ...(configSentence(display) ? [`Audited with ${cell(configSentence(display)!)}.`, ''] : []),
    '| pair | verdict | score | critical | major | minor | suppressed | gate / error |',
    '|---|---|---:|---:|---:|---:|---:|---|',
  ];
  for (const o of display.outcomes) {
    const s = o.summary;
    const link = o.files.html ?? o.files.md ?? o.files.json;
    const name = link ? `[${cell(o.name)}](${encodeURIComponent(link)})` : cell(o.name);
    lines.push(
      s
        ? `| ${name} | ${s.pass ? '✅ pass' : '❌ fail'} | ${s.score} | ${s.counts.critical} | ${s.counts.major} | ${s.counts.minor} | ${s.suppressed ?? 0} | ${cell(s.reasons.join('; '))} |`
        : `| ${name} | ⚠️ error | | | | | | ${cell(o.error!.message)} |`,
    );
  }
  return lines.join('\n') + '\n';
}

/** The terminal summary: one line per pair, failing and broken pairs first, then the totals. */
export function formatBatchTerminal(display: BatchDisplay): string {
  const paint = (code: string, s: string) => (display.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const order = { error: 0, fail: 1, pass: 2 };
  const sorted = [...display.outcomes].sort((a, b) => order[verdictOf(a)] - order[verdictOf(b)] || a.index - b.index);
  const width = Math.min(40, Math.max(4, ...sorted.map((o) => o.name.length)));
  const lines = sorted.map((o) => {
    const v = verdictOf(o);
    const label = v === 'pass' ? paint('32;1', 'PASS ') : v === 'fail' ? paint('31;1', 'FAIL ') : paint('33;1', 'ERROR');
    if (!o.summary) return `${label} ${o.name.padEnd(width)}  ${o.error!.message}`;
    const s = o.summary;
    const counts = `score ${String(s.score).padStart(6)}  critical ${s.counts.critical}  major ${s.counts.major}  minor ${s.counts.minor}${s.suppressed ? `  suppressed ${s.suppressed}` : ''}`;
    return `${label} ${o.name.padEnd(width)}  ${counts}${s.reasons.length ? '  — ' + s.reasons.join('; ') : ''}`;
  });
  const t = totals(display.outcomes);
  lines.push(
    `${pairs(display.outcomes.length)}: ${t.pass} pass, ${t.fail} fail, ${t.error} could not be audited (${display.seconds.toFixed(1)} s, ${display.threads} thread${display.threads === 1 ? '' : 's'}${display.threadsNote ? `; ${display.threadsNote}` : ''})`,
  );
  return lines.join('\n') + '\n';
}
