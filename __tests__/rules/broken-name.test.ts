import { describe, expect, test } from '@jest/globals';
import { around, findingsOf } from './helpers.ts';

const doc = around(
  'Tributes poured in on Thursday for the rapper, who died at the age of 59.',
  'His manager said the family asked for privacy, according to a statement.',
);

describe('broken-name', () => {
  test('a name with its words reordered is flagged on the reordered words, with the source name as fix', () => {
    const found = findingsOf('broken-name', doc('He worked with "Weird Al" Yankovic on a parody in 1996.'), doc('He worked with "Al Weird" Yankovic on a parody in 1996.'));
    expect(found).toHaveLength(1);
    expect(found[0]!.target?.text).toBe('Al Weird');
    expect(found[0]!.source?.text).toBe('Weird Al');
    expect(found[0]!.suggestion).toBe('Weird Al');
    expect(found[0]!.category).toBe('accuracy/mistranslation');
    expect(found[0]!.message).toContain('another order');
  });
  test('a product name turned round, one word lowercased, keeps the unchanged words out of the span', () => {
    const found = findingsOf('broken-name', doc("The astronauts flew on SpaceX's Crew Dragon to the station."), doc("The astronauts flew on SpaceX's Dragon crew to the station."));
    expect(found.map((f) => [f.target?.text, f.source?.text])).toEqual([['Dragon crew', 'Crew Dragon']]);
  });
  test('a one-word name split into two words', () => {
    const found = findingsOf('broken-name', doc('Questlove posted a long message about the artist.'), doc('Quest love posted a long message about the artist.'));
    expect(found.map((f) => [f.target?.text, f.message])).toEqual([['Quest love', 'Name broken: “Questlove” is split into words']]);
  });
  test('a name misspelt by a letter in a reworded sentence, where no word-for-word swap shows it', () => {
    const source = 'The spokesman, David Tavella, said she died in her sleep at the nursing home in Toulon.';
    const target = 'She died in her sleep in the nursing home of Toulon, the spokesman David Davella told reporters.';
    const found = findingsOf('broken-name', doc(source), doc(target));
    expect(found.map((f) => [f.target?.text, f.source?.text, f.message])).toEqual([['Davella', 'Tavella', 'Name misspelt: the source writes “Tavella”']]);
    // The same misspelling in place is changed-name's: one finding, not two.
    expect(findingsOf('broken-name', doc('Born Lucile Randon in 1904, she took the name André.'), doc('Born Lucile Rondon in 1904, she took the name André.'))).toEqual([]);
    expect(findingsOf('changed-name', doc('Born Lucile Randon in 1904, she took the name André.'), doc('Born Lucile Rondon in 1904, she took the name André.')).map((f) => f.target?.text)).toEqual(['Rondon']);
  });
  test('faithful forms of a name are not broken: a title moved behind a comma, a possessive, a spelling variant, a short name', () => {
    const none = (source: string, target: string) => expect(findingsOf('broken-name', doc(source), doc(target))).toEqual([]);
    none('CEO Matthias Zachert said demand was weak.', 'Matthias Zachert, CEO, said demand was weak.');
    none('Tanaka lived in Fukuoka for most of her life.', "Tanaka's home was Fukuoka for most of her life.");
    none('The Labour leader spoke in Leeds on Monday.', 'The Labor leader spoke in Leeds on Monday.');
    none('Li met Ng in Hong Kong last week.', 'Lu met Ng in Hong Kong last week.');
  });
});
