import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { audit } from '../../src/audit.ts';
import { runCli } from '../../src/cli/main.ts';
import { DEFAULT_DATA_DIR } from '../../src/data/data-dir.ts';
import { SEED_SOURCE, SEED_TARGET } from '../helpers/seed.ts';

/**
 * Third-party lists are read from a data directory, never from the tree (issue 13, item 8). A rule whose
 * list is missing does not run, and every report says so; with the lists, both rules run.
 */
const SHARED = DEFAULT_DATA_DIR; // ../shared/data beside the checkout, where tests and CI have it
const SOURCE = { path: 'source.txt', text: 'Two soldiers died in a road accident. The company said artificial intelligence would help.' };
const TARGET = { path: 'target.txt', text: 'Two soldiers died in a road incident. The company said counterfeit consciousness would help.' };

let saved: string | undefined;
beforeEach(() => {
  saved = process.env.FAITHFUL_DATA;
});
afterEach(() => {
  if (saved === undefined) delete process.env.FAITHFUL_DATA;
  else process.env.FAITHFUL_DATA = saved;
});

function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false, cwd });
  return { code, stdout, stderr };
}

describe('data directory absent (FAITHFUL_DATA is an empty folder)', () => {
  test('the two rules that need a list do not run, and summary.inactive says which and why', () => {
    const empty = mkdtempSync(join(tmpdir(), 'faithful-nodata-'));
    process.env.FAITHFUL_DATA = empty;
    const result = audit(SOURCE, TARGET, { now: new Date(0) });
    expect(result.summary.inactive).toEqual([
      { rule: 'tortured-phrase', reason: expect.stringContaining('tortured-phrases/pairs.tsv') },
      { rule: 'false-friend', reason: expect.stringContaining('false-friends-it-en/false-friends-it-en.tsv') },
    ]);
    for (const { reason } of result.summary.inactive!) expect(reason).toContain(empty);
    expect(result.findings.filter((f) => f.rule === 'tortured-phrase' || f.rule === 'false-friend')).toEqual([]);
  });

  test('the CLI: JSON carries summary.inactive, text, Markdown and HTML each say which rule did not run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faithful-nodata-'));
    process.env.FAITHFUL_DATA = dir;
    const base = ['audit', '--no-config', '--source', SEED_SOURCE, '--target', SEED_TARGET];
    const json = cli([...base, '--format', 'json'], dir);
    expect(json.code).toBe(1); // the seed still fails on everything else
    expect(JSON.parse(json.stdout).summary.inactive.map((i: { rule: string }) => i.rule)).toEqual(['tortured-phrase', 'false-friend']);
    const text = cli([...base, '--format', 'text'], dir).stdout;
    expect(text).toMatch(/^ {2}not run: tortured-phrase: needs the tortured-phrases list .*faithful data install/mu);
    expect(text).toMatch(/^ {2}not run: false-friend: /mu);
    const md = cli([...base, '--format', 'md'], dir).stdout;
    expect(md).toMatch(/^> ⚠️ Rule `tortured-phrase` did not run: /mu);
    const html = cli([...base, '--format', 'html'], dir).stdout;
    expect(html).toMatch(/<ul class="inactive"><li>Rule tortured-phrase did not run: needs the tortured-phrases list/u);
    expect(html).toContain('Rule false-friend did not run');
  });

  test('a batch run says after its table which rules did not run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faithful-nodata-'));
    process.env.FAITHFUL_DATA = dir;
    const pair = join(dir, 'pair');
    mkdirSync(pair);
    writeFileSync(join(pair, 'source.txt'), SOURCE.text);
    writeFileSync(join(pair, 'target.txt'), TARGET.text);
    const { stdout } = cli(['audit', '--no-config', '--jobs', '1', '--out', join(dir, 'reports'), pair], dir);
    expect(stdout).toMatch(/^not run: tortured-phrase, false-friend \(their lists are not in the data directory; each report says why; faithful data install\)$/mu);
    const json = JSON.parse(readFileSync(join(dir, 'reports', 'pair.json'), 'utf8'));
    expect(json.summary.inactive.map((i: { rule: string }) => i.rule)).toEqual(['tortured-phrase', 'false-friend']);
  });

  test('a rule turned off in the configuration is not reported as inactive', () => {
    process.env.FAITHFUL_DATA = mkdtempSync(join(tmpdir(), 'faithful-nodata-'));
    const result = audit(SOURCE, TARGET, { rules: { 'tortured-phrase': 'off', 'false-friend': ['off', {}] } });
    expect(result.summary.inactive).toEqual([]);
  });
});

describe.each([[existsSync(join(SHARED, 'tortured-phrases', 'pairs.tsv')) ? SHARED : null]])('data directory present (%s)', (shared) => {
  const needsData = shared ? test : test.skip;

  needsData('FAITHFUL_DATA pointing at the shared data: every rule runs and both lists find their errors', () => {
    process.env.FAITHFUL_DATA = shared!;
    const result = audit(SOURCE, TARGET, { now: new Date(0) });
    expect(result.summary.inactive).toEqual([]);
    expect(result.findings.filter((f) => f.rule === 'false-friend').map((f) => f.target?.text)).toEqual(['incident']);
    expect(result.findings.filter((f) => f.rule === 'tortured-phrase').map((f) => f.target?.text)).toEqual(['counterfeit consciousness']);
  });

  needsData('the configuration\'s "data" key (relative to the file) is read when FAITHFUL_DATA is not set', () => {
    delete process.env.FAITHFUL_DATA;
    const dir = mkdtempSync(join(tmpdir(), 'faithful-config-data-'));
    writeFileSync(join(dir, 'faithful.config.json'), JSON.stringify({ data: shared }));
    const withData = JSON.parse(cli(['audit', '--source', SEED_SOURCE, '--target', SEED_TARGET, '--format', 'json'], dir).stdout);
    expect(withData.summary.inactive).toEqual([]);
    writeFileSync(join(dir, 'faithful.config.json'), JSON.stringify({ data: 'no-such-folder' }));
    const without = JSON.parse(cli(['audit', '--source', SEED_SOURCE, '--target', SEED_TARGET, '--format', 'json'], dir).stdout);
    expect(without.summary.inactive.map((i: { reason: string }) => i.reason)).toEqual([
      expect.stringContaining(join(dir, 'no-such-folder')),
      expect.stringContaining(join(dir, 'no-such-folder')),
    ]);
  });
});
