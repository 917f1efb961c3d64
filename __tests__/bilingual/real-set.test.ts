import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decimalCommas, locate } from '../../eval/bilingual-real-annotate.ts';
import { numberBag, readPairs, renderBilingualReal } from '../../eval/bilingual-real.ts';

describe('real bilingual set: annotation offsets come from the phrase and its context', () => {
  const text = 'Lo spread sale. Poi lo spread scende a 30 punti.';
  test.each([
    ['Lo spread', '', 0],
    ['lo spread', 'Poi lo spread', 20],
    ['30', 'a 30 punti', 39],
  ])('%s in "%s" is at %d', (phrase, context, at) => {
    expect(locate(text, phrase, context, 't')).toBe(at);
  });
  test('a phrase that occurs twice without a context is refused', () => {
    expect(() => locate('a b a', 'a', '', 'row 2')).toThrow('occurs more than once');
  });
  test('a context that does not contain the phrase is refused', () => {
    expect(() => locate('a b c', 'z', 'b c', 'row 3')).toThrow('not inside');
  });
});

describe('real bilingual set: the scripted labelling policy and the number bag', () => {
  test('an Italian decimal comma kept in the English is doubtful, unless a hand label covers it', () => {
    const rows = decimalCommas('rendimento al 4,86% e al 2,84%', 'yield at 4,86% and 2,84%', [{ start: 20, end: 24, sstart: -1, send: -1, target: '2,84', source: '', label: 'reject', note: '' }]);
    expect(rows.map((r) => [r.target, r.label])).toEqual([['4,86', 'doubtful']]);
  });
  test('the number bag flags only figures the whole Italian text lacks', () => {
    const flagged = numberBag('Lo spread è a 248 punti, il Bonos a 247.', 'The spread is at 248 points, the Bonos at 274.');
    expect(flagged.map((f) => f.target!.text)).toEqual(['274']);
  });
});

describe('real bilingual set in npm run eval', () => {
  test('the manifest lists at least 12 pairs, each with both sha256 and a split', () => {
    const pairs = readPairs();
    expect(pairs.length).toBeGreaterThanOrEqual(12);
    for (const p of pairs) {
      expect(p.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
      expect(p.targetSha256).toMatch(/^[0-9a-f]{64}$/);
      expect(['train', 'heldout', 'fresh']).toContain(p.split);
      expect(p.targetUrl).toMatch(/^https:\/\//);
      expect(p.targetUrl).not.toBe(p.sourceUrl);
    }
    expect(new Set(pairs.map((p) => p.split))).toEqual(new Set(['train', 'heldout', 'fresh']));
    // The FIRSTonline pairs: the site's own English at /en/.
    for (const p of pairs.filter((x) => x.site === 'firstonline.info')) expect(p.targetUrl).toContain('/en/');
  });
  test('a manifest whose texts are absent gives one line, not a failure', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bireal-'));
    const path = join(dir, 'pairs.tsv');
    writeFileSync(path, 'name\tsplit\tmonth\tsite\tsource_url\ttarget_url\ttrim\tsource_sha256\ttarget_sha256\nno-such-pair\ttrain\t2011-07\tx\tu\tv\t-\t0\t0\n');
    const pairs = readPairs(path);
    const out = renderBilingualReal({ pairs, scored: [], missing: [{ pair: pairs[0]!, why: 'source.txt absent' }] });
    expect(out).toMatch(/Skipped: (the texts are absent|FreeDict is not installed)/);
    expect(out.trim().split('\n')).toHaveLength(3);
  });
});
