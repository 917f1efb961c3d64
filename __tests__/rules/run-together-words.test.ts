import { describe, expect, test } from '@jest/globals';
import { findingsOf } from './helpers.ts';

const RULE = 'run-together-words';

describe('run-together-words', () => {
  test.each([
    // British spellings are English words (en_GB Hunspell), not "cent res" or "organ ised".
    'Cloud providers rushed to build new data centres last year.',
    'The union organised a strike and the council apologised.',
    'The programme was cancelled after the defence review.',
    // Names, acronyms and brands are never split.
    'Analysts at Berenberg said the iPhone maker NATO and UNICEF were unaffected.',
  ])('valid: %s', (text) => {
    expect(findingsOf(RULE, text, text)).toEqual([]);
  });

  test.each([
    ['The club will play in the cup nextseason for the first time.', 'nextseason', 'next season'],
    ['The council organised the vote and thecentres reopened.', 'thecentres', 'the centres'],
    // A sentence's closing name run into the next one's article where markup was lost.
    ['The record passed to Kane TanakaA Japanese woman held it for years.', 'TanakaA', 'Tanaka A'],
  ])('invalid: %s', (target, text, suggestion) => {
    const source = target.replace(text, suggestion);
    expect(findingsOf(RULE, source, target).map((f) => ({ text: f.target?.text, suggestion: f.suggestion }))).toEqual([{ text, suggestion }]);
  });
});
