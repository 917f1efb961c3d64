import { afterAll, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { audit } from '../../src/audit.ts';
import { HAS_DATA } from '../helpers/data.ts';
import { fixedPairs } from './pairs.ts';
import { findingLines, readEntries, textsHash, writeEntries } from './fingerprint.ts';

// Speed work must not change what faithful finds (issue 20): every finding of these pairs is compared
// with the committed file. UPDATE_FINDINGS=1 rewrites it, only for a change meant to change findings
// (a refit, a detection change), committed with that change.
const FILE = join(import.meta.dirname, 'findings.tsv');
const UPDATE = process.env.UPDATE_FINDINGS === '1';
const stored = readEntries(FILE);
const pairs = fixedPairs();
const now = new Date(0);

// The third-party lists change which rules run: without them the findings differ, so nothing is compared.
const describeIfData = HAS_DATA ? describe : describe.skip;

describeIfData('no finding changes', () => {
  test('the file names every pair, and only those', () => {
    if (UPDATE) return;
    expect([...stored.keys()]).toEqual(pairs.map((p) => p.name));
  });

  test.each(pairs.map((p) => [p.name, p] as const))('%s', (_name, pair) => {
    const texts = pair.load();
    if ('missing' in texts) {
      // Absent texts are reported, not compared; the stored entry stays.
      console.info(`${pair.name}: not compared (${texts.missing})`);
      return;
    }
    const result = audit({ path: 'source.txt', text: texts.source }, { path: 'target.txt', text: texts.target }, { now, ...texts.options });
    const entry = { texts: textsHash(texts.source, texts.target), lines: findingLines(result) };
    if (UPDATE) {
      stored.set(pair.name, entry);
      return;
    }
    const before = stored.get(pair.name);
    expect(before).toBeDefined();
    expect(entry.texts).toBe(before!.texts);
    expect(entry.lines).toEqual(before!.lines);
  });

  afterAll(() => {
    if (UPDATE) writeEntries(FILE, stored, pairs.map((p) => p.name));
  });
});
