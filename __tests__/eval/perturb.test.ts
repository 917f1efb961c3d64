import { describe, expect, test } from '@jest/globals';
import { checkGold, type Gold } from '../../eval/gold.ts';
import { faithfulSynonyms, generatePair, SENTENCE_EDITS, WORD_EDITS, wrongSenseSwaps } from '../../eval/perturb.ts';
import { newsText } from '../../eval/clean-texts.ts';
import { POS_LIST, sensesOf } from '../../eval/wordnet.ts';
import { HAS_DATA } from '../helpers/data.ts';

// A clean text written for the tests: names, figures, a quotation, clause boundaries, words with
// Italian false friends (news, accident) and the right English of calques (according to, currently, within).
const CLEAN = [
  'The city council met on Tuesday to discuss the budget for 2024, according to Reuters.',
  'Mayor Alice Brennan said the council would currently review 37 proposals, and officials expected a decision within a week.',
  'The news of the accident at the harbour spread quickly through the town.',
  '“We will publish the full report as soon as the inspectors finish their work,” Brennan told reporters at the town hall.',
  'Residents from Millbrook and Ashford attended the meeting; several of them asked about the cost of the new bridge.',
  'The engineers estimated that repairs would cost 4.5 million dollars and take at least eighteen months.',
  'Critics argued that the plan ignored the needs of small businesses, but supporters said it would create 300 jobs.',
  'The council will vote on the proposal next month after a public consultation.',
].join(' ');
const TEXT = [CLEAN, CLEAN.replace(/Brennan/g, 'Okafor').replace(/Millbrook/g, 'Dunmore')].join('\n\n') + '\n';

function kinds(gold: Gold): Set<string> {
  return new Set([...gold.items.map((i) => i.kind), ...gold.alignment.flatMap((a) => (a.kind ? [a.kind] : []))]);
}

describe('generatePair', () => {
  test('the same seed gives the same pair; another seed a different one', () => {
    const a = generatePair(TEXT, { seed: 42, rate: 0.6 });
    const b = generatePair(TEXT, { seed: 42, rate: 0.6 });
    const c = generatePair(TEXT, { seed: 43, rate: 0.6 });
    expect(b).toEqual(a);
    expect(c.target).not.toBe(a.target);
    expect(a.source).toBe(TEXT);
    expect(a.gold.generator).toEqual({ seed: 42, rate: 0.6, clean: 'inline' });
  });

  test('every gold span round-trips: its text is the slice of the target or source it points into', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const pair = generatePair(TEXT, { seed, rate: 0.8 });
      expect(checkGold(pair.gold, pair.source, pair.target)).toEqual([]);
      for (const item of pair.gold.items) {
        if (item.target) expect(pair.target.slice(item.target.start, item.target.end)).toBe(item.target.text);
        if (item.kind === 'omission') expect(item.target).toBeNull();
      }
    }
  });

  test('each kind of edit appears, logged with its category', () => {
    const seen = new Set<string>();
    const categories = new Map<string, string>();
    for (let seed = 1; seed <= 60; seed++) {
      const pair = generatePair(TEXT, { seed, rate: 0.8 });
      for (const k of kinds(pair.gold)) seen.add(k);
      for (const item of pair.gold.items) categories.set(item.kind, item.category);
    }
    // False-friend edits come from LanguageTool's list in the data directory: without it there are none.
    const expected = [...WORD_EDITS, ...SENTENCE_EDITS].filter((kind) => HAS_DATA || kind !== 'false-friend');
    for (const kind of expected) expect([kind, seen.has(kind)]).toEqual([kind, true]);
    if (!HAS_DATA) expect(seen.has('false-friend')).toBe(false);
    expect(categories.get('spun-synonym')).toBe('accuracy/mistranslation');
    expect(categories.get('calque')).toBe('accuracy/mistranslation');
    expect(categories.get('run-together')).toBe('fluency/spelling');
    expect(categories.get('omission')).toBe('accuracy/omission');
    expect(categories.get('addition')).toBe('accuracy/addition');
    expect(categories.get('changed-number')).toBe('accuracy/mistranslation');
  });

  test('edits say what they replaced: a changed number differs from its source figure, a run-together word loses one space', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const pair = generatePair(TEXT, { seed, rate: 0.8 });
      for (const item of pair.gold.items) {
        if (item.kind === 'changed-number') {
          expect(item.target!.text).toMatch(/^\d/);
          expect(item.target!.text).not.toBe(item.source!.text);
        }
        if (item.kind === 'run-together') expect(item.expected!.replace(' ', '')).toBe(item.target!.text);
        if (item.kind === 'spun-synonym') expect(item.target!.text.toLowerCase()).not.toBe(item.source!.text.toLowerCase());
        if (item.kind === 'altered-quotation') {
          // The span is the quoted words, between the marks, and differs from the source quotation.
          expect(pair.target[item.target!.start - 1]).toMatch(/[“"«]/);
          expect(pair.target[item.target!.end]).toMatch(/[”"»]/);
          expect(item.target!.text).not.toBe(item.expected);
        }
      }
    }
  });

  test('structural edits add no unlogged errors: merging sentences that open with "And" doubles no word', () => {
    const narrative = 'And the man went to the city to sell his grain. And his wife stayed at home with the children. And they waited for him three days. Then he came back with bread and wine for all of them.\n';
    const doubled = /\b(\p{L}+)\s+\1\b/iu;
    for (let seed = 1; seed <= 60; seed++) {
      const pair = generatePair(narrative, { seed, rate: 0.9 });
      const merged = pair.gold.alignment.some((a) => a.kind === 'merge');
      if (merged) expect(pair.target).not.toMatch(doubled);
    }
  });

  test('faithful paraphrases are logged apart from the errors, with spans that round-trip', () => {
    let count = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const pair = generatePair(TEXT, { seed, rate: 0.8 });
      expect(pair.gold.items.some((i) => i.kind === 'paraphrase')).toBe(false);
      for (const p of pair.gold.paraphrases ?? []) {
        count++;
        expect(pair.target.slice(p.target.start, p.target.end)).toBe(p.target.text);
        expect(pair.source.slice(p.source.start, p.source.end)).toBe(p.source.text);
        expect(faithfulSynonyms(p.source.text.toLowerCase())).toContain(p.target.text.toLowerCase());
        // A paraphrase never overlaps an error span.
        expect(pair.gold.items.some((i) => i.target && i.target.start < p.target.end && p.target.start < i.target.end)).toBe(false);
      }
    }
    expect(count).toBeGreaterThan(0);
  });

  test('with rate 0 the target is the clean text and the gold is empty', () => {
    const pair = generatePair(TEXT, { seed: 5, rate: 0 });
    expect(pair.target).toBe(TEXT);
    expect(pair.gold.items).toEqual([]);
    expect(pair.gold.alignment.every((a) => a.target.length === 1 && a.source.length === 1 && a.target[0]!.text === a.source[0]!.text)).toBe(true);
  });

  test('the alignment covers every source sentence once', () => {
    const pair = generatePair(newsText().text, { seed: 9, rate: 0.8 });
    const starts = pair.gold.alignment.flatMap((a) => a.source.map((s) => s.start));
    expect(new Set(starts).size).toBe(starts.length);
    const merged = pair.gold.alignment.filter((a) => a.kind === 'merge');
    for (const m of merged) expect(m.source).toHaveLength(2);
  });
});

describe('wrongSenseSwaps', () => {
  test('offers lemmas of a rarer WordNet sense only, never the word itself or a first-sense synonym', () => {
    for (const word of ['force', 'interest', 'office', 'join', 'limit', 'side']) {
      const swaps = wrongSenseSwaps(word);
      expect([word, swaps.length > 0]).toEqual([word, true]);
      expect(swaps).not.toContain(word);
      for (const pos of POS_LIST) {
        const first = sensesOf(word, pos)[0]?.lemmas.map((l) => l.toLowerCase()) ?? [];
        for (const swap of swaps) expect([word, pos, swap, first.includes(swap)]).toEqual([word, pos, swap, false]);
      }
    }
    // Inflected forms get swaps in the same form.
    expect(wrongSenseSwaps('forces').every((s) => s.endsWith('s'))).toBe(true);
    expect(wrongSenseSwaps('joined').length).toBeGreaterThan(0);
    expect(wrongSenseSwaps('joined').every((s) => /ed\b/.test(s))).toBe(true);
    expect(wrongSenseSwaps('making').every((s) => /ing\b/.test(s))).toBe(true);
  });
});
