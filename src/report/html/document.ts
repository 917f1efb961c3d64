import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import type { AuditResult } from '../../types.ts';
import { alignedView } from './aligned.ts';
import { clientScript } from './client.ts';
import { reportData, scriptSafeJson } from './data.ts';
import { verdictHeader } from './header.ts';
import { baseName, categoryColours } from './labels.ts';
import { buildModel } from './model.ts';
import { findingsPanel, overviewStrip, toolbar } from './panel.ts';
import { stylesheet } from './styles.ts';

/** The Content-Security-Policy of the report: no network, inline styles, and only our own script by hash. */
export function contentSecurityPolicy(scriptHash: string): string {
  return `default-src 'none'; style-src 'unsafe-inline'; script-src ${scriptHash}; base-uri 'none'; form-action 'none'`;
}

/** The whole report as a hast tree. Every piece of article text is a text node, so the serialiser escapes it. */
export function reportTree(result: AuditResult): Root {
  const model = buildModel(result);
  const colours = categoryColours(result.findings.map((f) => f.category));
  const script = clientScript();
  const name = baseName(result.target.path).replace(/\.[^.]+$/, '') || 'report';
  const verdict = result.summary.pass ? 'PASS' : 'FAIL';
  return h(null, [
    { type: 'doctype' },
    h('html', { lang: 'en' }, [
      h('head', [
        h('meta', { charSet: 'utf-8' }),
        h('meta', { httpEquiv: 'Content-Security-Policy', content: contentSecurityPolicy(script.hash) }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('meta', { name: 'generator', content: `${result.tool.name} ${result.tool.version}` }),
        h('title', `${verdict} · ${baseName(result.target.path)} · faithful review`),
        h('style', stylesheet(colours)),
      ]),
      h('body', [
        verdictHeader(result),
        toolbar(model),
        h('main.layout', [alignedView(result, model), overviewStrip(), findingsPanel(result, model)]),
        h('div#pop.pop', { role: 'dialog', hidden: true }),
        h('script#faithful-data', { type: 'application/json' }, scriptSafeJson(reportData(result, model, name))),
        h('script', script.code),
      ]),
    ]),
  ]);
}

export function renderReport(result: AuditResult): string {
  return toHtml(reportTree(result));
}
