import { describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.ts';
import { clearFreedictCache } from '../../src/bilingual/freedict.ts';
import { testWithFreedict } from '../helpers/debian.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PAIR = join('__tests__', 'fixtures', 'bilingual', 'spread-btp');

function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false, cwd: ROOT });
  return { code, stdout, stderr };
}
const files = (target: string) => ['--source', join(PAIR, 'source.txt'), '--target', join(PAIR, target), '--no-config'];

describe('faithful audit, bilingual', () => {
  testWithFreedict('--source-lang it --target-lang en: the usual JSON contract, with the pair named', () => {
    const { code, stdout } = run(['audit', ...files('damaged.txt'), '--source-lang', 'it', '--target-lang', 'en', '--format', 'json']);
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.languagePair).toEqual({ source: 'it', target: 'en', detected: false });
    expect(json.findings.map((f: { target: { text: string } | null }) => f.target?.text)).toEqual(expect.arrayContaining(['XNUMX', '2.5 million']));
    for (const f of json.findings) if (f.target) expect(json.target.text.slice(f.target.start, f.target.end)).toBe(f.target.text);
  });

  testWithFreedict('without flags the Italian source is detected, and the text report says so in one line', () => {
    const { code, stdout } = run(['audit', ...files('faithful.txt')]);
    expect(code).toBe(0);
    expect(stdout.split('\n').filter((l) => l.includes('languages:'))).toEqual(['  languages: Italian → English (bilingual audit; detected from the texts)']);
  });

  testWithFreedict('the HTML report marks the Italian and the English columns', () => {
    const { stdout } = run(['audit', ...files('faithful.txt'), '--format', 'html']);
    expect(stdout).toMatch(/class="cell src"[^>]*lang="it"|lang="it"[^>]*class="cell src"/u);
    expect(stdout).toMatch(/class="cell tgt"[^>]*lang="en"|lang="en"[^>]*class="cell tgt"/u);
    expect(stdout).toContain('Italian → English');
  });

  test('a bad language tag is a usage error', () => {
    const { code, stderr } = run(['audit', ...files('faithful.txt'), '--source-lang', 'it alian']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  test('without FreeDict: exit 2, one line naming the Debian packages', () => {
    const saved = process.env.FAITHFUL_DICTD;
    process.env.FAITHFUL_DICTD = '/nonexistent-dictd';
    clearFreedictCache();
    try {
      const { code, stderr } = run(['audit', ...files('faithful.txt'), '--source-lang', 'it', '--target-lang', 'en']);
      expect(code).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain('apt-get install dict-freedict-ita-eng dict-freedict-eng-ita');
    } finally {
      if (saved === undefined) delete process.env.FAITHFUL_DICTD;
      else process.env.FAITHFUL_DICTD = saved;
    }
  });
});
