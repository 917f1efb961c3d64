import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_SOURCE } from '../helpers/seed.ts';
import { run, tempDir } from './helpers.ts';

const clean = readFileSync(SEED_SOURCE, 'utf8');

/** Runs a batch over `files` into a fresh folder; returns the exit code, streams and the two index pages. */
function batch(files: Record<string, string>) {
  const corpus = tempDir(files, 'faithful-incomplete-');
  const out = tempDir();
  const result = run(['audit', corpus, '--out', out, '--format', 'json', '--jobs', '1']);
  return { ...result, index: readFileSync(join(out, 'index.html'), 'utf8'), summary: readFileSync(join(out, 'summary.md'), 'utf8') };
}

describe('a batch never skips a pair folder it cannot audit', () => {
  test.each([
    ['a source with no target', { 'b/source.txt': clean }, /no target file beside source\.txt \(expected target\.txt, target\.md, target\.markdown, target\.html or target\.htm\)/],
    ['a misnamed target', { 'b/source.txt': clean, 'b/traget.txt': clean }, /no target file beside source\.txt \(expected target\.txt/],
    ['a target with no source', { 'b/target.md': clean }, /no source file beside target\.md \(expected source\.txt/],
    ['a target in an unsupported format', { 'b/source.txt': clean, 'b/target.docx': clean }, /target\.docx: not a supported format \(expected target\.txt/],
    ['two source files', { 'b/source.txt': clean, 'b/source.md': clean, 'b/target.txt': clean }, /ambiguous: source\.md and source\.txt \(keep one source file\)/],
  ])('%s: reported as unreadable on stderr, in index.html and summary.md; exit 2', (_, broken, message) => {
    const { code, stdout, stderr, index, summary } = batch({ 'a/source.txt': clean, 'a/target.txt': clean, ...broken });
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^faithful: b: ${message.source}`, 'm'));
    expect(stdout).toMatch(/^2 pairs: 1 pass, 0 fail, 1 could not be audited/m);
    expect(index).toContain('data-pair="b" data-verdict="error"');
    expect(index).toMatch(message);
    expect(summary).toMatch(/\| b \| ⚠️ error \|/);
    expect(summary).toMatch(message);
  });

  test('a folder holding a pair is audited as one; folders without source.* or target.* (lexicons) are still skipped', () => {
    const { code, stdout } = batch({ 'a/source.txt': clean, 'a/target.txt': clean, 'lexicon/SOURCE.md': '# where this list comes from', 'lexicon/list.tsv': 'a\tb' });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1 pair: 1 pass, 0 fail, 0 could not be audited/m);
  });

  test('a single incomplete pair folder given by name is exit 2, not a pass', () => {
    const corpus = tempDir({ 'only/source.txt': clean });
    const { code, stderr } = run(['audit', join(corpus, 'only'), '--out', tempDir(), '--jobs', '1']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/faithful: only: no target file beside source\.txt/);
  });
});
