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
    // Findings the rules still make on the shifted text (same rule, text and message) keep their fingerprints.
    const same = (a: { rule: string; message: string } & Partial<JsonFinding>, b: typeof a) => a.rule === b.rule && a.message === b.message && a.target?.text === b.target?.text;
    const before = findings.filter((f) => f.target);
    const kept = before.filter((f) => shifted.findings.some((g) => same(f as never, g as never)));
    expect(kept.length).toBeGreaterThan(before.length * 0.8);
    for (const f of kept) {
      const candidates = shifted.findings.filter((g) => same(f as never, g as never)).map((g) => g.fingerprint);
      expect({ f: key(f), kept: candidates.includes(f.fingerprint) }).toEqual({ f: key(f), kept: true });
    }
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
    expect(json.summary.baseline).toEqual({ decisions: findings.length, unmatched: 0 });
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
    // The garbled seed has findings in most sentences; edit one word that is at least three words away
    // from every finding (outside the context a fingerprint takes), in a sentence with no whole-sentence finding.
    let edit: { segment: (typeof segments)[number]; start: number; end: number } | undefined;
    for (const segment of segments.filter((s) => !s.boilerplate)) {
      const inside = findings.filter((f) => f.target && f.target.start >= segment.start && f.target.start < segment.end);
      if (inside.some((f) => f.target!.end - f.target!.start >= segment.text.trim().length - 1)) continue;
      const words = [...segment.text.matchAll(/[A-Za-z]{4,}/g)].map((m) => ({ start: segment.start + m.index!, end: segment.start + m.index! + m[0].length }));
      const wordIndex = (offset: number) => words.findIndex((w) => w.end > offset);
      const pick = words.find((_, i) => inside.every((f) => Math.abs(wordIndex(f.target!.start) - i) > 3 && Math.abs(wordIndex(f.target!.end - 1) - i) > 3));
      if (pick) {
        edit = { segment, ...pick };
        break;
      }
    }
    expect(edit).toBeDefined();
    const { segment, start, end } = edit!;
    const replacement = 'really';
    const dir = tempDir({ 'target.txt': target.slice(0, start) + replacement + target.slice(end) });
    const { stdout } = run(['audit', '--source', SEED_SOURCE, '--target', join(dir, 'target.txt'), '--format', 'json', '--baseline', path]);
    const after = JSON.parse(stdout);
    const shift = replacement.length - (end - start);
    const editedSpan = { start: segment.start, end: segment.end + shift };
    const inEdited = (f: JsonFinding) => !!f.target && f.target.start >= editedSpan.start && f.target.start < editedSpan.end;
    // Every finding outside the edited sentence is found again and suppressed.
    const outside = findings.filter((f) => !(f.target && f.target.start >= segment.start && f.target.start < segment.end));
    for (const f of outside) {
      const again = (after.findings as JsonFinding[]).filter((g) => key(g) === key(f) && g.fingerprint === f.fingerprint);
      expect({ f: key(f), found: again.length > 0, suppressed: again.every((g) => g.suppressed) }).toEqual({ f: key(f), found: true, suppressed: true });
    }
    // Only findings in the edited sentence may be open (new ones the edit caused).
    for (const f of after.findings as JsonFinding[]) {
      if (!f.suppressed) expect({ f: key(f), inEdited: inEdited(f) }).toEqual({ f: key(f), inEdited: true });
    }
    expect(after.summary.suppressed).toBeGreaterThanOrEqual(outside.length);
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
    // Counts hold what the gate counts: neither suppressed findings nor suspects under the confidence threshold.
    const counted = (fs: JsonFinding[]) => fs.filter((f) => (f as unknown as { confidence: number }).confidence >= json.summary.minConfidence).length;
    expect(json.summary.counts.total).toBe(counted(findings) - counted(suppressed));
  });

  test('the seed\'s JSON report itself works as a baseline: every finding in it is accepted', () => {
    const dir = tempDir({ 'report.json': run([...seed, '--format', 'json']).stdout });
    const { code, stdout } = run([...seed, '--format', 'json', '--baseline', join(dir, 'report.json')]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).summary.suppressed).toBe(findings.length);
  });

  test('decisions that match no finding any more are counted as stale and named in the text summary', () => {
    const dir = tempDir({
      'decisions.json': JSON.stringify({ decisions: [{ fingerprint: findings[0]!.fingerprint, decision: 'accepted' }, { fingerprint: '0000000000000000', decision: 'accepted' }, { rule: 'changed-number', target: 'no such text', decision: 'false-positive' }] }),
    });
    const json = JSON.parse(run([...seed, '--format', 'json', '--baseline', join(dir, 'decisions.json')]).stdout);
    expect(json.summary.baseline).toEqual({ decisions: 3, unmatched: 2 });
    expect(run([...seed, '--baseline', join(dir, 'decisions.json')]).stdout).toContain('baseline: 2 of 3 decisions matched no finding');
    expect(run(seed).stdout).not.toContain('baseline:');
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
