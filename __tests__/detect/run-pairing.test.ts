import { describe, expect, test } from '@jest/globals';
import { pairWords, type Word } from '../../src/detect/run-pairing.ts';

/** Words of a phrase with offsets as if it stood alone. */
function words(text: string): Word[] {
  return [...text.matchAll(/\S+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

const pairs = (from: string, to: string) => {
  const paired = pairWords(words(from), words(to));
  return paired && { loose: paired.loose, pairs: paired.pairs.map(([s, t]) => `${s.map((w) => w.text).join(' ')} → ${t.map((w) => w.text).join(' ')}`) };
};

describe('pairing the two runs of a hunk', () => {
  test.each([
    // Word for word when the runs are as long.
    ['raised interest rates', 'elevated curiosity charges', false, ['raised → elevated', 'interest → curiosity', 'rates → charges']],
    // A WordNet term evens the runs out.
    ['bank raised', 'financial institution elevated', false, ['bank → financial institution', 'raised → elevated']],
    // Short and uneven: one phrase.
    ['according to', 'in line with', false, ['according to → in line with']],
    // Long and uneven: content for content, function words with their phrase.
    ['supply against concerns', 'provide in opposition to considerations', true, ['supply → provide', 'against → in opposition to', 'concerns → considerations']],
    ['because investors', 'as a result of traders', true, ['because → as a result of', 'investors → traders']],
  ])('%s / %s', (from, to, loose, expected) => {
    expect(pairs(from, to)).toEqual({ loose, pairs: expected });
  });

  test('a content word left over in a long uneven run is a rewrite: no pairs', () => {
    expect(pairs('the plan was approved', 'ministers finally gave the plan their approval')).toBeNull();
  });
});

describe('pairing with phrases real spinners are known to write', () => {
  // As the mined lexicon would answer: "overnight" → "in a single day" and "rate" → "fee" were seen and rejected.
  const known = (source: string, target: string) => (source === 'overnight' && target === 'in a single day') || (source === 'rate' && target === 'fee');
  const paired = (from: string, to: string, k?: typeof known) => pairWords(words(from), words(to), k)?.pairs.map(([s, t]) => `${s.map((w) => w.text).join(' ')} → ${t.map((w) => w.text).join(' ')}`) ?? null;

  test('a known spinner phrase is one group, so the rest of the run pairs word for word', () => {
    expect(paired('overnight rate', 'in a single day fee', known)).toEqual(['overnight → in a single day', 'rate → fee']);
  });
  test('without the lexicon the same run is a rewrite (a content word left over)', () => {
    expect(paired('overnight rate', 'in a single day fee')).toBeNull();
  });
  test('a whole run known as one phrase does not swallow the finer pairing ("according to" and "data" each judged)', () => {
    const lexicon = (source: string, target: string) =>
      (source === 'according to data' && target === 'in keeping with knowledge') || (source === 'according to' && target === 'in keeping with');
    expect(paired('according to data', 'in keeping with knowledge', lexicon)).toEqual(['according to → in keeping with', 'data → knowledge']);
  });
});
