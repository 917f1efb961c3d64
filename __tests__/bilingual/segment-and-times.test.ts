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
