import { describe, expect, test } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_SOURCE, SEED_TARGET } from '../helpers/seed.ts';
import { builtinRules } from '../../src/rules/index.ts';
import { run, tempDir } from './helpers.ts';

const seed = ['audit', '--source', SEED_SOURCE, '--target', SEED_TARGET];
const config = (content: unknown) => tempDir({ 'faithful.config.json': typeof content === 'string' ? content : JSON.stringify(content) });

describe('faithful.config.json', () => {
  test('bad configurations exit 2 with one line naming the file and the key', () => {
    const cases: Array<[unknown, string]> = [
      [{ rules: { 'no-such-rule': 'major' } }, 'faithful.config.json: rules.no-such-rule: unknown rule'],
      [{ gate: { maxScore: 'ten' } }, 'faithful.config.json: gate.maxScore: must be number'],
      [{ gate: { failOn: 'warn' } }, 'faithful.config.json: gate.failOn: must be one of "minor", "major", "critical", "none"'],
      [{ gate: { maxFindings: -2 } }, 'faithful.config.json: gate.maxFindings: must be >= 0 (or -1 for no limit)'],
      [{ gate: { weights: { minor: 1, major: 5 } } }, 'faithful.config.json: gate.weights.critical: is required'],
      [{ gate: { maxscore: 3 } }, 'faithful.config.json: gate.maxscore: unknown key'],
      [{ rule: {} }, 'faithful.config.json: rule: unknown key'],
      [{ rules: { [builtinRules[0]!.meta.id]: 'warn' } }, `faithful.config.json: rules.${builtinRules[0]!.meta.id}: must be "off", a severity`],
      [{ rules: { [builtinRules[0]!.meta.id]: ['major', 'x'] } }, `faithful.config.json: rules.${builtinRules[0]!.meta.id}: must be "off", a severity`],
      [{ language: { source: 'Italian!' } }, 'faithful.config.json: language.source: must match pattern'],
      [{ plugins: ['./nowhere.js'] }, 'faithful.config.json: plugins[0]: cannot load'],
      ['{"gate": {', 'faithful.config.json: not valid JSON'],
    ];
    for (const [content, message] of cases) {
      const dir = config(content);
      const { code, stdout, stderr } = run(seed, dir);
      expect({ content, code, stdout }).toEqual({ content, code: 2, stdout: '' });
      expect(stderr.startsWith(`faithful: ${message}`)).toBe(true);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  test('every rule id is known, read from the rule list at run time', () => {
    const dir = config({ rules: Object.fromEntries(builtinRules.map((r) => [r.meta.id, 'off'])) });
    const { code, stdout } = run([...seed, '--format', 'json'], dir);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).findings).toEqual([]);
  });

  test('a rule set to off reports nothing; a rule set to critical reports at critical and fails the gate', () => {
    const plain = JSON.parse(run([...seed, '--format', 'json', '--no-config']).stdout);
    const rule = plain.findings[0].rule as string;
    const n = plain.findings.filter((f: { rule: string }) => f.rule === rule).length;
    const off = JSON.parse(run([...seed, '--format', 'json'], config({ rules: { [rule]: 'off' } })).stdout);
    expect(off.findings.filter((f: { rule: string }) => f.rule === rule)).toEqual([]);
    const dir = config({ rules: { [rule]: ['critical', {}] }, gate: { maxScore: 100000, maxUnsupportedShare: -1 } });
    const critical = run([...seed, '--format', 'json'], dir);
    expect(critical.code).toBe(1);
    const json = JSON.parse(critical.stdout);
    expect(json.findings.filter((f: { rule: string; severity: string }) => f.rule === rule && f.severity === 'critical')).toHaveLength(n);
    expect(json.summary.reasons).toEqual([`${n + plain.summary.counts.critical} finding${n + plain.summary.counts.critical === 1 ? '' : 's'} at critical severity or above`]);
  });

  test('the gate comes from the configuration, and a flag overrides it', () => {
    const dir = config({ gate: { maxScore: 100000, failOn: 'none', maxUnsupportedShare: -1 } });
    expect(run(seed, dir).code).toBe(0);
    expect(run([...seed, '--max-score', '1'], dir).code).toBe(1);
    expect(run([...seed, '--fail-on', 'minor'], dir).code).toBe(1);
    expect(run([...seed, '--max-findings', '0'], dir).code).toBe(1);
  });

  test('the configuration is found in a parent folder; --no-config ignores it; --config names one', () => {
    const dir = config({ gate: { maxScore: 100000, failOn: 'none', maxUnsupportedShare: -1 } });
    const deep = join(dir, 'articles', 'today');
    mkdirSync(deep, { recursive: true });
    expect(run(seed, deep).code).toBe(0);
    expect(run([...seed, '--no-config'], deep).code).toBe(1);
    const elsewhere = tempDir();
    expect(run([...seed, '--config', join(dir, 'faithful.config.json')], elsewhere).code).toBe(0);
    const missing = run([...seed, '--config', 'nope.json'], elsewhere);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("faithful: nope.json: no such file\n");
  });

  test('gate weights change the penalty', () => {
    const plain = JSON.parse(run([...seed, '--format', 'json', '--no-config']).stdout);
    const dir = config({ gate: { weights: { minor: 0, major: 0, critical: 0 } } });
    const weighted = JSON.parse(run([...seed, '--format', 'json'], dir).stdout);
    expect(plain.summary.penalty).toBeGreaterThan(0);
    expect(weighted.summary.penalty).toBe(0);
  });
});
