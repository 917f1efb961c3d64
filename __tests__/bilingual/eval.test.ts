import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BILINGUAL_DIR, BILINGUAL_TARGETS, evaluateBilingual, renderBilingualSection } from '../../eval/bilingual-eval.ts';
import { checkGold, type Gold } from '../../eval/gold.ts';
import { build, readTexts } from '../fixtures/bilingual/build.ts';
import { testWithFreedict } from '../helpers/debian.ts';

describe('bilingual evaluation set', () => {
  test('the committed texts and gold files are what build.ts makes from texts.json, and every gold span round-trips', () => {
    for (const text of readTexts()) {
      const out = build(text);
      const read = (file: string) => readFileSync(join(BILINGUAL_DIR, text.name, file), 'utf8');
      expect(read('source.txt')).toBe(out.source);
      expect(read('damaged.txt')).toBe(out.damaged);
      expect(read('faithful.txt')).toBe(out.faithful);
      expect(JSON.parse(read('gold.damaged.json'))).toEqual(out.goldDamaged);
      expect(checkGold(out.goldDamaged as Gold, out.source, out.damaged)).toEqual([]);
      expect(checkGold(out.goldFaithful as Gold, out.source, out.faithful)).toEqual([]);
    }
    expect(readTexts().length).toBeGreaterThanOrEqual(6);
  });

  testWithFreedict('issue 14 targets: recall on numbers, names and omissions, overall, precision, faithful translations, alignment', () => {
    const e = evaluateBilingual();
    const recall = (c: { gold: number; goldMatched: number }) => c.goldMatched / c.gold;
    for (const group of ['numbers', 'names', 'omissions']) expect(recall(e.groups[group]!)).toBeGreaterThanOrEqual(BILINGUAL_TARGETS.groupRecall);
    expect(recall(e.overall)).toBeGreaterThanOrEqual(BILINGUAL_TARGETS.overallRecall);
    expect(e.overall.findingsMatched / e.overall.findings).toBeGreaterThanOrEqual(BILINGUAL_TARGETS.precision);
    expect(e.faithfulAboveMinor).toBe(0);
    expect(e.alignment.correct / e.alignment.total).toBeGreaterThanOrEqual(BILINGUAL_TARGETS.alignment);
  });

  testWithFreedict('npm run eval prints a "Bilingual pairs" section with the groups and precision', () => {
    const section = renderBilingualSection();
    expect(section).toMatch(/^## Bilingual pairs/u);
    for (const row of ['| numbers |', '| names |', '| omissions |', '| overall |', 'Precision ', 'Faithful translations: ']) expect(section).toContain(row);
  });
});
