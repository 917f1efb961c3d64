import { describe, expect, test } from '@jest/globals';
import { inflectLike } from '../../src/text/inflect.ts';

describe('inflectLike (suggestions fit the slot)', () => {
  test.each([
    ['train', 'coaching', 'training'],
    ['train', 'coach', 'train'],
    ['security', 'safety', 'security'],
    ['group', 'teams', 'groups'],
    ['join', 'hitched', 'joined'],
    ['stop', 'halting', 'stopping'],
    ['agency', 'businesses', 'agencies'],
    ['interest', 'pursuits', 'interests'],
    ['use', 'utilized', 'used'],
    ['training', 'coaching', 'training'],
  ])('%s like %s → %s', (word, model, expected) => {
    expect(inflectLike(word, model)).toBe(expected);
  });
});
