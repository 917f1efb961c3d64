import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePair } from '../../eval/perturb.ts';
import { ROOT, SEED_SOURCE, SEED_TARGET } from '../helpers/seed.ts';
import { runCli } from '../../src/cli/main.ts';
import { run, tempDir } from './helpers.ts';

const clean = readFileSync(SEED_SOURCE, 'utf8');

/** 50 pair folders of generated translations (seeded perturbations of the seed's source), one broken. */
function corpusOf50(): string {
  const files: Record<string, string | Buffer> = {};
  for (let i = 1; i <= 50; i++) {
    const name = `pair-${String(i).padStart(2, '0')}`;
    const { source, target } = i % 10 === 0 ? { source: clean, target: clean } : generatePair(clean, { seed: i });
    files[`${name}/source.txt`] = source;
    files[`${name}/target.txt`] = target;
  }
  files['broken/source.txt'] = clean;
  files['broken/target.txt'] = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]); // a zip header: binary
  return tempDir(files, 'faithful-batch-');
}

describe('batch runs', () => {
  test('a folder of 50 generated pairs and a broken one: 50 reports, an index, the broken pair reported, exit 1', () => {
    const corpus = corpusOf50();
    const out = join(corpus, '..', `${corpus.split('/').pop()}-reports`);
    // The substitution map is off: with it, a pair's report also depends on the run's other pairs
    // (batch-spinning.test.ts), and this test holds each report to a single run's.
    const config = join(tempDir({ 'faithful.config.json': JSON.stringify({ rules: { 'batch-spinning': 'off' } }) }), 'faithful.config.json');
    const { code, stdout, stderr } = run(['audit', corpus, '--out', out, '--jobs', '2', '--config', config]);
    expect(code).toBe(1); // generated pairs fail the gate; that outranks the unreadable pair (2)
    const files = readdirSync(out);
    expect(files.filter((f) => f.endsWith('.html') && f !== 'index.html')).toHaveLength(50);
    expect(files.filter((f) => f.endsWith('.json'))).toHaveLength(50);
    expect(files).toEqual(expect.arrayContaining(['index.html', 'summary.md']));
    expect(files.some((f) => f.startsWith('broken.'))).toBe(false);
    expect(stderr).toMatch(/faithful: broken: .*binary content/);
    expect(stdout).toMatch(/51 pairs: \d+ pass, \d+ fail, 1 could not be audited \([\d.]+ s, 2 threads\)/);
    expect(stdout).not.toContain('substitution map');

    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index.match(/<tr data-pair=/g)).toHaveLength(51);
    expect(index).toContain('data-pair="broken" data-verdict="error"');
    expect(index).toContain('href="pair-07.html"');
    // Clean copies pass, and their verdicts agree with their JSON reports.
    for (const name of ['pair-10', 'pair-20', 'pair-07']) {
      const json = JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8'));
      expect(index).toContain(`data-pair="${name}" data-verdict="${json.summary.pass ? 'pass' : 'fail'}"`);
    }
    expect(JSON.parse(readFileSync(join(out, 'pair-10.json'), 'utf8')).summary.pass).toBe(true);
    // Whichever thread audited a pair, its report is the one a single run gives.
    for (const name of ['pair-01', 'pair-02', 'pair-03', 'pair-49']) {
      const single = JSON.parse(run(['audit', '--source', join(corpus, name, 'source.txt'), '--target', join(corpus, name, 'target.txt'), '--format', 'json', '--config', config]).stdout);
      const batch = JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8'));
      expect(batch.findings).toEqual(single.findings);
      expect(batch.summary).toEqual(single.summary);
    }
    const summary = parseTable(readFileSync(join(out, 'summary.md'), 'utf8'));
    expect(summary).toHaveLength(51);
  }, 240_000);

  test('when every readable pair passes, one unreadable pair makes the exit code 2; junit.xml gathers every pair', () => {
    const corpus = tempDir({ 'a/source.txt': clean, 'a/target.txt': clean, 'b/source.txt': clean, 'b/target.txt': '' });
    const out = tempDir();
    const both = run(['audit', corpus, '--out', out, '--format', 'html', '--format', 'junit']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/faithful: b: .*file is empty/);
    expect(existsSync(join(out, 'a.html'))).toBe(true);
    const junit = readFileSync(join(out, 'junit.xml'), 'utf8');
    expect(junit.match(/<testsuite /g)).toHaveLength(2);
    expect(junit).toMatch(/<testsuite name="b" tests="1" failures="0" errors="1"/);
    expect(junit).toContain('<testcase classname="faithful.gate" name="gate"/>');
  });

  test('a progress bar on stderr when it is a terminal, none otherwise', () => {
    const corpus = tempDir({ 'a/source.txt': clean, 'a/target.txt': clean, 'b/source.txt': clean, 'b/target.txt': clean });
    let stderr = '';
    const code = runCli(['audit', corpus, '--out', tempDir(), '--jobs', '1'], { stdout: () => {}, stderr: (t) => (stderr += t), isTty: false, isStderrTty: true, cwd: ROOT });
    expect(code).toBe(0);
    expect(stderr).toContain('] 2/2 b');
    expect(stderr).toContain('\r\u001b[K');
    expect(run(['audit', corpus, '--out', tempDir(), '--jobs', '1']).stderr).toBe('');
  });

  test('--pairs reads a JSON or CSV manifest (paths relative to it); hostile names stay inside --out', () => {
    const garbled = readFileSync(SEED_TARGET, 'utf8');
    const manifests = {
      'pairs.json': JSON.stringify([
        { name: '../../escaped', source: 'texts/src.txt', target: 'texts/tgt.txt' },
        { name: '/etc/passwd', source: 'texts/src.txt', target: 'texts/copy.txt' },
        { source: 'texts/src.txt', target: 'texts/copy.txt' },
      ]),
      'pairs.csv': 'name,source,target\n"../../escaped",texts/src.txt,texts/tgt.txt\n"/etc/passwd",texts/src.txt,texts/copy.txt\n,texts/src.txt,texts/copy.txt\n',
    };
    for (const [file, content] of Object.entries(manifests)) {
      const base = tempDir({ [`deep/${file}`]: content, 'deep/texts/src.txt': clean, 'deep/texts/tgt.txt': garbled, 'deep/texts/copy.txt': clean });
      const out = join(base, 'deep', 'out');
      const { code, stderr } = run(['audit', '--pairs', join(base, 'deep', file), '--out', out, '--format', 'json', '--format', 'sarif', '--jobs', '1']);
      expect({ file, stderr }).toEqual({ file, stderr: '' });
      expect(code).toBe(1);
      expect(readdirSync(out).sort()).toEqual(
        ['escaped.json', 'escaped.sarif', 'etc-passwd.json', 'etc-passwd.sarif', 'index.html', 'summary.md', 'texts-copy.json', 'texts-copy.sarif'].sort(),
      );
      expect(readdirSync(base)).toEqual(['deep']);
      expect(readdirSync(join(base, 'deep')).sort()).toEqual([file, 'out', 'texts'].sort());
    }
  });

  test('through bin/faithful.js (two threads): the same reports and exit code', () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 12; i++) Object.assign(files, { [`p${i}/source.txt`]: clean, [`p${i}/target.txt`]: i === 5 ? readFileSync(SEED_TARGET, 'utf8') : clean });
    const corpus = tempDir(files);
    const out = join(corpus, 'out');
    const child = spawnSync(process.execPath, [join(ROOT, 'bin', 'faithful.js'), 'audit', corpus, '--out', out, '--jobs', '2', '--format', 'json'], { cwd: corpus, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(1);
    // One thread when every pair was done before the worker had started (the line then says so).
    expect(child.stdout).toMatch(/12 pairs: 11 pass, 1 fail, 0 could not be audited \([\d.]+ s, [12] threads?[;)]/);
    expect(readdirSync(out).filter((f) => f.endsWith('.json'))).toHaveLength(12);
    expect(JSON.parse(readFileSync(join(out, 'p5.json'), 'utf8')).summary.pass).toBe(false);
  }, 120_000);

  test('pairs named like the batch\'s own files, or alike, get distinct names', () => {
    const entries = ['index', 'summary', 'Index', 'a', 'a'].map((name) => ({ name, source: 's.txt', target: 't.txt' }));
    const dir = tempDir({ 's.txt': clean, 't.txt': clean, 'pairs.json': JSON.stringify(entries) });
    const out = join(dir, 'out');
    expect(run(['audit', '--pairs', join(dir, 'pairs.json'), '--out', out, '--format', 'html', '--format', 'md', '--jobs', '1']).code).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith('.html')).sort()).toEqual(['Index-3.html', 'a-2.html', 'a.html', 'index-2.html', 'index.html', 'summary-2.html']);
    expect(readdirSync(out).filter((f) => f.endsWith('.md')).sort()).toEqual(['Index-3.md', 'a-2.md', 'a.md', 'index-2.md', 'summary-2.md', 'summary.md']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('data-pair="index-2"');
  });

  test('a bad manifest is a usage error naming the entry', () => {
    const dir = tempDir({ 'm.json': JSON.stringify([{ source: 'a.txt' }]), 'm.csv': 'source,file\na,b\n' });
    expect(run(['audit', '--pairs', join(dir, 'm.json')]).stderr).toBe(`faithful: ${join(dir, 'm.json')}: [0].target: must be a non-empty string\n`);
    const csv = run(['audit', '--pairs', join(dir, 'm.csv')]);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toMatch(/the CSV header must name "source" and "target"/);
  });
});

function parseTable(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| pair'));
}
