import { describe, expect, test } from '@jest/globals';
import { around, findingsOf } from './helpers.ts';

const doc = around(
  'The study followed 12,712 people for a decade, the team reported on Monday.',
  'The findings were presented at a medical meeting in Philadelphia.',
);

describe('pronoun-referent', () => {
  test('one pronoun put for another of a different referent, the verb kept, is flagged with the source pronoun as the fix', () => {
    const found = findingsOf('pronoun-referent', doc('People at high risk should be screened for cancer, they added.'), doc('People at high risk should be screened for cancer, he added.'));
    expect(found.map((f) => [f.target?.text, f.source?.text, f.suggestion, f.category, f.severity])).toEqual([['he', 'they', 'they', 'accuracy/mistranslation', 'major']]);
    expect(found[0]!.message).toContain('a man');
  });
  test('a team made an agency: "its" for "his"', () => {
    const found = findingsOf('pronoun-referent', doc('Biden said his transition team had heard from the agencies.'), doc('Biden said its transition team had heard from the agencies.'));
    expect(found.map((f) => f.target?.text)).toEqual(['its']);
  });
  test('"it" and "they" for a company, and a sentence that keeps its pronouns, are no change', () => {
    expect(findingsOf('pronoun-referent', doc('The company said they would appeal the ruling.'), doc('The company said it would appeal the ruling.'))).toEqual([]);
    expect(findingsOf('pronoun-referent', doc('The company said its profit rose.'), doc('The company said their profit rose.'))).toEqual([]);
    expect(findingsOf('pronoun-referent', doc('She said the plan would work.'), doc('She stated the plan would work.'))).toEqual([]);
  });
});
