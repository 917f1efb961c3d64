import { expect, test } from '@jest/globals';
import { describeWithData } from '../helpers/data.ts';
import { findingsOf } from './helpers.ts';

// Needs the list in the data directory (FAITHFUL_DATA or ../shared/data); skipped without it.
describeWithData('false-friend', () => {
  test.each([
    ['There was a serious incident at the border crossing.', 'There was a serious incident at the border crossing.'],
    ['The minister read the news on Friday.', 'The minister read the news on Friday.'],
    ['The company signed the contract.', 'The firm signed the contract.'],
  ])('valid: %s → %s', (source, target) => {
    expect(findingsOf('false-friend', source, target)).toEqual([]);
  });

  test.each([
    ['Two soldiers died in a road accident near the border.', 'Two soldiers died in a road incident near the border.', 'incident', 'accident'],
    ['The minister learned the news from the embassy on Friday.', 'The minister learned the notice from the embassy on Friday.', 'notice', 'news'],
    ['He put his signature on the agreement in Rome.', 'He put his firm on the agreement in Rome.', 'firm', 'signature'],
  ])('invalid: %s → %s', (source, target, text, suggestion) => {
    const found = findingsOf('false-friend', source, target);
    expect(found.map((f) => ({ text: f.target?.text, suggestion: f.suggestion, source: f.source?.text }))).toEqual([
      { text, suggestion, source: suggestion },
    ]);
  });
});
