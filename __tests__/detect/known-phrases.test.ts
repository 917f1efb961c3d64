import { describe, expect, test } from '@jest/globals';
import type { BrownCounts } from '../../src/detect/brown.ts';
import { knownPhrasesIn } from '../../src/detect/known-phrases.ts';
import { SubstitutionLexicon } from '../../src/lexicon/spinner-substitutions.ts';
import { trigramAvailable } from '../../src/lexicon/trigram-lm.ts';
import { findingsOf } from '../rules/helpers.ts';

const lexicon = new SubstitutionLexicon([
  { source: 'bank', target: 'financial institution', count: 4, sites: 2, reject: 4, doubtful: 0, accept: 0 },
  { source: 'said', target: 'stated', count: 6, sites: 4, reject: 0, doubtful: 0, accept: 4 },
  { source: 'food', target: 'meals', count: 1, sites: 1, reject: 1, doubtful: 0, accept: 0 },
  { source: 'the', target: 'many', count: 3, sites: 2, reject: 3, doubtful: 0, accept: 0 },
]);
// Brown word pairs of a made-up corpus: "central bank" is a collocation, "central financial" is not.
const pairs: Record<string, number> = { 'central bank': 9, 'officials said': 7, 'of the': 20 };
const brownCounts: BrownCounts = { stem: () => 1, pair: (l, r) => pairs[`${l} ${r}`] ?? 0 };

describe('known spinner phrases without a source (Brown word pairs)', () => {
  test('a rejected substitution whose original makes the collocation is found, with what it replaced', () => {
    const found = knownPhrasesIn('The central financial institution will meet.', 100, lexicon, brownCounts);
    expect(found.map((k) => ({ text: k.target.text, start: k.target.start, original: k.entry.source }))).toEqual([{ text: 'financial institution', start: 112, original: 'bank' }]);
  });

  test('a substitution editors accepted, or judged only once, is never flagged', () => {
    expect(knownPhrasesIn('Local officials stated on Monday.', 0, lexicon, brownCounts)).toEqual([]);
    expect(knownPhrasesIn('Prices of meals rose.', 0, lexicon, brownCounts)).toEqual([]);
  });

  test('an original of function words only ("the" for "many") is never put back without a source', () => {
    expect(knownPhrasesIn('It is one of many ways to help.', 0, lexicon, brownCounts)).toEqual([]);
  });

  test('without the collocation the phrase stands', () => {
    expect(knownPhrasesIn('The financial institution will meet.', 0, lexicon, brownCounts)).toEqual([]);
  });
});

// Reads the CMU trigram model (Debian pocketsphinx-en-us, installed by .ci/run); skipped without it.
(trigramAvailable() ? describe : describe.skip)('known-spinner-phrase (the shipped lexicon; needs Debian pocketsphinx-en-us)', () => {
  test('flags a spinner phrase in a sentence with no source and suggests the original; clean text gets nothing', () => {
    const source = 'Shares fell sharply on Monday in Tokyo.';
    const found = findingsOf('known-spinner-phrase', source, `${source} The central financial institution will decide on rates next week.`);
    expect(found.map((f) => ({ text: f.target?.text, suggestion: f.suggestion, category: f.category }))).toEqual([
      { text: 'financial institution', suggestion: 'bank', category: 'accuracy/mistranslation' },
    ]);
    expect(found[0]!.message).toMatch(/^“financial institution” is what spinners write for “bank” \(seen \d+ times on \d+ sites, rejected by editors \d+ of \d+ times\)/u);
    expect(findingsOf('known-spinner-phrase', source, `${source} The central bank will decide on rates next week.`)).toEqual([]);
  });
});
