import { expect, test } from '@jest/globals';
import { audit } from '../../src/audit.ts';
import type { Finding } from '../../src/types.ts';
import { describeWithFreedict } from '../helpers/debian.ts';

const pair = { source: 'it', target: 'en' };
const now = new Date(0);

function findings(italian: string, english: string, rule?: string): Finding[] {
  const result = audit({ path: 'it.txt', text: italian }, { path: 'en.txt', text: english }, { now, language: pair });
  return result.findings.filter((f) => !rule || f.rule === rule);
}
const spans = (fs: Finding[]) => fs.map((f) => [f.target?.text ?? null, f.source?.text ?? null, f.category]);

describeWithFreedict('bilingual-number: figures compared by value with the aligned Italian', () => {
  test.each([
    ["L'inflazione è salita al 5,2% a marzo, secondo l'Istat.", 'Inflation rose to 5.2% in March, according to Istat.'],
    ['Sono state evacuate 1.250 persone nella provincia di Ravenna.', '1,250 people were evacuated in the province of Ravenna.'],
    ["L'asta dei Btp decennali, per 2,5 miliardi di euro, si terrà giovedì.", 'The auction of ten-year BTPs, for 2.5 billion euros, will be held on Thursday.'],
    ['Il consiglio comunale si riunirà alle 17 nella sala grande.', 'The city council will meet at 5 pm in the main hall.'],
  ])('faithful: %s', (italian, english) => {
    expect(findings(italian, english, 'bilingual-number')).toEqual([]);
  });

  test.each([
    ['Sono state evacuate 1.250 persone nella provincia di Ravenna.', '1.25 people were evacuated in the province of Ravenna.', '1.25', '1.250'],
    ["L'asta dei Btp decennali, per 2,5 miliardi di euro, si terrà giovedì.", 'The auction of ten-year BTPs, for 2.5 million euros, will be held on Thursday.', '2.5 million', '2,5 miliardi'],
    ["L'asta dei Btp decennali, per 2,5 miliardi di euro, si terrà giovedì.", 'The auction of 210-year BTPs, for 2.5 billion euros, will be held on Thursday.', '210', 'decennali'],
    ['Il consiglio comunale si riunirà alle 17 nella sala grande.', 'The city council will meet at 7 pm in the main hall.', '7 pm', '17'],
  ])('changed: %s → %s', (italian, english, wrong, evidence) => {
    expect(spans(findings(italian, english, 'bilingual-number'))).toEqual([[wrong, evidence, 'accuracy/mistranslation']]);
  });

  test('a number moved into another slot, the slot’s own number gone', () => {
    const fs = findings('Lo spread tra Btp e Bund ha chiuso a 210 punti, dopo un massimo a 224 in mattinata.', 'The spread between BTPs and Bunds closed at 224 points, after a high of 218 in the morning.', 'bilingual-number');
    expect(spans(fs)).toEqual(expect.arrayContaining([['224', '210', 'accuracy/mistranslation']]));
  });

  test('two figures swapped against the Italian', () => {
    const fs = findings('La sopravvivenza media dei pazienti è passata da 11 a 15 mesi.', 'Median survival of patients rose from 15 to 11 months.', 'bilingual-number');
    expect(fs.map((f) => f.target?.text).sort()).toEqual(['11', '15']);
  });
});

describeWithFreedict('mt-artefact', () => {
  test('XNUMX placeholder, with the Italian figure it stands for', () => {
    const fs = findings('Le associazioni stimano un danno di 150 milioni di euro per le imprese.', 'Associations estimate damage of XNUMX million euros for businesses.', 'mt-artefact');
    expect(spans(fs)).toEqual([['XNUMX', '150 milioni', 'accuracy/mistranslation']]);
    expect(fs[0]!.suggestion).toBe('150 milioni');
  });
  test('a 24-hour time with pm, and the 12-hour suggestion', () => {
    const fs = findings('I treni si fermeranno dalle 21 di giovedì alle 21 di venerdì.', 'Trains will stop from 21 pm on Thursday to 9 pm on Friday.', 'mt-artefact');
    expect(spans(fs)).toEqual([['21 pm', '21', 'accuracy/mistranslation']]);
    expect(fs[0]!.suggestion).toBe('9 pm');
  });
  test('an Italian decimal comma kept in English; the English decimal point passes', () => {
    const italian = 'Le azioni di Intesa Sanpaolo sono scese del 3,2% in Borsa.';
    const fs = findings(italian, 'Intesa Sanpaolo shares fell 3,2% on the stock exchange.', 'mt-artefact');
    expect(spans(fs)).toEqual([['3,2', '3,2', 'locale-convention/number-format']]);
    expect(fs[0]!.suggestion).toBe('3.2');
    expect(findings(italian, 'Intesa Sanpaolo shares fell 3.2% on the stock exchange.', 'mt-artefact')).toEqual([]);
  });
});

describeWithFreedict('bilingual-name', () => {
  const italian = 'Il ministro dei Trasporti Matteo Salvini ha chiesto ai sindacati di ridurre lo sciopero a Genova.';
  test('names written alike, and a city English adapts, pass', () => {
    expect(findings(italian, 'Transport minister Matteo Salvini asked the unions to shorten the strike in Genoa.', 'bilingual-name')).toEqual([]);
  });
  test('a replaced surname is reported on the replacement', () => {
    expect(spans(findings(italian, 'Transport minister Matteo Renzi asked the unions to shorten the strike in Genoa.', 'bilingual-name'))).toEqual([['Renzi', 'Salvini', 'accuracy/mistranslation']]);
  });
  test('a dropped name is an omission with the Italian name as evidence', () => {
    expect(spans(findings(italian, 'The transport minister asked the unions to shorten the strike in Genoa.', 'bilingual-name'))).toEqual([[null, 'Matteo Salvini', 'accuracy/omission']]);
  });
});

describeWithFreedict('rules of a same-language audit do not run in a bilingual one', () => {
  test('changed-number does not read Italian numbers the English way', () => {
    const result = audit({ path: 'it.txt', text: 'Sono state evacuate 1.250 persone nella provincia di Ravenna.' }, { path: 'en.txt', text: '1,250 people were evacuated in the province of Ravenna.' }, { now, language: pair });
    expect(result.findings.filter((f) => f.confidence >= 0.5)).toEqual([]);
  });
});

describeWithFreedict('bilingual-false-friend: the Italian word is the evidence', () => {
  const italian = 'La situazione è attualmente sotto controllo, ha detto il prefetto.';
  test('"actually" where the Italian has "attualmente" (calque table)', () => {
    const fs = findings(italian, 'The situation is actually under control, the prefect said.', 'bilingual-false-friend');
    expect(spans(fs)).toEqual([['actually', 'attualmente', 'accuracy/mistranslation']]);
    expect(fs[0]!.message).toContain('“attualmente”');
    expect(fs[0]!.suggestion).toBe('currently');
  });
  test('"actually" with no "attualmente" in the Italian passes', () => {
    expect(findings('La situazione è davvero sotto controllo, ha detto il prefetto.', 'The situation is actually under control, the prefect said.', 'bilingual-false-friend')).toEqual([]);
  });
});

describeWithFreedict('untranslated passages in a bilingual audit', () => {
  test('an Italian paragraph left in the English is untranslated, and only that', () => {
    const italian = [
      'Venerdì i sindacati hanno proclamato uno sciopero nazionale dei trasporti di 24 ore.',
      "Secondo la Cgil, l'adesione potrebbe superare il 60% del personale. Il ministro dei Trasporti ha chiesto ai sindacati di ridurre la durata dello sciopero.",
    ].join('\n\n');
    const english = ['On Friday the unions called a 24-hour national transport strike.', italian.split('\n\n')[1]!].join('\n\n');
    const fs = findings(italian, english).filter((f) => f.confidence >= 0.5);
    expect(fs.length).toBeGreaterThan(0);
    for (const f of fs) {
      expect(f.rule).toBe('untranslated-target');
      expect(f.category).toBe('accuracy/untranslated');
      expect(f.target!.start).toBeGreaterThanOrEqual(english.indexOf('Secondo'));
    }
  });
});

describeWithFreedict('unrendered-word: a low-confidence suspect, never gated', () => {
  test('an Italian word whose FreeDict translations the English lacks; the rendered ones pass', () => {
    const italian = 'Il governo ha aumentato il prezzo del pane.';
    const faithful = findings(italian, 'The government raised the price of bread.', 'unrendered-word');
    expect(faithful.map((f) => f.source?.text)).not.toContain('prezzo');
    expect(faithful.map((f) => f.source?.text)).not.toContain('governo');
    const dropped = findings(italian, 'The government raised it.', 'unrendered-word');
    expect(dropped.map((f) => f.source?.text)).toContain('prezzo');
    for (const f of dropped) {
      expect(f.target).toBeNull();
      expect(f.confidence).toBeLessThan(0.5);
    }
    const result = audit({ path: 'it.txt', text: italian }, { path: 'en.txt', text: 'The government raised it.' }, { now, language: pair });
    expect(result.summary.counts.byRule['unrendered-word'] ?? 0).toBe(0);
  });
});
