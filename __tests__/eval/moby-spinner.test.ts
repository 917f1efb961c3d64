import { describe, expect, test } from '@jest/globals';
import { aiksaurusAvailable, aiksaurusEntry, loadAiksaurus } from '../../eval/aiksaurus.ts';
import { SPINNER_TEXTS, inflect, lemmatiseMoby, spin, spinnerPairs, type SpinResult, type Tag } from '../../eval/thesaurus-spinner.ts';

// The Moby spinner needs Aiksaurus (apt-get install libaiksaurus-1.2-data; .ci/run installs it).
const withAiksaurus = aiksaurusAvailable() ? describe : describe.skip;

const NEWS =
  'The central bank raised interest rates on Tuesday as inflation stayed high. Officials said the increase was needed. ' +
  'Prices are rising quickly, and workers worried that wages had stopped growing. Analysts expect further moves, ' +
  'although several economists warned that the decision could hurt struggling companies and families.';

const moby = (text: string, seed = 1, p?: number) => spin(text, { thesaurus: 'moby', seed, p });

/** The source text rebuilt from the spun text by putting each swapped word back. */
function unspin(result: SpinResult): string {
  let out = '';
  let last = 0;
  for (const g of result.gold) {
    out += result.text.slice(last, g.target.start) + g.source.text;
    last = g.target.end;
  }
  return out + result.text.slice(last);
}

withAiksaurus('Aiksaurus reader', () => {
  test('reads the words/meanings pair: every headword is a member of each of its meanings', () => {
    const a = loadAiksaurus();
    expect(a.words.length).toBeGreaterThan(20_000);
    expect(a.meanings.length).toBeGreaterThan(2_000);
    for (const word of ['abandon', 'raise', 'company', 'rate', 'give up']) {
      const ids = a.index.get(word)!;
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(a.meanings[id]!.members).toContain(word);
    }
    expect(aiksaurusEntry('abandon')).toEqual(expect.arrayContaining(['relinquish', 'give up', 'jettison', 'discontinue']));
    expect(aiksaurusEntry('abandon')).not.toContain('abandon');
  });
});

withAiksaurus('Moby (Aiksaurus) spinner', () => {
  test('the same seed gives the same text and gold; another seed gives another text', () => {
    const a = moby(NEWS, 7);
    expect(moby(NEWS, 7)).toEqual(a);
    expect(a.gold.length).toBeGreaterThan(0);
    expect(moby(NEWS, 8).text).not.toBe(a.text);
    expect(moby(NEWS, 1, 0)).toEqual({ text: NEWS, gold: [] });
  });

  test('the default stays the mythes spinner, and the Moby spinner draws other words', () => {
    expect(spin(NEWS, { seed: 3 })).toEqual(spin(NEWS, { seed: 3, thesaurus: 'mythes' }));
    expect(moby(NEWS, 3, 1).text).not.toBe(spin(NEWS, { seed: 3, p: 1 }).text);
  });

  test.each<[string, string, Tag]>([
    ['raised', 'raise', 'ed'],
    ['rates', 'rate', 's'],
    ['companies', 'company', 's'],
    ['said', 'say', 'ed'],
    ['running', 'run', 'ing'],
    ['taken', 'take', 'ed'],
    ['news', 'news', 'base'],
  ])('lemmatises %s as %s + %s', (word, lemma, tag) => {
    expect(lemmatiseMoby(word)).toEqual({ lemma, tag });
  });

  test('gold spans are exact and everything outside the swaps is byte-identical', () => {
    for (const seed of [1, 2, 3]) {
      const r = moby(NEWS, seed, 0.6);
      expect(r.gold.length).toBeGreaterThan(3);
      for (const g of r.gold) {
        expect(r.text.slice(g.target.start, g.target.end)).toBe(g.target.text);
        expect(NEWS.slice(g.source.start, g.source.end)).toBe(g.source.text);
        expect(g.target.text).not.toBe(g.source.text);
      }
      expect(unspin(r)).toBe(NEWS);
    }
  });

  test('every replacement is a single word of the Aiksaurus entry of the source word, inflected and capitalised like it', () => {
    const pairs = spinnerPairs({ thesaurus: 'moby' });
    let checked = 0;
    for (const pair of pairs) {
      for (const g of pair.gold) {
        const source = g.source.text;
        const target = g.target.text;
        expect(target).toMatch(/^[A-Za-z]+$/);
        expect(/^[A-Z]/.test(target)).toBe(/^[A-Z]/.test(source));
        const analysis = lemmatiseMoby(source.toLowerCase());
        expect(analysis).not.toBeNull();
        const entry = aiksaurusEntry(analysis!.lemma);
        expect(entry.some((member) => inflect(member, analysis!.tag) === target.toLowerCase())).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(600);
  });

  test('names, numbers, acronyms, compounds and contractions are never swapped', () => {
    const text =
      'Yesterday the Federal Reserve and Reuters reported that Goldman raised 3.5 billion dollars in 2024. ' +
      'Three officials from NATO and the well-known iPhone maker don\'t expect twelve percent growth, said Smith.';
    const protectedWords = ['Federal', 'Reserve', 'Reuters', 'Goldman', '3', '5', 'billion', '2024', 'Three', 'NATO', 'well', 'known', 'iPhone', 'don', 'twelve', 'percent', 'Smith'];
    for (const seed of [1, 2, 3, 4, 5]) {
      const r = moby(text, seed, 1);
      expect(r.gold.length).toBeGreaterThan(0);
      for (const g of r.gold) expect(protectedWords).not.toContain(g.source.text);
      for (const word of protectedWords) expect(r.text).toContain(word);
      expect(unspin(r)).toBe(text);
    }
  });

  test('same 16 texts and split as the mythes pairs, at least 300 spun words per half', () => {
    const pairs = spinnerPairs({ thesaurus: 'moby' });
    expect(pairs).toHaveLength(SPINNER_TEXTS.length * 2);
    expect([...new Set(pairs.map((p) => `${p.text}:${p.split}`))]).toEqual(SPINNER_TEXTS.map((t) => `${t.dir}:${t.split}`));
    for (const split of ['train', 'heldout'] as const) {
      const half = pairs.filter((p) => p.split === split);
      expect(new Set(half.map((p) => p.text)).size).toBe(8);
      expect(half.reduce((n, p) => n + p.gold.length, 0)).toBeGreaterThanOrEqual(300);
    }
  });
});
