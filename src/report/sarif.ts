import { extname } from 'node:path';
import { confidentView } from './confidence.ts';
import { lineLocator } from './locate.ts';
import type { RuleMeta } from '../rules/rule.ts';
import type { AuditResult, Finding, Severity, Span } from '../types.ts';

export interface SarifOptions {
  /** Metadata of the rules that ran (built-in and plugins), for `tool.driver.rules`. */
  rules: RuleMeta[];
  language?: { source?: string; target?: string };
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', major: 'error', minor: 'warning' };
const INFORMATION_URI = 'https://github.com/faithful/faithful#rules';

/**
 * SARIF 2.1.0, so code-scanning UIs show findings on the target file. Results are located on the
 * target with line/column regions (UTF-16 columns, as JavaScript strings count); omissions sit on the
 * source. For .html and .md inputs the offsets point into the extracted article text, not the file,
 * so their regions carry the text as a snippet and no line numbers. Suppressed findings carry a SARIF
 * `suppressions` entry. Paths stay relative, under `%SRCROOT%`.
 */
export function formatSarif(input: AuditResult, options: SarifOptions): string {
  const result = confidentView(input);
  const metaById = new Map(options.rules.map((r) => [r.id, r]));
  for (const f of result.findings) {
    if (!metaById.has(f.rule)) metaById.set(f.rule, { id: f.rule, description: f.rule, category: f.category, defaultSeverity: f.severity, basis: f.basis ?? '' });
  }
  const rules = [...metaById.values()];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const artifacts = [result.target, result.source].map((doc) => ({ location: location(doc.path), roles: ['analysisTarget'] }));
  const locators = { target: lineLocator(result.target.text), source: lineLocator(result.source.text) };
  const physical = (side: 'target' | 'source', span: Span) => {
    const doc = result[side];
    const plain = !['.html', '.htm', '.md', '.markdown'].includes(extname(doc.path).toLowerCase());
    const start = locators[side](span.start);
    const end = locators[side](Math.max(span.start, span.end));
    const region = plain
      ? { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, snippet: { text: span.text } }
      : { snippet: { text: span.text } };
    return { physicalLocation: { artifactLocation: { ...location(doc.path), index: side === 'target' ? 0 : 1 }, region } };
  };
  const results = result.findings.map((f: Finding) => {
    const side = f.target ? 'target' : 'source';
    const related = f.target && f.source ? [{ id: 1, message: { text: 'the aligned source' }, ...physical('source', f.source) }] : undefined;
    return {
      ruleId: f.rule,
      ruleIndex: ruleIndex.get(f.rule)!,
      level: LEVEL[f.severity],
      message: { text: f.suggestion ? `${f.message} Suggested: ${f.suggestion}` : f.message },
      locations: [physical(side, (f.target ?? f.source)!)],
      ...(related ? { relatedLocations: related } : {}),
      ...(f.fingerprint ? { partialFingerprints: { 'faithful/v1': f.fingerprint } } : {}),
      ...(f.suppressed ? { suppressions: [{ kind: 'external', status: 'accepted', justification: `reviewed baseline: ${f.decision ?? 'accepted'}` }] } : {}),
      properties: { id: f.id, severity: f.severity, category: f.category, confidence: f.confidence, ...(f.basis ? { basis: f.basis } : {}) },
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            informationUri: INFORMATION_URI,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|[-/])([a-z])/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: r.description },
              fullDescription: { text: `${r.description} Basis: ${r.basis}` },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
              helpUri: `${INFORMATION_URI}`,
              properties: { category: r.category, defaultSeverity: r.defaultSeverity, tags: [r.category.split('/')[0]] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The folder faithful ran in.' } } },
        artifacts,
        results,
        invocations: [{ executionSuccessful: true, endTimeUtc: result.generated }],
        properties: {
          pass: result.summary.pass,
          ...(result.config !== undefined ? { config: result.config } : {}),
          score: result.summary.score,
          reasons: result.summary.reasons,
          suppressed: result.summary.suppressed ?? 0,
          belowConfidence: result.summary.belowConfidence ?? 0,
          ...(options.language?.source || options.language?.target ? { languagePair: options.language } : {}),
        },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** An artifact location: relative paths under %SRCROOT%, absolute ones as file URIs. */
function location(path: string): { uri: string; uriBaseId?: string } {
  if (path.startsWith('/')) return { uri: 'file://' + path.split('/').map(encodeURIComponent).join('/') };
  return { uri: path.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
