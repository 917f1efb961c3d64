import { expect, test } from '@jest/globals';
import { audit } from '../../src/audit.ts';
import { describeWithFreedict } from '../helpers/debian.ts';

const now = new Date(0);
const found = (italian: string, english: string, rule: string) =>
  audit({ path: 'it.txt', text: italian }, { path: 'en.txt', text: english }, { now, language: { source: 'it', target: 'en' } })
    .findings.filter((f) => f.rule === rule)
    .map((f) => [f.target?.text ?? null, f.source?.text ?? null, f.category, f.suggestion]);

describeWithFreedict('Italian institutions (corpus/lexicons/institutions-it-en)', () => {
  test('"la Camera" rendered "the Room" is a literal name, with the English name as the suggestion', () => {
    expect(found('Il decreto è stato approvato ieri dalla Camera con 300 voti.', 'The decree was approved yesterday by the Room with 300 votes.', 'bilingual-literal-name')).toEqual([['Room', 'Camera', 'accuracy/mistranslation', 'Chamber']]);
    expect(found('Il decreto è stato approvato ieri dalla Camera con 300 voti.', 'The decree was approved yesterday by the Chamber of Deputies with 300 votes.', 'bilingual-literal-name')).toEqual([]);
  });

  test.each([
    ['La Bce ha alzato i tassi e la Ue ha approvato il piano.', 'The ECB raised rates and the EU approved the plan.'],
    ['Il rendimento dei titoli di Stato sale al 4%.', 'The yield on government bonds rises to 4%.'],
    ['Il Cdm ha approvato la Legge di Bilancio, e il Pd ha votato contro in Aula.', 'The Council of Ministers approved the Budget Law, and the Democratic Party voted against in the Chamber.'],
    ['La Presidente del Consiglio Giorgia Meloni ha incontrato la Cgil.', 'Prime Minister Giorgia Meloni met the CGIL union.'],
  ])('an acronym or body English names its own way is not a missing name: %s', (italian, english) => {
    expect(found(italian, english, 'bilingual-name')).toEqual([]);
  });

  test('an institution that is gone is still a missing name', () => {
    expect(found('La Bce ha alzato i tassi e la Ue ha approvato il piano.', 'The bank raised rates and the EU approved the plan.', 'bilingual-name')).toEqual([[null, 'Bce', 'accuracy/omission', null]]);
  });

  test('a capitalised word closed by an apostrophe is an accented vowel ("Giu’" is giù, down), not a missing name', () => {
    expect(found('Giu’ Moncler, bene Stellantis in una seduta positiva.', 'Moncler down, Stellantis does well in a positive session.', 'bilingual-name')).toEqual([]);
  });
});
