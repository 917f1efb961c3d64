import { describe, expect, test } from '@jest/globals';
import { seedPair } from '../helpers/seed.ts';
import { findingsOf } from './helpers.ts';

const SOURCE = 'The U.S. has asked Italy to join the force, people familiar with the matter said.';

describe('changed-attribution', () => {
  test.each([
    [SOURCE, SOURCE],
    [SOURCE, 'The U.S. has asked Italy to join the force, according to people familiar with the matter.'],
    [SOURCE, 'The U.S. has asked Italy to join the force, people with knowledge of the matter said.'],
    ['Italy will join the force, she said.', 'Italy will join the force, the spokeswoman said.'],
    // "Having said that" opens a clause; no one is credited.
    ['The party will not fund the trip, a senior party source said. Still, members may attend.', 'Having said that, the party will not fund the trip, a senior party source said.'],
  ])('valid: %s → %s', (source, target) => {
    expect(findingsOf('changed-attribution', source, target)).toEqual([]);
  });

  test.each([
    [SOURCE, 'The U.S. has asked Italy to join the force, according to Bloomberg.', 'according to Bloomberg'],
    [SOURCE, 'The U.S. has asked Italy to join the force, Reuters reported.', 'Reuters reported'],
    ['Israel has 72,000 troops in the area, the army said.', 'Israel has 72,000 troops in the area, said Hamas officials.', 'said Hamas officials'],
  ])('invalid: %s → %s', (source, target, text) => {
    const found = findingsOf('changed-attribution', source, target);
    expect(found.map((f) => ({ text: f.target?.text, category: f.category }))).toEqual([{ text, category: 'accuracy/mistranslation' }]);
    expect(found[0]!.suggestion).toBeTruthy();
  });

  test('the seed pair and its source against itself', () => {
    const { source, target } = seedPair();
    expect(findingsOf('changed-attribution', source.text, source.text)).toEqual([]);
    expect(findingsOf('changed-attribution', source.text, target.text)).toEqual([]);
  });
});
