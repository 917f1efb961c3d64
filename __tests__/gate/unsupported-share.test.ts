import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit } from '../../src/audit.ts';
import { wordSalad } from '../helpers/salad.ts';
import { ROOT } from '../helpers/seed.ts';
import { run, tempDir } from './helpers.ts';

// Issue 19, item 1: the share of the target with no source is gated (gate.maxUnsupportedShare, default 0.4).

const SHARE_REASON = /of the target has no source \(\d+ of \d+ words\), over the limit of/u;
/** A generated corpus article of 285 words, copied faithfully. */
const ARTICLE = readFileSync(join(ROOT, 'corpus', 'generated-biographies-1', 'source.txt'), 'utf8');
/** An unrelated 258-word story about otters (written for this test). */
const STORY = readFileSync(join(ROOT, '__tests__', 'fixtures', 'additions', 'story.txt'), 'utf8');

function pairDir(target: string, extra: Record<string, string> = {}): string {
  return tempDir({ 'source.txt': ARTICLE, 'target.txt': target, ...extra });
}
const args = (dir: string, ...more: string[]) => ['audit', '--source', join(dir, 'source.txt'), '--target', join(dir, 'target.txt'), '--no-config', ...more];

describe('a faithful copy with an unrelated story appended', () => {
  const dir = pairDir(`${ARTICLE.trimEnd()}\n\n${STORY}`);

  test('fails the default gate (exit 1) on its share with no source, and the story is one major finding', () => {
    const { code, stdout } = run(args(dir));
    expect(code).toBe(1);
    expect(stdout).toContain('gate failed: 48% of the target has no source (259 of 544 words), over the limit of 40%');
    const json = JSON.parse(run(args(dir, '--format', 'json')).stdout);
    expect(json.summary.unsupported).toEqual({ words: 259, share: 0.476 });
    const added = json.findings.filter((f: { rule: string }) => f.rule === 'unsupported-sentence');
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ severity: 'major', message: expect.stringMatching(/^No source for 12 sentences \(259 words\); new claims to check: /u) });
    expect(added[0].target.text).toBe(STORY.trim());
  });

  test('--max-unsupported-share and gate.maxUnsupportedShare move the limit; -1 is no limit in both', () => {
    expect(run(args(dir, '--max-unsupported-share', '0.5')).code).toBe(0);
    expect(run(args(dir, '--max-unsupported-share', '-1')).code).toBe(0);
    expect(run(args(dir, '--max-unsupported-share', '0.3')).stdout).toContain('over the limit of 30%');
    const withConfig = (gate: unknown) => {
      const configDir = pairDir(`${ARTICLE.trimEnd()}\n\n${STORY}`, { 'faithful.config.json': JSON.stringify({ gate }) });
      return run(['audit', '--source', 'source.txt', '--target', 'target.txt'], configDir);
    };
    expect(withConfig({ maxUnsupportedShare: 0.5 }).code).toBe(0);
    expect(withConfig({ maxUnsupportedShare: -1 }).code).toBe(0);
    expect(withConfig({ maxUnsupportedShare: 0.45 }).code).toBe(1);
    const bad = withConfig({ maxUnsupportedShare: 2 });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('faithful: faithful.config.json: gate.maxUnsupportedShare: must be <= 1 (or -1 for no limit)\n');
    const badFlag = run(args(dir, '--max-unsupported-share', 'half'));
    expect(badFlag).toMatchObject({ code: 2, stderr: 'faithful: --max-unsupported-share must be a number from 0 to 1, got "half" (or -1 for no limit)\n' });
  });

  test('a reviewer who accepts the passage in a baseline takes its words out of the share', () => {
    const baseline = join(dir, 'decisions.json');
    expect(run(['baseline', '--source', join(dir, 'source.txt'), '--target', join(dir, 'target.txt'), '--no-config', '--out', baseline]).code).toBe(0);
    const { code, stdout } = run(args(dir, '--baseline', baseline, '--format', 'json'));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).summary.unsupported).toEqual({ words: 0, share: 0 });
  });
});

describe('9 MB of word salad after a faithful copy', () => {
  test('fails the gate (exit 1) with one finding for the whole appendix', () => {
    const dir = pairDir(`${ARTICLE.trimEnd()}\n\n${wordSalad(9_000_000)}`);
    const { code, stdout } = run(args(dir, '--format', 'json'));
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result.summary.reasons).toEqual([expect.stringMatching(SHARE_REASON)]);
    expect(result.summary.unsupported.share).toBeGreaterThan(0.99);
    expect(result.findings.filter((f: { rule: string }) => f.rule === 'unsupported-sentence')).toHaveLength(1);
    // The appendix is not read word by word past its bound: a handful of findings, not tens of thousands.
    expect(result.findings.length).toBeLessThan(50);
  }, 300_000);
});

describe('the default share fails no pair it did not fail before', () => {
  const read = (path: string) => ({ path, text: readFileSync(path, 'utf8') });
  const pairs: { name: string; source: string; target: string }[] = [];
  for (const name of readdirSync(join(ROOT, 'corpus'))) {
    const folder = join(ROOT, 'corpus', name);
    if (existsSync(join(folder, 'source.txt')) && existsSync(join(folder, 'target.txt'))) pairs.push({ name: `corpus/${name}`, source: join(folder, 'source.txt'), target: join(folder, 'target.txt') });
  }
  for (const set of ['unseen', 'held-out', 'unseen-articles']) {
    for (const name of readdirSync(join(ROOT, '__tests__', 'fixtures', set))) {
      const folder = join(ROOT, '__tests__', 'fixtures', set, name);
      if (existsSync(join(folder, 'faithful.txt'))) pairs.push({ name: `${set}/${name}`, source: join(folder, 'source.txt'), target: join(folder, 'faithful.txt') });
    }
  }

  test.each(pairs)('$name', ({ name, source, target }) => {
    const gated = audit(read(source), read(target));
    const unlimited = audit(read(source), read(target), { gate: { maxUnsupportedShare: -1 } });
    expect({ name, pass: gated.summary.pass }).toEqual({ name, pass: unlimited.summary.pass });
    // Faithful translations, background paragraphs included, stay well under the limit.
    if (!name.startsWith('corpus/')) expect(gated.summary.unsupported!.share).toBeLessThan(0.3);
  });
});
