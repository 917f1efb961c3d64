import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_SOURCE, SEED_TARGET } from '../helpers/seed.ts';
import { run, tempDir } from './helpers.ts';

const PAIR = ['--source', SEED_SOURCE, '--target', SEED_TARGET];
/** Finding lines of the text output: `    target:12:3 …` or `    source:…`. */
const findingLines = (stdout: string) => stdout.split('\n').filter((l) => /^ {4}(target|source):\d+:\d+/.test(l));

describe('text output: --all, and where the rest is', () => {
  test('the default lists 20 and says how to see the rest; --all lists them all', () => {
    const short = run(['audit', ...PAIR]);
    const more = /… and (\d+) more \(faithful audit … --all lists them\)/.exec(short.stdout);
    expect(more).not.toBeNull();
    expect(findingLines(short.stdout)).toHaveLength(20);
    const all = run(['audit', ...PAIR, '--all']);
    expect(all.code).toBe(short.code);
    expect(all.stdout).not.toContain('more (');
    expect(findingLines(all.stdout)).toHaveLength(20 + Number(more![1]));
  });

  test('with --out the terminal names the report that has every finding, and the written text report is complete', () => {
    const out = tempDir();
    const { stdout } = run(['audit', ...PAIR, '--out', out, '--format', 'text', '--format', 'html']);
    expect(stdout).toContain(`more (all of them in ${join(out, 'target.html')})`);
    const written = readFileSync(join(out, 'target.txt'), 'utf8');
    expect(written).not.toContain('more (');
    expect(findingLines(written).length).toBeGreaterThan(20);
  });
});

describe('negative limits', () => {
  test.each([[['--max-score', '-1']], [['--max-score=-1']], [['--max-findings', '-1']]])('%j is no limit, not "ambiguous"', (flags) => {
    const { code, stderr } = run(['audit', ...PAIR, '--fail-on', 'none', '--max-score', '1000', '--max-unsupported-share', '-1', ...flags, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  test('--max-score -1 lifts a limit the seed pair is over', () => {
    expect(run(['audit', ...PAIR, '--fail-on', 'none', '--max-unsupported-share', '-1', '--max-score', '0.1', '--format', 'json']).code).toBe(1);
    expect(run(['audit', ...PAIR, '--fail-on', 'none', '--max-unsupported-share', '-1', '--max-score', '-1', '--format', 'json']).code).toBe(0);
  });

  test('another negative number is one line and exit 2', () => {
    const { code, stderr } = run(['audit', ...PAIR, '--max-score', '-2']);
    expect(code).toBe(2);
    expect(stderr).toBe('faithful: --max-score must be a non-negative number, got "-2" (or -1 for no limit)\n');
  });
});

describe('small things a newcomer tries', () => {
  test('"markdown" is accepted for md', () => {
    const { code, stdout } = run(['audit', ...PAIR, '--format', 'markdown']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^### faithful: ❌ FAIL/);
  });

  test('`faithful help` prints the help and exits 0', () => {
    const { code, stdout, stderr } = run(['help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Usage: faithful audit/);
  });
});

describe('swapped source and target', () => {
  const full = readFileSync(SEED_SOURCE, 'utf8');
  const paragraphs = full.split(/\n\s*\n/);
  const excerpt = paragraphs.slice(0, 10).join('\n\n') + '\n';

  test('a target that is an excerpt of a longer source gets a one-line hint on stderr', () => {
    const dir = tempDir({ 'long.txt': full, 'short.txt': excerpt });
    const { stderr } = run(['audit', '--source', join(dir, 'long.txt'), '--target', join(dir, 'short.txt'), '--format', 'json']);
    expect(stderr).toMatch(/^faithful: hint: every target sentence is in the source and \d+ of its \d+ sentences are reported omitted; were --source and --target given the wrong way round\?\n$/);
  });

  test('no hint the right way round, nor on the seed pair', () => {
    const dir = tempDir({ 'long.txt': full, 'short.txt': excerpt });
    expect(run(['audit', '--source', join(dir, 'short.txt'), '--target', join(dir, 'long.txt'), '--format', 'json']).stderr).toBe('');
    expect(run(['audit', ...PAIR, '--format', 'json']).stderr).toBe('');
  });
});
