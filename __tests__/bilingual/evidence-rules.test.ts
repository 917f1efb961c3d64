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

describeWithFreedict('bilingual-literal-name: an Italian name translated word by word', () => {
  test('Piazza Affari rendered as Business Square', () => {
    const fs = findings('Negli stessi minuti Piazza Affari ha accelerato al ribasso.', 'In the same minutes Business Square accelerated downwards.', 'bilingual-literal-name');
    expect(seen(fs)).toEqual([['Business Square', 'Piazza Affari', 'accuracy/mistranslation']]);
    expect(fs[0]!.suggestion).toBe('Piazza Affari');
  });
  test.each([
    ['Negli stessi minuti Piazza Affari ha accelerato al ribasso.', 'In the same minutes Piazza Affari accelerated downwards.'],
    ['Negli stessi minuti la Borsa di Milano ha accelerato al ribasso.', 'In the same minutes the Milan Stock Exchange accelerated downwards.'],
    ['Il premier è arrivato a Palazzo Chigi alle 10.', 'The prime minister arrived at Palazzo Chigi at 10 am.'],
  ])('faithful: %s', (italian, english) => {
    expect(findings(italian, english, 'bilingual-literal-name')).toEqual([]);
  });
});

describeWithFreedict('bilingual-homograph: the Italian word rendered in its other sense', () => {
  test.each([
    ['Il rialzo dei rendimenti e dello spread è conseguenza del richiamo di Mario Draghi, che ieri ha criticato l’Italia.', 'The rise in yields and the spread is a consequence of the recall of Mario Draghi, who yesterday criticised Italy.', 'recall', 'richiamo'],
    ['La nuova ampiezza della forbice dello spread corrisponde a rendimenti del 5,9%.', 'The new width of the scissor of the spread corresponds to yields of 5.9%.', 'scissor', 'forbice'],
    ['Sul mercato gli investitori hanno venduto titoli di Stato per 3 miliardi.', 'On the market investors sold government titles for 3 billion.', 'titles', 'titoli'],
    // The domain reading further on renders another verb (redarguito), so it does not excuse "recall".
    ['Lo spread sale per il richiamo del presidente della Bce, che ieri ha redarguito i titoli italiani.', 'The spread rises because of the recall of the ECB president, who yesterday reprimanded Italian securities.', 'recall', 'richiamo'],
  ])('%s → %s', (italian, english, word, evidence) => {
    const fs = findings(italian, english, 'bilingual-homograph');
    expect(seen(fs)).toEqual([[word, evidence, 'accuracy/mistranslation']]);
    expect(fs[0]!.message).toContain(`not ${word}`);
    // Fitted on the real training half (eval/bilingual-calibrate.ts): at the gate (0.5) since it was right there.
    expect(fs[0]!.confidence).toBeGreaterThanOrEqual(0.5);
  });
  test.each([
    ['Sul mercato gli investitori hanno venduto titoli di Stato per 3 miliardi.', 'On the market investors sold government securities for 3 billion.'],
    ['Il libro ha un titolo lungo e un titolo breve.', 'The book has a long title and a short title.'],
    ['La nuova ampiezza della forbice dello spread corrisponde a rendimenti del 5,9%.', 'The new width of the gap of the spread corresponds to yields of 5.9%.'],
    ['Lo spread sale per il richiamo del presidente della Bce sui titoli italiani.', 'The spread rises because of the ECB president’s warning, a recall to order on Italian securities.'],
  ])('faithful: %s', (italian, english) => {
    expect(findings(italian, english, 'bilingual-homograph')).toEqual([]);
  });
});
