import { describe, expect, test } from '@jest/globals';
import { inflect, lemmatise, spin, spinnerPairs, thesaurusAvailable, type Tag } from '../../eval/thesaurus-spinner.ts';

// The spinner needs the LibreOffice thesaurus (apt-get install mythes-en-us; .ci/run installs it).
const withThesaurus = thesaurusAvailable() ? describe : describe.skip;

const NEWS =
  'The central bank raised interest rates on Tuesday as inflation stayed high. Officials said the increase was needed. ' +
  'Prices are rising quickly, and workers worried that wages had stopped growing. Analysts expect further moves, ' +
  'although several economists warned that the decision could hurt struggling companies and families.';

withThesaurus('thesaurus spinner', () => {
  test('the same seed gives the same text and gold; another seed gives another text', () => {
    const a = spin(NEWS, { seed: 7 });
    const b = spin(NEWS, { seed: 7 });
    expect(b).toEqual(a);
    expect(a.gold.length).toBeGreaterThan(0);
    expect(spin(NEWS, { seed: 8 }).text).not.toBe(a.text);
  });

  test('p = 0 changes nothing; p = 1 swaps many words', () => {
    expect(spin(NEWS, { p: 0 })).toEqual({ text: NEWS, gold: [] });
    expect(spin(NEWS, { p: 1 }).gold.length).toBeGreaterThanOrEqual(15);
  });

  test.each<[string, string, Tag]>([
    ['raised', 'raise', 'ed'],
    ['rates', 'rate', 's'],
    ['studies', 'study', 's'],
    ['running', 'run', 'ing'],
    ['said', 'say', 'ed'],
    ['children', 'child', 's'],
    ['stopped', 'stop', 'ed'],
    ['taxes', 'tax', 's'],
    ['admitted', 'admit', 'ed'],
    ['bank', 'bank', 'base'],
  ])('lemmatises %s as %s + %s', (word, lemma, tag) => {
    expect(lemmatise(word)).toEqual({ lemma, tag });
  });

  test.each<[string, Tag, string]>([
    ['elevate', 'ed', 'elevated'],
    ['carry', 's', 'carries'],
    ['push', 's', 'pushes'],
    ['make', 'ed', 'made'],
    ['stop', 'ing', 'stopping'],
    ['lie', 'ing', 'lying'],
    ['raise', 'ing', 'raising'],
    ['child', 's', 'children'],
    ['try', 'ed', 'tried'],
    ['increase', 's', 'increases'],
    ['handicap', 'ed', 'handicapped'],
    ['visit', 'ed', 'visited'],
    ['bus', 's', 'buses'],
  ])('inflects %s + %s as %s', (lemma, tag, form) => {
    expect(inflect(lemma, tag)).toBe(form);
  });

  test('a swapped word keeps its inflection and capitalisation', () => {
    let checked = 0;
    for (let seed = 1; seed <= 5; seed++) {
      for (const swap of spin(NEWS, { seed, p: 1 }).gold) {
        const [from, to] = [swap.source.text, swap.target.text];
        if (from.endsWith('ing')) expect(to).toMatch(/ing$/);
        if (from === 'rates' || from === 'companies' || from === 'workers') expect(to).toMatch(/s$/);
        if (from === 'raised' || from === 'worried' || from === 'stopped') expect(to).not.toBe(from);
        expect(/^[A-Z]/.test(to)).toBe(/^[A-Z]/.test(from));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  test('names, numbers and function words are never swapped', () => {
    const text =
      'Reuters said Mark Carney raised rates by 25 basis points to 4.5 percent on Tuesday, three days after Britain ' +
      'and the Bank of England agreed that the economy would grow. Carney spoke in London.';
    const kept = ['Reuters', 'Mark', 'Carney', '25', '4.5', 'percent', 'Tuesday', 'three', 'Britain', 'Bank', 'England', 'London', ' the ', ' would '];
    for (let seed = 1; seed <= 10; seed++) {
      const result = spin(text, { seed, p: 1 });
      expect(result.gold.length).toBeGreaterThan(3);
      for (const word of kept) expect(result.text).toContain(word);
      for (const swap of result.gold) expect(swap.source.text).not.toMatch(/^(Reuters|Mark|Carney|Tuesday|Britain|Bank|England|London|three|the|would|and)$/);
    }
  });

  test('gold spans slice the spun and the original text exactly, and nothing else changes', () => {
    for (const pair of spinnerPairs()) {
      let rebuilt = '';
      let last = 0;
      for (const swap of pair.gold) {
        expect(pair.spun.slice(swap.target.start, swap.target.end)).toBe(swap.target.text);
        expect(pair.source.slice(swap.source.start, swap.source.end)).toBe(swap.source.text);
        expect(swap.target.text.toLowerCase()).not.toBe(swap.source.text.toLowerCase());
        rebuilt += pair.source.slice(last, swap.source.start) + swap.target.text;
        last = swap.source.end;
      }
      expect(rebuilt + pair.source.slice(last)).toBe(pair.spun);
    }
  });

  test('the split: at least 6 texts and 300 spun words per half, no text in both halves', () => {
    const pairs = spinnerPairs();
    const texts = (split: string) => new Set(pairs.filter((p) => p.split === split).map((p) => p.text));
    const swaps = (split: string) => pairs.filter((p) => p.split === split).reduce((n, p) => n + p.gold.length, 0);
    expect(texts('train').size).toBeGreaterThanOrEqual(6);
    expect(texts('heldout').size).toBeGreaterThanOrEqual(6);
    expect([...texts('train')].filter((t) => texts('heldout').has(t))).toEqual([]);
    expect(swaps('train')).toBeGreaterThanOrEqual(300);
    expect(swaps('heldout')).toBeGreaterThanOrEqual(300);
    for (const pair of pairs) expect(pair.control).not.toBe(pair.source);
  });
});
