import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_SOURCE, SEED_TARGET, seedPair } from '../helpers/seed.ts';
import { auditGated } from '../../src/baseline/pipeline.ts';
import { fingerprintOf } from '../../src/baseline/fingerprint.ts';
import { run, tempDir } from './helpers.ts';

interface JsonFinding {
  id: string;
  rule: string;
  severity: string;
  target: { start: number; end: number; text: string } | null;
  source: { start: number; end: number; text: string } | null;
  fingerprint: string;
  suppressed?: boolean;
  decision?: string;
}

const seed = ['audit', '--source', SEED_SOURCE, '--target', SEED_TARGET];
const key = (f: JsonFinding) => `${f.rule}|${(f.target ?? f.source)!.text}`;

function makeBaseline(dir: string): string {
  const path = join(dir, 'baseline.json');
  const { code, stderr } = run(['baseline', '--source', SEED_SOURCE, '--target', SEED_TARGET, '--out', path]);
  expect(code).toBe(0);
  expect(stderr).toMatch(/^faithful: \d+ findings accepted into /);
  return path;
}

describe('reviewed baselines', () => {
  const original = JSON.parse(run([...seed, '--format', 'json']).stdout);
  const findings = original.findings as JsonFinding[];

  test('every finding has a fingerprint of rule, text and nearby words, not offsets', () => {
    expect(findings.length).toBeGreaterThan(5);
    for (const f of findings) expect(f.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    const { source, target } = seedPair();
    const shifted = auditGated(source, { ...target, text: 'A new first paragraph, added by an editor.\n\n' + target.text });
    const after = new Set(shifted.findings.map((f) => f.fingerprint));
    const before = findings.filter((f) => f.target);
    expect(before.length).toBeGreaterThan(5);
    for (const f of before) expect({ f: key(f), kept: after.has(f.fingerprint) }).toEqual({ f: key(f), kept: true });
    expect(shifted.findings.find((f) => f.target && f.target.start < 50)?.fingerprint).not.toBe(findings[0]!.fingerprint);
  });

  test('a baseline made from the seed makes the same pair pass; its findings stay visible as suppressed', () => {
    const path = makeBaseline(tempDir());
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file).toEqual(expect.objectContaining({ tool: 'faithful', decisions: expect.any(Array) }));
    expect(file.decisions).toHaveLength(findings.length);
    expect(file.decisions[0]).toEqual({ finding: 'f1', fingerprint: findings[0]!.fingerprint, rule: findings[0]!.rule, target: findings[0]!.target?.text ?? null, decision: 'accepted' });

    expect(original.summary.pass).toBe(false);
    const { code, stdout } = run([...seed, '--format', 'json', '--baseline', path]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.summary).toEqual(expect.objectContaining({ pass: true, penalty: 0, suppressed: findings.length, reasons: [] }));
    expect(json.summary.counts.total).toBe(0);
    expect(json.findings).toHaveLength(findings.length);
    for (const f of json.findings) expect(f).toEqual(expect.objectContaining({ suppressed: true, decision: 'accepted' }));

    const text = run([...seed, '--baseline', path]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^PASS /);
    expect(text.stdout).toContain(`suppressed ${findings.length}`);
    expect(text.stdout).toMatch(/suppressed \(accepted\) (minor|major|critical) /);
  });

  test('after an unrelated sentence of the target is edited, the same findings are still suppressed', () => {
    const path = makeBaseline(tempDir());
    const target = readFileSync(SEED_TARGET, 'utf8');
    const segments = original.target.segments as Array<{ id: string; start: number; end: number; text: string; boilerplate: boolean }>;
    const flagged = new Set(findings.map((f) => f.target && segments.find((s) => f.target!.start >= s.start && f.target!.start < s.end)?.id));
    const quiet = segments.find((s) => !s.boilerplate && !flagged.has(s.id) && / the /.test(s.text) && s.text.length > 60)!;
    expect(quiet).toBeDefined();
    const edited = quiet.text.replace(/ the /, ' this ');
    const dir = tempDir({ 'target.txt': target.slice(0, quiet.start) + edited + target.slice(quiet.end) });
    const { stdout } = run(['audit', '--source', SEED_SOURCE, '--target', join(dir, 'target.txt'), '--format', 'json', '--baseline', path]);
    const after = JSON.parse(stdout);
    const editedSpan = { start: quiet.start, end: quiet.start + edited.length };
    const stillThere = (after.findings as JsonFinding[]).filter((f) => findings.some((o) => key(o) === key(f)));
    expect(stillThere).toHaveLength(findings.length);
    for (const f of stillThere) expect({ f: key(f), suppressed: f.suppressed }).toEqual({ f: key(f), suppressed: true });
    // Anything new sits in the edited sentence.
    for (const f of after.findings as JsonFinding[]) {
      if (!f.suppressed) expect(f.target && f.target.start >= editedSpan.start && f.target.end <= editedSpan.end).toBe(true);
    }
    expect(after.summary.suppressed).toBe(findings.length);
  });

  test('editing the words right around a finding makes it a new finding again', () => {
    const { source, target } = seedPair();
    const result = auditGated(source, target);
    const f = result.findings.find((x) => x.target && x.rule === 'run-together-words')!;
    const changed = { ...result, target: { ...result.target, text: result.target.text.slice(0, f.target!.end) + ' nowadays' + result.target.text.slice(f.target!.end) } };
    expect(fingerprintOf(f, changed)).not.toBe(f.fingerprint);
  });

  test('the HTML report\'s export (rule + target text, no fingerprint) suppresses that finding only; false-positive counts too', () => {
    const withTarget = findings.filter((f) => f.target);
    const chosen = withTarget[withTarget.length - 1]!;
    const dir = tempDir({
      'decisions.json': JSON.stringify({ tool: 'faithful', decisions: [{ finding: chosen.id, fingerprint: null, rule: chosen.rule, target: chosen.target!.text, decision: 'false-positive' }] }),
    });
    const json = JSON.parse(run([...seed, '--format', 'json', '--baseline', join(dir, 'decisions.json')]).stdout);
    const suppressed = (json.findings as JsonFinding[]).filter((f) => f.suppressed);
    expect(suppressed.map(key)).toEqual(findings.filter((f) => key(f) === key(chosen)).map(key));
    expect(suppressed[0]!.decision).toBe('false-positive');
    expect(json.summary.suppressed).toBe(suppressed.length);
    expect(json.summary.counts.total).toBe(findings.length - suppressed.length);
  });

  test('the configuration can name the baseline (relative to the config file)', () => {
    const dir = tempDir();
    makeBaseline(dir);
    writeFileSync(join(dir, 'faithful.config.json'), JSON.stringify({ baseline: 'baseline.json' }));
    expect(run(seed, dir).code).toBe(0);
  });

  test.each([
    [{ decisions: [{ fingerprint: 'abc', decision: 'maybe' }] }, 'decisions[0].decision: must be one of "accepted", "false-positive"'],
    [{ decisions: {} }, 'decisions: must be array'],
    [{ tool: 'faithful' }, 'decisions: is required'],
    [{ decisions: [{ fingerprint: null, decision: 'accepted' }] }, 'decisions[0]: needs a fingerprint, or a rule and a target'],
  ])('a bad decisions file exits 2 naming the key: %j', (content, message) => {
    const dir = tempDir({ 'bad.json': JSON.stringify(content) });
    const { code, stderr } = run([...seed, '--baseline', join(dir, 'bad.json')]);
    expect(code).toBe(2);
    expect(stderr).toBe(`faithful: ${join(dir, 'bad.json')}: ${message}\n`);
  });
});
