import { describe, expect, test } from '@jest/globals';
import { findingsOf } from './helpers.ts';

const SOURCE = 'The minister met the envoy in Rome on Friday.';

describe('doubled-words', () => {
  test.each([
    'The minister met the envoy in Rome on Friday.',
    'He had had enough of the talks.',
    'She said that that plan would fail.',
    'The the-ory is spelled wrong but not doubled.',
    'Pass --foo FOO  foo bar to the tool.',
    'The NATO NATO summit is a typo we leave to the spell checker.',
  ])('valid: %s', (target) => {
    expect(findingsOf('doubled-words', SOURCE, target)).toEqual([]);
  });

  test.each([
    ['The minister met the the envoy in Rome on Friday.', 'the the', 'the'],
    ['The The minister met the envoy.', 'The The', 'The'],
    ['The minister met the envoy in in Rome.', 'in in', 'in'],
  ])('invalid: %s', (target, text, suggestion) => {
    const found = findingsOf('doubled-words', SOURCE, target);
    expect(found.map((f) => ({ text: f.target?.text, suggestion: f.suggestion, category: f.category }))).toEqual([
      { text, suggestion, category: 'fluency/grammar' },
    ]);
  });
});
