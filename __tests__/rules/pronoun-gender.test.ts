import { describe, expect, test } from '@jest/globals';
import { around, findingsOf } from './helpers.ts';

const doc = around(
  'The festival opened on Monday with a gala screening at the Sala Grande.',
  'The film opens in cinemas later this month, the distributor said.',
);

describe('pronoun-gender', () => {
  test('a round trip that brings a woman back as "he" is flagged on the first wrong pronoun, with the source pronoun as evidence', () => {
    const found = findingsOf('pronoun-gender', doc('Wilde saw her film receive a standing ovation from the audience.'), doc('He saw his movie receive a standing ovation from the audience.'));
    expect(found).toHaveLength(1);
    expect(found[0]!.target?.text).toBe('He');
    expect(found[0]!.source?.text).toBe('her');
    expect(found[0]!.category).toBe('accuracy/mistranslation');
    expect(found[0]!.severity).toBe('major');
    expect(found[0]!.suggestion).toBe('she');
    expect(found[0]!.message).toContain('“her”');
  });
  test('the reverse: "she" for a man', () => {
    const found = findingsOf('pronoun-gender', doc('The director said he would return to Venice with his next film.'), doc('The director said she would return to Venice with her next film.'));
    expect(found.map((f) => [f.target?.text, f.suggestion])).toEqual([['she', 'he']]);
  });
  test('a sentence about two people, or one that keeps the gender, is not a change', () => {
    expect(findingsOf('pronoun-gender', doc('She thanked the actor, who said he was proud of her.'), doc('She thanked the actor, who said he was proud of her work.'))).toEqual([]);
    expect(findingsOf('pronoun-gender', doc('Wilde saw her film receive a standing ovation.'), doc('Wilde saw her movie get a standing ovation.'))).toEqual([]);
    // The source names the person without a pronoun: nothing to compare.
    expect(findingsOf('pronoun-gender', doc('Wilde watched the film receive a standing ovation.'), doc('He watched the film get a standing ovation.'))).toEqual([]);
  });
});
