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
    ['the twenty first century', 21, 'twenty first'],
    ['its twenty-second title', 22, 'twenty-second'],
    ['the twentieth anniversary', 20, 'twentieth'],
  ])('%s → %d', (text, value, raw) => {
    expect(numberMentions(text).map((m) => ({ value: m.value, text: m.text }))).toEqual([{ value, text: raw }]);
  });

  test('a scale and a currency joined to the figure by hyphens, and a half before a scale', () => {
    expect(numberMentions('a 500-billion-euro fund and three and a half million workers').map((m) => ({ text: m.text, value: m.value, currency: m.currency }))).toEqual([
      { text: '500-billion-euro', value: 5e11, currency: 'EUR' },
      { text: 'three and a half million', value: 3.5e6, currency: undefined },
    ]);
  });

  test('a lone "one" is not a figure', () => {
    expect(numberMentions('no one knows; one of the envoys said')).toEqual([]);
  });

  test('a lone ordinal is an order word up to "third", and ends no figure before it', () => {
    expect(numberMentions('the first time, a second goal, a third term').map((m) => m.text)).toEqual([]);
    expect(numberMentions('its eleventh straight session, a fifth day').map((m) => ({ text: m.text, value: m.value }))).toEqual([
      { text: 'eleventh', value: 11 },
      { text: 'fifth', value: 5 },
    ]);
    expect(numberMentions('the first two games').map((m) => ({ text: m.text, value: m.value }))).toEqual([{ text: 'two', value: 2 }]);
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

  test('a licensee\'s conversion of a kept amount in parentheses adds no changed number; a changed amount still is one', () => {
    const source = 'Trading volumes hit a daily record of over $68 billion on Monday, research showed.';
    expect(findingsOf('changed-number', source, 'Trading volumes hit a daily record of over $68 billion (roughly Rs. 4,97,200 crores) on Monday, research showed.')).toEqual([]);
    expect(findingsOf('changed-number', source, 'Trading volumes hit a daily record of over $86 billion (roughly Rs. 4,97,200 crores) on Monday, research showed.').map((f) => f.target?.text)).toEqual(['$86 billion']);
  });

  test('invalid: a spelled-out number that differs', () => {
    const found = findingsOf('changed-number', SOURCE, 'The war has left seventy thousand dead, according to the health ministry.');
    expect(found.map((f) => ({ text: f.target?.text, suggestion: f.suggestion }))).toEqual([{ text: 'seventy thousand', suggestion: '72,000' }]);
  });
});

describe('changed-number and figures the source states elsewhere', () => {
  const SOURCE = 'Neymar will be out for a month. The 32-year-old was hurt in October. He released 12 songs.';

  test('a bare figure from another source sentence is shown below the gate, with that sentence as evidence', () => {
    const found = findingsOf('changed-number', SOURCE, 'Neymar (32) will be out for a month. He was hurt in October. He released 12 songs.');
    expect(found.map((f) => ({ text: f.target?.text, severity: f.severity, source: f.source?.text, gated: f.confidence >= 0.5 }))).toEqual([
      { text: '32', severity: 'minor', source: '32', gated: false },
    ]);
  });

  test('the same figure counting another thing is still a changed number ("12 months" is not "12 songs")', () => {
    const found = findingsOf('changed-number', SOURCE + ' It was a long year.', 'Neymar will be out for a month. The 32-year-old was hurt in October. He released 12 songs. It was a long 12 months.');
    expect(found.map((f) => ({ text: f.target?.text, severity: f.severity, gated: f.confidence >= 0.5 }))).toEqual([{ text: '12', severity: 'major', gated: true }]);
  });

  test('"twenty first" for 21st is the same figure', () => {
    expect(findingsOf('changed-number', 'It is the club of the 21st century.', 'It is the membership of the twenty first century.')).toEqual([]);
  });
});
