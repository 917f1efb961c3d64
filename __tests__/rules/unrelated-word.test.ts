import { describe, expect, test } from '@jest/globals';
import { seedPair } from '../helpers/seed.ts';
import { findingsOf } from './helpers.ts';

const RULE = 'unrelated-word';

describe('unrelated-word', () => {
  test.each([
    // Fair synonyms and related words are the spun-synonym rule's to judge, and pass here.
    ['The U.S. has asked Italy to join the force.', 'The U.S. has requested Italy to join the force.'],
    ['Demand for the processors slowed in the spring.', 'Demand for the processors weakened in the spring.'],
    // A rewritten phrase changes several words: not a one-word swap.
    ['The company said it would cut 1,200 jobs.', 'The company announced it would eliminate 1,200 positions.'],
    // Names, numbers and unknown words are left to other rules.
    ['The envoy flew to Gaza on Monday.', 'The envoy flew to Cairo on Monday.'],
    ['The envoy flew to Gaza on Monday.', 'The envoy flew to Gaza on Tuesday.'],
    ['The shares rose in early trading.', 'The shares rose in early tradingx.'],
  ])('valid: %s → %s', (source, target) => {
    expect(findingsOf(RULE, source, target)).toEqual([]);
  });

  test.each([
    // Written for this test: one word swapped in place for one that shares no sense with it.
    ['Warm water could speed up the collapse of the ice shelves that hold back the glaciers.', 'Warm water could speed up the collapse of the ice racks that hold back the glaciers.', 'racks', 'shelves'],
    ['Thieves took four paintings from a private gallery on Sunday.', 'Thieves took four paintings from a soldier gallery on Sunday.', 'soldier', 'private'],
    ['Floods washed mud onto the tracks near the station.', 'Floods washed mud onto the binaries near the station.', 'binaries', 'tracks'],
  ])('invalid: %s → %s', (source, target, text, suggestion) => {
    const found = findingsOf(RULE, source, target);
    expect(found.map((f) => ({ text: f.target?.text, source: f.source?.text, suggestion: f.suggestion, category: f.category, severity: f.severity }))).toEqual([
      { text, source: suggestion, suggestion, category: 'accuracy/mistranslation', severity: 'major' },
    ]);
  });

  test('nothing on the seed source against itself; the seed pair has no one-word swap without a shared sense', () => {
    const { source, target } = seedPair();
    expect(findingsOf(RULE, source.text, source.text)).toEqual([]);
    expect(findingsOf(RULE, source.text, target.text).map((f) => `${f.source?.text}→${f.target?.text}`)).toEqual([]);
  });
});
