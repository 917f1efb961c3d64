import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkGold, formatGold, type Gold } from '../../eval/gold.ts';
import { ROOT } from '../helpers/seed.ts';

const corpus = join(ROOT, 'corpus');
const pairs = readdirSync(corpus).filter((name) => existsSync(join(corpus, name, 'gold.json')));

describe('committed gold files', () => {
  test('there is the seed gold and at least four generated pairs', () => {
    expect(pairs).toContain('bloomberg-italy-isf-gaza');
    expect(pairs.filter((p) => p.startsWith('generated-')).length).toBeGreaterThanOrEqual(4);
  });

  test.each(pairs)('%s: every span round-trips against source.txt and target.txt', (name) => {
    const gold = JSON.parse(readFileSync(join(corpus, name, 'gold.json'), 'utf8')) as Gold;
    const source = readFileSync(join(corpus, name, 'source.txt'), 'utf8');
    const target = readFileSync(join(corpus, name, 'target.txt'), 'utf8');
    expect(checkGold(gold, source, target)).toEqual([]);
    expect(JSON.parse(formatGold(gold))).toEqual(gold);
  });

  test('the seed gold is a thorough hand annotation', () => {
    const gold = JSON.parse(readFileSync(join(corpus, 'bloomberg-italy-isf-gaza', 'gold.json'), 'utf8')) as Gold;
    expect(gold.annotator).toBe('hand');
    expect(gold.items.length).toBeGreaterThanOrEqual(50);
    const hitch = gold.items.find((i) => i.target?.text === 'hitch');
    expect(hitch).toMatchObject({ category: 'accuracy/mistranslation', severity: 'major', expected: 'join' });
    expect(gold.items.find((i) => i.target?.text === 'Second')).toMatchObject({ kind: 'calque', expected: 'According to' });
    expect(gold.items.filter((i) => i.kind === 'omission').every((i) => i.target === null && i.source)).toBe(true);
  });
});
