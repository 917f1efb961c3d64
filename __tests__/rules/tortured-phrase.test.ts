import { expect, test } from '@jest/globals';
import { describeWithData } from '../helpers/data.ts';
import { findingsOf } from './helpers.ts';

const SOURCE = 'The company said artificial intelligence would change how hospitals screen for breast cancer.';

// Needs the list in the data directory (FAITHFUL_DATA or ../shared/data); skipped without it.
describeWithData('tortured-phrase', () => {
  test.each([
    [SOURCE, SOURCE],
    ['The company uses big data.', 'The company uses big data and neural networks.'],
    // The source itself uses the phrase: faithful, whatever the list says.
    ['The report mentions huge information flows.', 'The report mentions huge information flows.'],
  ])('valid: %s → %s', (source, target) => {
    expect(findingsOf('tortured-phrase', source, target)).toEqual([]);
  });

  test.each([
    [SOURCE, 'The company said counterfeit consciousness would change how hospitals screen for bosom peril.', [
      { text: 'counterfeit consciousness', suggestion: 'artificial intelligence' },
      { text: 'bosom peril', suggestion: 'breast cancer' },
    ]],
    ['Analysts expect growth.', 'Analysts expect huge information to drive growth.', [{ text: 'huge information', suggestion: 'big data' }]],
  ])('invalid: %s → %s', (source, target, expected) => {
    const found = findingsOf('tortured-phrase', source, target);
    expect(found.map((f) => ({ text: f.target?.text, suggestion: f.suggestion }))).toEqual(expected);
  });
});
