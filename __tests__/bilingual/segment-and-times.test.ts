import { expect, test } from '@jest/globals';
import { audit } from '../../src/audit.ts';
import { describeWithFreedict } from '../helpers/debian.ts';

const now = new Date(0);
const run = (italian: string, english: string) => audit({ path: 'it.txt', text: italian }, { path: 'en.txt', text: english }, { now, language: { source: 'it', target: 'en' } });

describeWithFreedict('the English of a bilingual audit: sentences after a number, times in Italian spelling', () => {
  const italian = 'Alle 9.45 il listino segnava 312. Anche il rendimento dei titoli è salito al 4,1%.';

  test('"… marked 312. The yield…" is two sentences, each aligned to its Italian one; nothing is reported', () => {
    const result = run(italian, 'At 9.45 the index marked 312. The yield on the securities also rose to 4.1%.');
    expect(result.target.segments.map((s) => s.text)).toEqual(['At 9.45 the index marked 312.', 'The yield on the securities also rose to 4.1%.']);
    expect(result.findings.filter((f) => f.severity !== 'minor' && f.confidence >= 0.5).map((f) => [f.rule, f.target?.text ?? f.source?.text])).toEqual([]);
  });

  test('a time kept as "9.45" is the Italian 9.45; another time is a changed figure', () => {
    const changed = run(italian, 'At 9.54 the index marked 312. The yield on the securities also rose to 4.1%.');
    expect(changed.findings.filter((f) => f.rule === 'bilingual-number').map((f) => [f.target?.text, f.source?.text, f.category])).toEqual([['9.54', '9.45', 'accuracy/mistranslation']]);
  });
});

describeWithFreedict('faithful English word order and Italian compounds', () => {
  test('two distant figures in another order are a faithful reordering; a range reversed is not', () => {
    const italian = 'Calo del rendimento al 4,86% per il Btp con cedola del 3,75% a scadenza 2021.';
    const faithful = run(italian, 'The yield of the BTP with a 3.75% coupon maturing in 2021 fell to 4.86%.');
    expect(faithful.findings.filter((f) => f.rule === 'bilingual-number')).toEqual([]);
    const range = run('La durata passa da 11 a 15 mesi.', 'The duration goes from 15 to 11 months.');
    expect(range.findings.filter((f) => f.rule === 'bilingual-number').map((f) => f.target?.text).sort()).toEqual(['11', '15']);
  });

  test('a capitalised part of a compound ("salva-Stati") is not a missing name', () => {
    const result = run('Pesano le voci su una estensione del Fondo salva-Stati.', 'Rumours of an enlargement of the bailout fund weigh on the markets.');
    expect(result.findings.filter((f) => f.rule === 'bilingual-name')).toEqual([]);
  });
});

describeWithFreedict('sentence openers, Italian clock times in words, and bodies English names otherwise', () => {
  test('"Intanto Piazza Affari" names Piazza Affari: "Meanwhile" is not a replaced name', () => {
    const result = run('Intanto Piazza Affari viaggia in rosso, lasciando lo 0,8%.', 'Meanwhile Piazza Affari is in the red, losing 0.8%.');
    expect(result.findings.filter((f) => f.rule === 'bilingual-name')).toEqual([]);
  });

  test('"alle 17 e 30" is 5.30 pm; another time is a changed figure', () => {
    const italian = 'Poco prima delle 17 e 30 la forbice segnava 495 punti.';
    expect(run(italian, 'Shortly before 5.30 pm the gap stood at 495 points.').findings.filter((f) => f.rule === 'bilingual-number')).toEqual([]);
    expect(run(italian, 'Shortly before 6.30 pm the gap stood at 495 points.').findings.filter((f) => f.rule === 'bilingual-number').map((f) => [f.target?.text, f.source?.text])).toEqual([['6.30 pm', '17 e 30']]);
  });

  test('"le Borse europee" rendered "the European stock markets" is not a missing name', () => {
    const result = run('Il calo è legato alle Borse europee, tutte in rosso.', 'The fall is linked to the European stock markets, all in the red.');
    expect(result.findings.filter((f) => f.rule === 'bilingual-name')).toEqual([]);
  });
});
