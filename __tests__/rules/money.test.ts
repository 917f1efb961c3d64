import { describe, expect, test } from '@jest/globals';
import { numberMentions } from '../../src/text/numbers.ts';
import { findingsOf } from './helpers.ts';

// Issue 19, item 2: amounts as newsrooms write them, compared by value with their scale and currency.

describe('amounts read with their scale and currency', () => {
  test.each([
    ['€455m', 455e6, 'EUR'],
    ['455 million euros', 455e6, 'EUR'],
    ['€1.2bn', 1.2e9, 'EUR'],
    ['1.2 billion euros', 1.2e9, 'EUR'],
    ['£140million', 140e6, 'GBP'],
    ['$5bn', 5e9, 'USD'],
    ['5 billion dollars', 5e9, 'USD'],
    ['2.5mln', 2.5e6, undefined],
    ['3 mn', 3e6, undefined],
    ['EUR 455mn', 455e6, 'EUR'],
    ['USD 5bn', 5e9, 'USD'],
    ['¥300bn', 300e9, 'JPY'],
    ['US$20k', 20e3, 'USD'],
    ['20 thousand pounds', 20e3, 'GBP'],
    ['455m euros', 455e6, 'EUR'],
  ])('%s is %d %s', (text, value, currency) => {
    expect(numberMentions(`It cost ${text} last year.`).map((m) => ({ text: m.text, value: m.value, currency: m.currency }))).toEqual([{ text, value, currency }]);
  });

  test('"m" and "k" are a scale only on an amount: "5m" alone is five metres, "10k" a race', () => {
    expect(numberMentions('The wall is 5m tall; she ran a 10k race.').map((m) => m.value)).toEqual([5, 10]);
  });
});

describe('changed-number compares amounts by value', () => {
  const SOURCE = 'The club paid 455 million euros for the stadium and 1.2 billion euros for the land.';
  test.each([
    'The club paid €455m for the stadium and €1.2bn for the land.',
    'The club paid EUR 455mn for the stadium and EUR 1.2bn for the land.',
    'The club paid 455m euros for the stadium and 1,200 million euros for the land.',
    'The club paid 455 million for the stadium and 1.2 billion for the land.',
  ])('valid: %s', (target) => {
    expect(findingsOf('changed-number', SOURCE, target)).toEqual([]);
  });

  test('glued to the unit: £140million, $5bn, 2.5mln', () => {
    const source = 'The fund raised 140 million pounds, the bank lent 5 billion dollars and 2.5 million people signed.';
    expect(findingsOf('changed-number', source, 'The fund raised £140million, the bank lent $5bn and 2.5mln people signed.')).toEqual([]);
  });

  test('invalid: €545m against 455 million euros is still a changed number', () => {
    const found = findingsOf('changed-number', SOURCE, 'The club paid €545m for the stadium and €1.2bn for the land.');
    expect(found.map((f) => ({ text: f.target?.text, source: f.source?.text, message: f.message, suggestion: f.suggestion }))).toEqual([
      { text: '€545m', source: '455 million euros', message: "Number €545m differs from the source's 455 million euros", suggestion: '455 million euros' },
    ]);
  });

  test('invalid: the same figure in another currency', () => {
    const found = findingsOf('changed-number', SOURCE, 'The club paid $455m for the stadium and €1.2bn for the land.');
    expect(found.map((f) => f.message)).toEqual(["Amount $455m is in USD, the source's 455 million euros in EUR"]);
  });
});
