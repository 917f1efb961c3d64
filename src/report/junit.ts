import { confidentView } from './confidence.ts';
import { lineLocator } from './locate.ts';
import type { AuditResult } from '../types.ts';

/**
 * JUnit XML for CI dashboards: one test suite per pair, a `gate` test case that fails with the gate's
 * reasons, and one test case per finding (a failure; skipped when a baseline suppressed it).
 */
export function formatJunit(result: AuditResult, name = result.target.path): string {
  return xmlDocument([suite(result, name)]);
}

/**
 * One report for several pairs (batch): the per-pair reports' suites side by side, and an error case for
 * each pair that could not be read.
 */
export function mergeJunit(entries: Array<{ name: string; xml?: string; error?: string }>): string {
  const suites = entries.map((e) =>
    e.xml
      ? (/^ {2}<testsuite [\s\S]*<\/testsuite>$/m.exec(e.xml)?.[0] ?? '')
      : `  <testsuite name="${attr(e.name)}" tests="1" failures="0" errors="1" skipped="0">\n    <testcase classname="faithful" name="read"><error message="${attr(e.error ?? 'unreadable')}"/></testcase>\n  </testsuite>`,
  );
  return xmlDocument(suites);
}

function suite(input: AuditResult, name: string): string {
  const result = confidentView(input);
  const at = { target: lineLocator(result.target.text), source: lineLocator(result.source.text) };
  const cases: string[] = [];
  const gate = result.summary.pass
    ? `    <testcase classname="faithful.gate" name="gate"/>`
    : `    <testcase classname="faithful.gate" name="gate"><failure message="${attr(result.summary.reasons.join('; '))}" type="gate">${text(result.summary.reasons.join('\n'))}</failure></testcase>`;
  cases.push(gate);
  let failures = result.summary.pass ? 0 : 1;
  let skipped = 0;
  for (const f of result.findings) {
    const side = f.target ? 'target' : 'source';
    const where = at[side]((f.target ?? f.source)!.start);
    const title = `${side}:${where.line}:${where.column} ${f.message}`;
    const body = `${f.severity} ${f.category}\n${(f.target ?? f.source)!.text}${f.suggestion ? `\nsuggestion: ${f.suggestion}` : ''}`;
    if (f.suppressed) {
      skipped++;
      cases.push(`    <testcase classname="faithful.${attr(f.rule)}" name="${attr(title)}"><skipped message="${attr(`suppressed by baseline (${f.decision ?? 'accepted'})`)}"/></testcase>`);
    } else {
      failures++;
      cases.push(`    <testcase classname="faithful.${attr(f.rule)}" name="${attr(title)}"><failure message="${attr(f.message)}" type="${f.severity}">${text(body)}</failure></testcase>`);
    }
  }
  // The configuration used, as properties (JUnit puts them before the test cases): path and sha256, or `none`.
  const config = result.config === undefined ? [] : result.config === null ? [['faithful.config', 'none']] : [['faithful.config', result.config.path], ['faithful.config.sha256', result.config.sha256]];
  const properties = config.length ? `    <properties>\n${config.map(([n, v]) => `      <property name="${n}" value="${attr(v!)}"/>`).join('\n')}\n    </properties>\n` : '';
  return `  <testsuite name="${attr(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" timestamp="${attr(result.generated)}">\n${properties}${cases.join('\n')}\n  </testsuite>`;
}

function xmlDocument(suites: string[]): string {
  const count = (key: string) => suites.reduce((n, s) => n + Number(new RegExp(`^  <testsuite [^>]*${key}="(\\d+)"`).exec(s)?.[1] ?? 0), 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="faithful" tests="${count('tests')}" failures="${count('failures')}" errors="${count('errors')}">\n${suites.join('\n')}\n</testsuites>\n`;
}

/** XML 1.0 forbids most control characters even escaped; they are dropped. */
function text(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}
