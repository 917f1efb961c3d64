import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { audit, builtinRules, formatSarif, readInput, type Rule } from '../../src/index.ts';
import { ROOT, SEED_SOURCE, SEED_TARGET, seedPair } from '../helpers/seed.ts';
import { run, tempDir } from './helpers.ts';

const PLUGIN = join(ROOT, 'docs', 'examples', 'exclamation-added.js');
const shouting = (text: string) => text.replace('In UN documentation', 'Incredibly! In UN documentation');

describe('programmatic API', () => {
  test('audit() returns the same result object as the JSON report', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const source = readInput(SEED_SOURCE);
    const target = readInput(SEED_TARGET);
    const result = audit({ ...source, path: SEED_SOURCE }, { ...target, path: SEED_TARGET }, { now });
    const cli = JSON.parse(run(['audit', '--source', SEED_SOURCE, '--target', SEED_TARGET, '--format', 'json', '--no-config']).stdout);
    expect(JSON.parse(JSON.stringify(result))).toEqual({ ...cli, generated: now.toISOString() });
  });

  // A checkout has no lib/ (npm pack builds it): `--conditions=source` resolves the package name to the
  // sources there. The installed package's lib/ is imported by .ci/run, in an empty project.
  test('"faithful-audit" (the package name) resolves through package.json exports (to src/index.ts with --conditions=source)', () => {
    const script = `import { audit, builtinRules } from 'faithful-audit'; const r = audit('Rome said yes on Monday.', 'Rome said yes on Tuesday.'); console.log(JSON.stringify({ rules: builtinRules.length, findings: r.findings.map((f) => f.rule) }));`;
    const child = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({ rules: builtinRules.length, findings: expect.any(Array) });
  });

  test('gate, rules and baseline options work as in the CLI; unknown rule ids throw', () => {
    const { source, target } = seedPair();
    const plain = audit(source, target);
    expect(audit(source, target, { gate: { maxScore: 100000, failOn: 'none' } }).summary.pass).toBe(false); // 59% has no source
    expect(audit(source, target, { gate: { maxScore: 100000, failOn: 'none', maxUnsupportedShare: -1 } }).summary.pass).toBe(true);
    const rule = plain.findings[0]!.rule;
    expect(audit(source, target, { rules: { [rule]: 'off' } }).findings.some((f) => f.rule === rule)).toBe(false);
    expect(() => audit(source, target, { rules: { 'no-such-rule': 'off' } })).toThrow(/rules\.no-such-rule: unknown rule/);
    const accepted = plain.findings.map((f) => ({ fingerprint: f.fingerprint!, decision: 'accepted' as const }));
    const reviewed = audit(source, target, { baseline: accepted });
    expect(reviewed.summary).toEqual(expect.objectContaining({ pass: true, suppressed: plain.findings.length }));
  });

  test('a plugin rule object runs after the built-in rules, with its options and metadata', () => {
    const { source, target } = seedPair();
    const plugin: Rule = {
      meta: { id: 'mentions-rome', description: 'Flags “Rome”.', category: 'terminology/wrong-term', defaultSeverity: 'minor', basis: 'a test' },
      check: (context) => {
        const at = context.target.text.indexOf('Rome');
        return at < 0 || context.options.skip ? [] : [{ target: { start: at, end: at + 4, text: 'Rome' }, message: 'Rome' }];
      },
    };
    const result = audit(source, target, { plugins: [plugin], rules: { 'mentions-rome': ['critical', {}] } });
    expect(result.findings.filter((f) => f.rule === 'mentions-rome')).toEqual([expect.objectContaining({ severity: 'critical', category: 'terminology/wrong-term', target: expect.objectContaining({ text: 'Rome' }) })]);
    expect(audit(source, target, { plugins: [plugin], rules: { 'mentions-rome': ['minor', { skip: true }] } }).findings.some((f) => f.rule === 'mentions-rome')).toBe(false);
    const sarif = JSON.parse(formatSarif(result, { rules: [...builtinRules, plugin].map((r) => r.meta) }));
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('mentions-rome');
    expect(() => audit(source, target, { plugins: [{ meta: { id: 'x' } } as unknown as Rule] })).toThrow(/plugins\[0\]: not a rule \(check must be a function\)/);
  });

  // Plugin modules load through Node's own require of ES modules, which jest's module registry does not
  // provide, so these run faithful as users do: in a child process.
  test('the documented example plugin loads from a config file (CLI) and from a path (API)', () => {
    const { target } = seedPair();
    const dir = tempDir({
      'target.txt': shouting(target.text),
      'faithful.config.json': JSON.stringify({ plugins: [PLUGIN], rules: { 'exclamation-added': ['major', { ignoreHeadings: true }] } }),
    });
    const cli = spawnSync(process.execPath, [join(ROOT, 'bin', 'faithful.js'), 'audit', '--source', SEED_SOURCE, '--target', 'target.txt', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(1);
    expect(JSON.parse(cli.stdout).findings.filter((f: { rule: string }) => f.rule === 'exclamation-added')).toEqual([
      expect.objectContaining({ severity: 'major', category: 'style/register', target: expect.objectContaining({ text: '!' }) }),
    ]);

    const script = `import { audit } from 'faithful-audit'; import { readFileSync } from 'node:fs';
      const r = audit(readFileSync(${JSON.stringify(SEED_SOURCE)}, 'utf8'), readFileSync(${JSON.stringify(join(dir, 'target.txt'))}, 'utf8'), { plugins: [${JSON.stringify(PLUGIN)}] });
      console.log(JSON.stringify(r.findings.filter((f) => f.rule === 'exclamation-added').map((f) => [f.severity, f.target.text])));`;
    const api = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(api.stderr).toBe('');
    expect(JSON.parse(api.stdout)).toEqual([['minor', '!']]);
  });
});
