import { describe, expect, test } from '@jest/globals';
import { judgeSubstitution } from '../../src/lexicon/sense-relation.ts';
import { wordnet } from '../../src/lexicon/wordnet.ts';

describe('WordNet loader', () => {
  test('senses come in frequency order with their SemCor counts, inflections resolved', () => {
    const verbs = wordnet().senses('trained').get('v')!;
    expect(verbs[0]).toMatchObject({ rank: 1 });
    expect(verbs[0]!.tags).toBeGreaterThan(verbs.at(-1)!.tags);
    expect(wordnet().synset(verbs[0]!.synset)!.lemmas).toContain('train');
    expect(wordnet().baseForms('coaching', 'v')).toEqual(['coach']);
    expect(wordnet().senses('zzzxq').size).toBe(0);
  });
});

describe('judgeSubstitution: does the substitute keep the meaning?', () => {
  test.each([
    ['asked', 'requested', 'keeps'],
    ['buy', 'purchase', 'keeps'],
    ['countries', 'nations', 'keeps'],
    ['weapons', 'arms', 'keeps'],
    ['talks', 'negotiations', 'keeps'],
    ['join', 'hitch', 'shifts'],
    ['train', 'coaching', 'shifts'],
    ['decision', 'resolution', 'shifts'],
    ['track', 'running', 'shifts'],
    ['overt', 'open', 'unsure'],
    ['significant', 'important', 'unsure'],
    ['office', 'workplace', 'unrelated'],
  ])('%s → %s: %s', (original, substitute, verdict) => {
    expect(judgeSubstitution(original, substitute).verdict).toBe(verdict);
  });
});
