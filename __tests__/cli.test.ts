import { describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli/main.ts';
import { SEED_SOURCE, SEED_TARGET, ROOT } from './helpers/seed.ts';

function run(argv: string[], cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false, cwd });
  return { code, stdout, stderr };
}

describe('faithful audit (CLI)', () => {
  test('--format json prints one JSON document under the contract, exit 1 for the seed', () => {
    const { code, stdout, stderr } = run(['audit', '--source', SEED_SOURCE, '--target', SEED_TARGET, '--format', 'json']);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['tool', 'source', 'target', 'alignments', 'findings', 'summary']));
    expect(json.tool).toEqual({ name: 'faithful', version: expect.any(String) });
    expect(json.source.segments[0]).toEqual(expect.objectContaining({ id: expect.any(String), start: 0, boilerplate: true }));
    for (const f of json.findings) {
      expect(['minor', 'major', 'critical']).toContain(f.severity);
      expect(f.category).toMatch(/^(accuracy|fluency|style|terminology)\//);
      for (const side of ['source', 'target'] as const) {
        if (f[side]) expect(json[side].text.slice(f[side].start, f[side].end)).toBe(f[side].text);
      }
    }
    expect(json.summary).toEqual(expect.objectContaining({ words: expect.any(Number), penalty: expect.any(Number), score: expect.any(Number), pass: false }));
  });

  test('a faithful copy passes with exit 0 and no findings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faithful-'));
    copyFileSync(SEED_SOURCE, join(dir, 'copy.txt'));
    const { code, stdout } = run(['audit', '--source', SEED_SOURCE, '--target', join(dir, 'copy.txt'), '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).findings).toEqual([]);
  });

  test('the text summary names the verdict, counts and line:column locations', () => {
    const { code, stdout } = run(['audit', '--source', SEED_SOURCE, '--target', SEED_TARGET]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^FAIL /);
    expect(stdout).toMatch(/critical \d+ {2}major \d+ {2}minor \d+/);
    expect(stdout).toContain('target:2:128');
    expect(stdout).toContain('RogersWhen');
  });

  test('corpus mode writes an HTML and a JSON report per pair', () => {
    const out = mkdtempSync(join(tmpdir(), 'faithful-reports-'));
    const { code } = run(['audit', 'corpus', '--out', out]);
    expect(code).toBe(1);
    const files = readdirSync(out);
    expect(files).toEqual(expect.arrayContaining(['bloomberg-italy-isf-gaza.html', 'bloomberg-italy-isf-gaza.json']));
    expect(readFileSync(join(out, 'bloomberg-italy-isf-gaza.html'), 'utf8')).toContain('data-verdict="fail"');
  });

  test.each([
    [['audit', '--source', SEED_SOURCE, '--target', SEED_TARGET, '--bogus'], /Unknown option '--bogus'/],
    [['audit', '--source', SEED_SOURCE, '--target', '/nonexistent/target.txt'], /target\.txt: no such file/],
    [['audit', '--source', SEED_SOURCE, '--target', SEED_SOURCE], /same file/],
    [['audit', '--source', SEED_SOURCE, '--target', SEED_TARGET, '--format', 'pdf'], /unknown format "pdf"/],
    [['frobnicate'], /unknown command/],
    [['baseline', '--target', SEED_TARGET], /--source and --target go together/],
    [['baseline', 'corpus'], /baseline needs --source and --target/],
    [['baseline', '--source', SEED_SOURCE, '--target', SEED_TARGET, '--format', 'json'], /--format does not apply/],
    [['audit', '--pairs', 'm.json', 'corpus'], /either --pairs or folders/],
    [['audit', '--source', SEED_SOURCE, '--target', SEED_TARGET, '--config', 'x.json', '--no-config'], /--config and --no-config/],
    [['audit', '--source', SEED_SOURCE, '--target', SEED_TARGET, '--jobs', '0'], /--jobs must be a positive integer/],
  ])('usage and input errors exit 2 with one line on stderr: %j', (argv, message) => {
    const { code, stderr, stdout } = run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  test('--help lists the gate, configuration, baseline and batch options and the formats', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    for (const option of ['--config', '--no-config', '--baseline', '--fail-on', '--max-score', '--max-findings', '--pairs', '--jobs', 'faithful baseline']) expect(stdout).toContain(option);
    expect(stdout).toContain('text (default), json, html, md, sarif or junit');
  });
});
