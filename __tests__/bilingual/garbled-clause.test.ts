import { expect, test } from '@jest/globals';
import { audit } from '../../src/audit.ts';
import { lacksPredicate } from '../../src/rules/bilingual/bilingual-garbled-clause.ts';
import { describeWithFreedict } from '../helpers/debian.ts';

const now = new Date(0);
const garbled = (italian: string, english: string) =>
  audit({ path: 'it.txt', text: italian }, { path: 'en.txt', text: english }, { now, language: { source: 'it', target: 'en' } })
    .findings.filter((f) => f.rule === 'bilingual-garbled-clause')
    .map((f) => [f.target?.text, f.source?.text, f.category, f.severity]);

test.each([
  ['Germany, which pays less for its debt, now in the middle of a long campaign.', true],
  ['The rise of the spread between the two bonds of the same maturity.', true],
  ['Germany, which pays less for its debt, is now in the middle of a long campaign.', false],
  ['This followed massive cancellations of flights to the United States.', false],
  ['Yields fall again after the auction of the new bonds.', false],
  ['Spread at 300 points.', false],
])('lacksPredicate(%s) is %s', (sentence, expected) => {
  expect(lacksPredicate(sentence)).toBe(expected);
});

describeWithFreedict('bilingual-garbled-clause: the English clause against the aligned Italian', () => {
  test('a main clause lost, a relative clause left: the whole sentence, with the Italian main clause as evidence', () => {
    const italian = 'Discorso diverso invece per la Germania, che deve pagare di più il suo debito, ormai in piena campagna elettorale.';
    const english = 'Germany, which must pay more for its debt, now in full electoral campaign.';
    expect(garbled(italian, english)).toEqual([[english, 'Discorso diverso invece per la Germania', 'accuracy/omission', 'major']]);
  });

  test('a predicate lost: the Italian main clause has a verb, the English none', () => {
    const italian = 'Il rendimento del decennale scende sotto il 4% dopo l’asta di ieri.';
    const english = 'The yield of the ten-year below 4% after the auction of yesterday.';
    expect(garbled(italian, english)).toEqual([[english, italian, 'accuracy/omission', 'major']]);
  });

  test('"who" for a thing where the Italian has "che": the noun and "who", fluency/grammar', () => {
    expect(garbled('Risale il tasso, che torna a salire sopra il 5%.', 'Climbs the rate, who goes back to climb above 5%.')).toEqual([['rate, who', 'che', 'fluency/grammar', 'major']]);
    expect(garbled('Parla il presidente della banca, che torna a chiedere fiducia.', 'The president of the bank speaks, who asks for confidence again.')).toEqual([]);
  });

  test.each([
    ['Il tasso, che torna a superare il 5%, preoccupa i mercati.', 'The rate, which goes back above 5%, worries the markets.'],
    ['Il presidente, che ieri ha parlato, resta ottimista.', 'The president, who spoke yesterday, remains optimistic.'],
    ['Spread a 300 punti.', 'Spread at 300 points.'],
    ['Calma piatta nelle piazze europee dove gli indici principali sono quasi in parità.', 'Dead calm on the European markets, where the main indices are almost flat.'],
    ['Giornata difficile per lo spread italiano, che chiude di nuovo in rialzo.', 'A difficult day for the Italian spread, which closes higher again.'],
    ['Giornata tranquilla sul mercato del debito spagnolo, con rendimenti stabili.', 'A quiet day on the Spanish debt market, with stable yields.'],
  ])('faithful: %s', (italian, english) => {
    expect(garbled(italian, english)).toEqual([]);
  });
});
