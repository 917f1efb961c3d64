import { describe, expect, test } from '@jest/globals';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SEED_SOURCE, SEED_TARGET } from '../helpers/seed.ts';
import { run, tempDir } from './helpers.ts';

// Issue 19, item 6: what a newcomer sees at the command line.

const COMMANDS = 'expected "audit", "baseline", "serve" or "data"; faithful --help lists the options';
const SEED = ['audit', '--source', SEED_SOURCE, '--target', SEED_TARGET];

describe('commands', () => {
  test('`faithful` alone and an unknown command list every command (exit 2)', () => {
    expect(run([])).toEqual({ code: 2, stdout: '', stderr: `faithful: missing command (${COMMANDS})\n` });
    expect(run(['frob'])).toEqual({ code: 2, stdout: '', stderr: `faithful: unknown command "frob" (${COMMANDS})\n` });
  });
});

describe('no limit is -1 on the command line and in the configuration alike', () => {
  const relaxed = ['--fail-on', 'none', '--max-unsupported-share', '-1'];
  test.each([
    [['--max-score', '-1'], { maxScore: -1 }],
    [['--max-score', '0', '--max-findings', '-1'], { maxScore: -1, maxFindings: -1 }],
  ])('%j and %j both pass the seed (exit 0)', (flags, gate) => {
    expect(run([...SEED, ...relaxed, ...flags, '--no-config']).code).toBe(flags.includes('0') ? 1 : 0);
    const dir = tempDir({ 'faithful.config.json': JSON.stringify({ gate: { ...gate, failOn: 'none', maxUnsupportedShare: -1 } }) });
    expect(run(SEED, dir)).toMatchObject({ code: 0, stderr: '' });
  });

  test('another negative limit in the configuration is one line naming the key, exit 2', () => {
    const dir = tempDir({ 'faithful.config.json': JSON.stringify({ gate: { maxScore: -2 } }) });
    expect(run(SEED, dir)).toEqual({ code: 2, stdout: '', stderr: 'faithful: faithful.config.json: gate.maxScore: must be >= 0 (or -1 for no limit)\n' });
  });
});

describe('singulars', () => {
  test('"1 finding" and "1 penalty point"', () => {
    const dir = tempDir({ 's.txt': 'The mayor of the city spoke on Monday about the new bridge.\n', 't.txt': 'The mayor ofthe city spoke on Monday about the new bridge.\n' });
    const pair = ['audit', '--source', join(dir, 's.txt'), '--target', join(dir, 't.txt'), '--no-config'];
    const { code, stdout } = run([...pair, '--max-findings', '0', '--max-score', '1']);
    expect(code).toBe(1);
    expect(stdout).toContain('gate failed: score 45.45 is over the limit of 1 penalty point per 100 words');
    expect(stdout).toContain('gate failed: 1 finding, over the limit of 0');
    expect(stdout).not.toMatch(/\b1 findings\b|\b1 penalty points\b/u);
  });
});

describe('a missing option value', () => {
  test.each([
    [['--target', '--format', 'json'], 'faithful: --target needs a file after it, but is followed by --format\n'],
    [['--target'], 'faithful: --target needs a file after it, and is the last argument\n'],
    [['--target', 't.txt', '--max-score'], 'faithful: --max-score needs a number after it, and is the last argument\n'],
  ])('audit --source s.txt %j', (rest, stderr) => {
    expect(run(['audit', '--source', 's.txt', ...rest])).toEqual({ code: 2, stdout: '', stderr });
  });
});

describe('a corpus folder that is also (half) a pair', () => {
  const corpus = () => {
    const dir = tempDir();
    for (const name of ['generated-news-1', 'generated-usage-1']) cpSync(join(ROOT, 'corpus', name), join(dir, name), { recursive: true });
    return dir;
  };

  test('a stray source.txt: says so, and audits the pair folders inside', () => {
    const dir = corpus();
    writeFileSync(join(dir, 'source.txt'), 'A stray file.\n');
    const { code, stdout, stderr } = run(['audit', dir, '--out', join(dir, 'out'), '--jobs', '1', '--no-config']);
    expect(code).toBe(1);
    expect(stderr).toContain(`faithful: ${dir}: no target file beside source.txt`);
    expect(stderr).toContain('so it is not a pair itself; auditing the 2 pair folders inside it');
    expect(stdout).toMatch(/^2 pairs: /mu);
    expect(stdout).toContain('generated-news-1');
    expect(stdout).toContain('generated-usage-1');
  });

  test('a pair that holds pair folders: all are audited, and it says so', () => {
    const dir = corpus();
    cpSync(join(ROOT, 'corpus', 'generated-news-1', 'source.txt'), join(dir, 'source.txt'));
    cpSync(join(ROOT, 'corpus', 'generated-news-1', 'target.txt'), join(dir, 'target.txt'));
    const { stdout, stderr } = run(['audit', dir, '--out', join(dir, 'out'), '--jobs', '1', '--no-config']);
    expect(stderr).toContain('is a pair and holds 2 pair folders; auditing all 3');
    expect(stdout).toMatch(/^3 pairs: /mu);
    expect(readFileSync(join(dir, 'out', 'index.html'), 'utf8').match(/<tr data-pair=/gu)).toHaveLength(3);
  });
});

describe('--jobs on a small batch', () => {
  test('one pair with --jobs 2 runs one thread and says why', () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'corpus', 'generated-news-1'), join(dir, 'news'), { recursive: true });
    const { stdout } = run(['audit', join(dir, 'news'), '--out', join(dir, 'out'), '--jobs', '2', '--no-config']);
    expect(stdout).toMatch(/^1 pair: .*, 1 thread; --jobs 2: one thread per pair at most\)$/mu);
  });

  test('two pairs with --jobs 2: two threads, or one and why', () => {
    const dir = tempDir();
    for (const name of ['generated-news-1', 'generated-usage-1']) cpSync(join(ROOT, 'corpus', name), join(dir, name), { recursive: true });
    const { stdout } = run(['audit', dir, '--out', join(dir, 'out'), '--jobs', '2', '--no-config']);
    expect(stdout).toMatch(/^2 pairs: .*, (2 threads|1 thread; --jobs 2: every pair was done before the other thread had started \(a worker thread takes a second or two to load\))\)$/mu);
  }, 60_000);
});
