import { describe, expect, test } from '@jest/globals';
import { numberMentions } from '../../src/text/numbers.ts';
import { findingsOf } from './helpers.ts';

describe('number normalisation', () => {
  test.each([
    ['72,000 dead', 72000, '72,000'],
    ['72 000 dead', 72000, '72 000'],
    ['72000 dead', 72000, '72000'],
    ['seventy-two thousand dead', 72000, 'seventy-two thousand'],
    ['Seventy two thousand dead', 72000, 'Seventy two thousand'],
    ['72 thousand dead', 72000, '72 thousand'],
    ['a $1.5 billion fund', 1.5e9, '$1.5 billion'],
    ['two hundred and five people', 205, 'two hundred and five'],
    ['twenty countries', 20, 'twenty'],
  ])('%s → %d', (text, value, raw) => {
    expect(numberMentions(text).map((m) => ({ value: m.value, text: m.text }))).toEqual([{ value, text: raw }]);
  });

  test('a lone "one" is not a figure', () => {
    expect(numberMentions('no one knows; one of the envoys said')).toEqual([]);
  });
});

describe('changed-number with normalised numbers', () => {
  const SOURCE = 'The war has left 72,000 dead, according to the health ministry.';
  test.each([
    'The war has left 72 000 dead, according to the health ministry.',
    'The war has left seventy-two thousand dead, according to the health ministry.',
    'The war has left 72 thousand dead, according to the health ministry.',
  ])('valid: %s', (target) => {
    expect(findingsOf('changed-number', SOURCE, target)).toEqual([]);
  });

  test('invalid: a spelled-out number that differs', () => {
    const found = findingsOf('changed-number', SOURCE, 'The war has left seventy thousand dead, according to the health ministry.');
    expect(found.map((f) => ({ text: f.target?.text, suggestion: f.suggestion }))).toEqual([{ text: 'seventy thousand', suggestion: '72,000' }]);
  });
});
