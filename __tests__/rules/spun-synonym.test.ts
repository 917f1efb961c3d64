import { describe, expect, test } from '@jest/globals';
import { seedPair } from '../helpers/seed.ts';
import { findingsOf, gatedFindingsOf } from './helpers.ts';

describe('spun-synonym', () => {
  test.each([
    ['The U.S. has asked Italy to join the force.', 'The U.S. has asked Italy to join the force.'],
    ['The U.S. has asked Italy to join the force.', 'The U.S. has requested Italy to join the force.'],
    ['The minister will buy new helicopters for the army.', 'The minister will purchase new helicopters for the army.'],
    ['The envoy said the talks would begin in Rome.', 'The envoy said the negotiations would start in Rome.'],
    ['Officials declined to comment on the offer.', 'Officials declined to remark on the offer.'],
    // Participles cross parts of speech: judged as verbs and adjectives too.
    ['She lifted her hand to speak.', 'She raised her hand to speak.'],
  ])('valid: %s → %s', (source, target) => {
    // A fair synonym may be listed as a low-confidence suspect, never as a finding the gate counts.
    expect(gatedFindingsOf('spun-synonym', source, target)).toEqual([]);
  });

  // Once a known limitation (a failing test): "mixing" → "blending" was gated at 0.60 by WordNet's
  // rare-sense verdict; the verdict now takes the model's confidence where the model scored the swap.
  test('valid: The mixing of the two samples took an hour. → The blending of the two samples took an hour.', () => {
    expect(gatedFindingsOf('spun-synonym', 'The mixing of the two samples took an hour.', 'The blending of the two samples took an hour.')).toEqual([]);
  });

  test.each([
    ['The U.S. has asked Italy to join the force as a founding member.', 'The U.S. has asked Italy to hitch the force as a founding member.', 'hitch', 'join'],
    ['Italy offered to train the future police of the enclave.', 'Italy offered to coach the future police of the enclave.', 'coach', 'train'],
    ['The Gaza security force will deploy in the spring.', 'The Gaza safety force will deploy in the spring.', 'safety', 'security'],
    // A multi-word term of WordNet broken by a swapped word.
    ['The plan calls for the disarmament of the armed forces in the enclave.', 'The plan calls for the disarmament of the armed teams in the enclave.', 'teams', 'forces'],
    // A WordNet term through a preposition, inflected ("boards of directors": board of directors).
    ['Both boards of directors approved the merger on Monday.', 'Both planks of directors approved the merger on Monday.', 'planks', 'boards'],
    // Synonyms only as verbs ("aim", "point"), in a noun slot (after a determiner, before a preposition).
    ['Each point on the map marks a village.', 'Each aim on the map marks a village.', 'aim', 'point'],
    // A lost space merges a word with the next ("leagueis"): the term "Little league" is compared word by word.
    ['Little league is popular in the town.', 'Short leagueis popular in the town.', 'Short', 'Little'],
  ])('invalid: %s → %s', (source, target, text, suggestion) => {
    const found = findingsOf('spun-synonym', source, target);
    expect(found.map((f) => ({ text: f.target?.text, source: f.source?.text, suggestion: f.suggestion, category: f.category }))).toEqual([
      { text, source: suggestion, suggestion, category: 'accuracy/mistranslation' },
    ]);
  });

  test('the seed source audited against itself yields no finding of any rule', () => {
    const { source } = seedPair();
    expect(findingsOf('spun-synonym', source.text, source.text)).toEqual([]);
  });

  test('on the seed pair it flags the thesaurus swaps and leaves "asked" → "requested" alone', () => {
    const { source, target } = seedPair();
    const flagged = findingsOf('spun-synonym', source.text, target.text).map((f) => `${f.source?.text}→${f.target?.text}`);
    expect(flagged).toEqual(expect.arrayContaining(['join→hitch', 'train→coaching']));
    // "asked" → "requested" is a fair synonym: at most a low-confidence suspect, never counted by the gate.
    const gated = gatedFindingsOf('spun-synonym', source.text, target.text).map((f) => `${f.source?.text}→${f.target?.text}`);
    expect(gated).toEqual(expect.arrayContaining(['join→hitch', 'train→coaching']));
    expect(gated).not.toContain('asked→requested');
  });
});

describe('spun-synonym: function-word phrases real spinners were seen making', () => {
  test('"got here" for "came" (rejected by editors on real copies) is judged; "had been" for "were" stays grammar', () => {
    const found = findingsOf('spun-synonym', 'Retail sales came in higher than expected in March, the data showed on Friday.', 'Retail sales got here in higher than expected in March, the data showed on Friday.');
    expect(found.map((f) => ({ text: f.target?.text, suggestion: f.suggestion }))).toEqual([{ text: 'got here', suggestion: 'came' }]);
    expect(found[0]!.message).toMatch(/editors rejected “got here” for “came”/);
    expect(findingsOf('spun-synonym', 'Shares were trading higher on Friday, the data showed.', 'Shares had been trading higher on Friday, the data showed.')).toEqual([]);
  });
});

describe('spun-synonym in a reworded document (a round trip, a paraphrase)', () => {
  const source =
    'Thousands of tourists huddled in schools and shelters on Rhodes on Sunday after fleeing a wildfire. Some 2,000 people were moved from beaches by private boats, the coastguard said. Officials called it the largest evacuation ever carried out in Greece. The fire has burned for six days in the mountains of the island.';
  const target =
    "On Sunday thousands of tourists fleeing a wildfire crowded into schools and shelters on the island of Rhodes. According to the coastguard, about 2,000 people had been evacuated from the beaches in private boats. Authorities described the operation as the largest evacuation ever undertaken in Greece. For six days the fire has been burning in the island's mountains.";
  test('a WordNet rare-sense pair inside a rewritten clause is weighed by the model, not flagged at the gate on WordNet alone', () => {
    const found = findingsOf('spun-synonym', source, target);
    const evacuated = found.find((f) => f.target?.text === 'evacuated');
    expect(evacuated?.message).toContain('only in a rare sense');
    expect(evacuated!.confidence).toBeLessThan(0.5);
    expect(found.filter((f) => f.confidence >= 0.5)).toEqual([]);
  });
});

describe('spun-synonym on a word of a name mid-sentence', () => {
  test('a capitalised product word swapped mid-sentence is a spun name even when the sentence uses the source word elsewhere', () => {
    const source = 'The phone has a new configurable Action button, and users who upgrade will want to do so quickly.';
    const target = 'The phone has a new configurable Motion button, and users who upgrade will want to take action quickly.';
    const motion = findingsOf('spun-synonym', source, target).find((f) => f.target?.text === 'Motion');
    expect(motion?.source?.text).toBe('Action');
    expect(motion!.confidence).toBeGreaterThanOrEqual(0.5);
  });
});
