import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { SEED_SOURCE, SEED_TARGET } from '../helpers/seed.ts';
import { builtinRules } from '../../src/rules/index.ts';
import { lineColumn } from '../../src/report/locate.ts';
import { run, tempDir } from './helpers.ts';

/** The official SARIF 2.1.0 schema (see fixtures/SOURCE.md); draft-04, so its `id` becomes `$id` for ajv 8. */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'));
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  // The schema's language pattern has a stray `]` that the u flag rejects; plain RegExp reads it as the spec authors did.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s));
  ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d\d-\d\dT/.test(s));
  return ajv.compile(schema);
}

describe('--format sarif', () => {
  const validate = sarifValidator();
  const { code, stdout } = run(['audit', '--source', SEED_SOURCE, '--target', SEED_TARGET, '--format', 'sarif']);
  const log = JSON.parse(stdout);
  const json = JSON.parse(run(['audit', '--source', SEED_SOURCE, '--target', SEED_TARGET, '--format', 'json']).stdout);

  test('the seed report validates against the SARIF 2.1.0 schema and keeps the exit code', () => {
    expect(code).toBe(1);
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(log.version).toBe('2.1.0');
  });

  test('the schema is not a rubber stamp: a broken log is rejected', () => {
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'fatal';
    delete broken.runs[0].tool.driver.name;
    expect(validate(broken)).toBe(false);
  });

  test('one result per finding, on the target file with the finding\'s line and column', () => {
    const results = log.runs[0].results;
    // The default views list what the gate counts: findings at or above the confidence threshold.
    const shown = json.findings.filter((f: { confidence: number }) => f.confidence >= json.summary.minConfidence);
    expect(results).toHaveLength(shown.length);
    const targetText = readFileSync(SEED_TARGET, 'utf8');
    shown.forEach((f: { rule: string; target: { start: number; end: number; text: string } | null; severity: string }, i: number) => {
      const r = results[i];
      expect(r.ruleId).toBe(f.rule);
      expect(log.runs[0].tool.driver.rules[r.ruleIndex].id).toBe(f.rule);
      expect(r.level).toBe(f.severity === 'minor' ? 'warning' : 'error');
      if (f.target) {
        const location = r.locations[0].physicalLocation;
        expect(location.artifactLocation.uri).toBe(SEED_TARGET.split('/').map(encodeURIComponent).join('/').replace(/^/, 'file://'));
        const { line, column } = lineColumn(targetText, f.target.start);
        expect(location.region).toEqual(expect.objectContaining({ startLine: line, startColumn: column, snippet: { text: f.target.text } }));
      }
    });
    const together = results.find((r: { locations: Array<{ physicalLocation: { region: { snippet: { text: string } } } }> }) =>
      r.locations[0].physicalLocation.region.snippet.text === 'RogersWhen');
    expect(together.locations[0].physicalLocation.region).toEqual(expect.objectContaining({ startLine: 2, startColumn: 128, endLine: 2, endColumn: 138 }));
  });

  test('rules[] carries every built-in rule\'s metadata', () => {
    const rules = log.runs[0].tool.driver.rules;
    for (const rule of builtinRules) {
      expect(rules).toContainEqual(expect.objectContaining({ id: rule.meta.id, shortDescription: { text: rule.meta.description } }));
    }
  });

  test('relative paths sit under %SRCROOT%; suppressed findings carry a suppression and still validate', () => {
    const dir = tempDir();
    const baseline = join(dir, 'baseline.json');
    expect(run(['baseline', '--source', SEED_SOURCE, '--target', SEED_TARGET, '--out', baseline]).code).toBe(0);
    const cwd = join(SEED_SOURCE, '..');
    const out = run(['audit', '--source', 'source.txt', '--target', 'target.txt', '--format', 'sarif', '--baseline', baseline], cwd);
    expect(out.code).toBe(0);
    const suppressed = JSON.parse(out.stdout);
    expect(validate(suppressed)).toBe(true);
    const first = suppressed.runs[0].results[0];
    expect(first.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'target.txt', uriBaseId: '%SRCROOT%', index: 0 });
    expect(first.suppressions).toEqual([expect.objectContaining({ kind: 'external', status: 'accepted' })]);
  });
});
