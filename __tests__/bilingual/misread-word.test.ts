import { expect, test } from '@jest/globals';
import { audit } from '../../src/audit.ts';
import { oneLetterApart } from '../../src/rules/bilingual/bilingual-misread-word.ts';
import { describeWithFreedict } from '../helpers/debian.ts';

const now = new Date(0);
const misread = (italian: string, english: string) =>
  audit({ path: 'it.txt', text: italian }, { path: 'en.txt', text: english }, { now, language: { source: 'it', target: 'en' } })
    .findings.filter((f) => f.rule === 'bilingual-misread-word')
    .map((f) => [f.target?.text, f.source?.text, f.category, f.message]);

test.each([
  ['rifiatare', 'rifiutare', true],
  ['scorso', 'scorsa', false],
  ['inizio', 'inizia', false],
  ['quotare', 'nuotare', false],
  ['territorio', 'teritorio', false],
])('oneLetterApart(%s, %s) is %s', (a, b, expected) => {
  expect(oneLetterApart(a, b)).toBe(expected);
});

describeWithFreedict('bilingual-misread-word: an English word for a near-spelled Italian word', () => {
  test('"Refuse" for "Rifiata" (rifiatare read as rifiutare): the English word, with the Italian word as evidence', () => {
    expect(misread('Rifiata il mercato dopo una settimana difficile.', 'Refuse the market after a difficult week.')).toEqual([
      ['Refuse', 'Rifiata', 'accuracy/mistranslation', '“Refuse” translates Italian “rifiutare”, one letter away from the source\'s “Rifiata”: the word was misread'],
    ]);
  });
  test.each([
    ['Rifiata il mercato dopo una settimana difficile.', 'The market breathes again after a difficult week.'],
    ['Il governo rifiuta il piano della banca.', 'The government refuses the bank’s plan.'],
    ['I risultati della scorsa settimana sono buoni.', 'Last week’s results are good.'],
  ])('faithful: %s', (italian, english) => {
    expect(misread(italian, english)).toEqual([]);
  });
});
