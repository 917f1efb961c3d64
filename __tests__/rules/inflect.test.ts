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
    // Issue 19: inflected through the lexicon, irregular verbs too; never a non-word.
    ['said', 'mentioned', 'said'],
    ['say', 'mentioned', 'said'],
    ['tell', 'informed', 'told'],
    ['Say', 'Mentioned', 'Said'],
    ['join', 'said', 'joined'],
    ['security', 'thing', 'security'],
  ])('%s like %s → %s', (word, model, expected) => {
    expect(inflectLike(word, model)).toBe(expected);
  });

  test('a made-up form that is not a word is no suggestion', () => {
    expect(inflectLike('child', 'teams')).toBeNull(); // "childs"
    expect(inflectLike('zzyzx', 'coaching')).toBeNull();
  });
});
