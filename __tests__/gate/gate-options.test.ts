import { describe, expect, test } from '@jest/globals';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_SOURCE, SEED_TARGET } from '../helpers/seed.ts';
import { run, tempDir } from './helpers.ts';

const seed = ['audit', '--source', SEED_SOURCE, '--target', SEED_TARGET];
/**
 * Everything the seed trips is let through, so that one option at a time can flip the verdict (59% of the
 * seed's target has no source: its background section, over the default maxUnsupportedShare of 0.4).
 */
const lenient = ['--fail-on', 'none', '--max-score', '100000', '--max-unsupported-share', '-1'];

function seedJson(...extra: string[]) {
  const { stdout } = run([...seed, '--format', 'json', ...extra]);
  return JSON.parse(stdout);
}

describe('gate options on the command line', () => {
  const baseline = seedJson(...lenient);

  test('the seed has findings of several severities to gate on', () => {
    expect(baseline.findings.length).toBeGreaterThan(5);
    expect(baseline.summary.score).toBeGreaterThan(10);
  });

  test('defaults: the seed fails on its score (over 10) and the summary says so', () => {
    const { code, stdout } = run(seed);
    expect(code).toBe(1);
    expect(stdout).toMatch(/gate failed: score [\d.]+ is over the limit of 10 penalty points per 100 words/);
  });

  test('with every condition relaxed the seed passes (exit 0) and no condition is listed', () => {
    const { code, stdout } = run([...seed, ...lenient]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^PASS /);
    expect(stdout).not.toContain('gate failed');
  });

  test('--max-score flips the verdict at the seed score', () => {
    const score = baseline.summary.score as number;
    expect(run([...seed, ...lenient, '--max-score', String(score)]).code).toBe(0);
    const failing = run([...seed, ...lenient, '--max-score', String(Math.floor(score - 1))]);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain(`gate failed: score ${score} is over the limit of ${Math.floor(score - 1)}`);
  });

  test('--fail-on minor fails on any finding; --fail-on none does not', () => {
    const failing = run([...seed, '--max-score', '100000', '--fail-on', 'minor']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain(`gate failed: ${baseline.summary.counts.total} findings at minor severity or above`);
    expect(run([...seed, ...lenient, '--max-score', '100000', '--fail-on', 'none']).code).toBe(0);
  });

  test('--fail-on major counts only major and critical findings', () => {
    const blocking = baseline.summary.counts.major + baseline.summary.counts.critical;
    const { code, stdout } = run([...seed, '--max-score', '100000', '--fail-on', 'major']);
    expect(code).toBe(blocking ? 1 : 0);
    if (blocking) expect(stdout).toContain(`${blocking} finding${blocking === 1 ? '' : 's'} at major severity or above`);
  });

  test('--max-findings flips the verdict at the number of findings', () => {
    // The gate counts findings at or above the confidence threshold (summary.counts), not the suspects below it.
    const n = baseline.summary.counts.total;
    expect(run([...seed, ...lenient, '--max-findings', String(n)]).code).toBe(0);
    const failing = run([...seed, ...lenient, '--max-findings', String(n - 1)]);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain(`gate failed: ${n} findings, over the limit of ${n - 1}`);
  });

  test('the JSON summary carries the same reasons as the text', () => {
    const json = seedJson('--fail-on', 'minor', '--max-score', '0', '--max-findings', '0');
    expect(json.summary.pass).toBe(false);
    // Score, severity, count, and the share with no source (the seed's background section).
    expect(json.summary.reasons).toHaveLength(4);
    expect(json.summary.reasons[3]).toMatch(/^59% of the target has no source \(284 of 482 words\), over the limit of 40%$/u);
  });

  test('a faithful copy passes even with --fail-on minor and --max-findings 0', () => {
    const dir = tempDir();
    copyFileSync(SEED_SOURCE, join(dir, 'copy.txt'));
    const { code } = run(['audit', '--source', SEED_SOURCE, '--target', join(dir, 'copy.txt'), '--fail-on', 'minor', '--max-findings', '0', '--max-score', '0']);
    expect(code).toBe(0);
  });

  test.each([
    [['--fail-on', 'warn'], '--fail-on must be minor, major, critical or none, got "warn"'],
    [['--max-score', 'ten'], '--max-score must be a non-negative number, got "ten" (or -1 for no limit)'],
    [['--max-score=-2'], '--max-score must be a non-negative number, got "-2" (or -1 for no limit)'],
    [['--max-findings', '1.5'], '--max-findings must be a non-negative integer, got "1.5" (or -1 for no limit)'],
  ])('bad gate option %j: exit 2, one line', (extra, message) => {
    const { code, stdout, stderr } = run([...seed, ...extra]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`faithful: ${message}\n`);
  });
});
