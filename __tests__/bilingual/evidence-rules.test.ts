import { expect, test } from '@jest/globals';
import { audit } from '../../src/audit.ts';
import type { Finding } from '../../src/types.ts';
import { describeWithFreedict } from '../helpers/debian.ts';

const now = new Date(0);
function findings(italian: string, english: string, rule: string): Finding[] {
  const result = audit({ path: 'it.txt', text: italian }, { path: 'en.txt', text: english }, { now, language: { source: 'it', target: 'en' } });
  return result.findings.filter((f) => f.rule === rule);
}
const seen = (fs: Finding[]) => fs.map((f) => [f.target?.text ?? null, f.source?.text ?? null, f.category]);

describeWithFreedict('bilingual-untranslated: an Italian article or preposition left in the English', () => {
  test.each([
    ['Stamane lo spread del nostro Paese è salito a 511 punti base.', 'This morning lo spread of our country rose to 511 basis points.', 'lo'],
    ['In Francia lo spread ha raggiunto i 106 punti base.', 'In France the spread has reached i 106 basis points.', 'i'],
    ['Gli investitori hanno comprato titoli della Tesoreria.', 'Investors bought bonds della Treasury.', 'della'],
  ])('%s → %s', (italian, english, word) => {
    expect(seen(findings(italian, english, 'bilingual-untranslated'))).toEqual([[word, word, 'accuracy/untranslated']]);
  });

  test.each([
    ['Lo ha scritto il quotidiano La Repubblica, citando fonti del governo.', 'The newspaper La Repubblica reported it, citing government sources.'],
    ['Il Sole 24 Ore ha pubblicato i dati del Tesoro.', 'Il Sole 24 Ore published the Treasury data.'],
    ['Ho detto che i prezzi sono saliti.', 'I said that prices have risen.'],
    ['Lo spread del nostro Paese è salito a 511 punti base.', 'The spread of our country rose to 511 basis points.'],
  ])('faithful: %s', (italian, english) => {
    expect(findings(italian, english, 'bilingual-untranslated')).toEqual([]);
  });
});
