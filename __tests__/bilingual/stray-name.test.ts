import { expect, test } from '@jest/globals';
import { audit } from '../../src/audit.ts';
import { describeWithFreedict } from '../helpers/debian.ts';

const now = new Date(0);
const stray = (italian: string, english: string) =>
  audit({ path: 'it.txt', text: italian }, { path: 'en.txt', text: english }, { now, language: { source: 'it', target: 'en' } })
    .findings.filter((f) => f.rule === 'bilingual-stray-name')
    .map((f) => [f.target?.text, f.source?.text, f.category, f.suggestion]);

describeWithFreedict('bilingual-stray-name: a place name inserted beside a name of the Italian', () => {
  test('"the crisis in Italy Portugal" for "la crisi in Portogallo": the inserted name, accuracy/addition', () => {
    expect(stray('Preoccupa anche la crisi in Portogallo.', 'The crisis in Italy Portugal is also worrying.')).toEqual([['Italy', 'Portogallo', 'accuracy/addition', 'Portugal']]);
  });
  test.each([
    ['Preoccupa anche la crisi in Portogallo.', 'The crisis in Portugal is also worrying.'],
    ['Il ministro dell’Economia Giulio Tremonti ha parlato ieri.', 'Finance Minister Giulio Tremonti spoke yesterday.'],
    ['Lo ha detto la Bce in una nota.', 'The European Central Bank said so in a note.'],
    ['La Spagna e l’Italia pagano di più.', 'Spain and Italy pay more.'],
  ])('faithful: %s', (italian, english) => {
    expect(stray(italian, english)).toEqual([]);
  });
});
