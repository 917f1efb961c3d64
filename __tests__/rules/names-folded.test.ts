import { describe, expect, test } from '@jest/globals';
import { audit } from '../../src/audit.ts';

// Issue 19, item 3: names compared as syndication writes them (diacritics and case folded), and a name
// for the pronoun that stands for it is no spun word.

const findings = (source: string, target: string) =>
  audit({ path: 'source.txt', text: source }, { path: 'target.txt', text: target }, { now: new Date(0) }).findings.map((f) => `${f.rule}: ${f.target?.text ?? f.source?.text}`);

describe('names folded for diacritics and case', () => {
  test.each([
    ['Fenerbahçe beat Galatasaray 2-1 in İstanbul on Sunday, the club said.', 'Fenerbahce beat Galatasaray 2-1 in Istanbul on Sunday, the club said.'],
    ['Fans of Fenerbahçe celebrated in the streets of İstanbul until morning.', 'Fans of FENERBAHCE celebrated in the streets of ISTANBUL until morning.'],
    ['LONDON (Reuters) - The Bank of England held rates on Thursday, Reuters reported.', 'LONDON (REUTERS) - The Bank of England held rates on Thursday, REUTERS reported.'],
    ['Reporting by Jane Smith for Reuters; editing by Tom Brown in Zürich.', 'Reporting by Jane Smith for REUTERS; editing by Tom Brown in Zurich.'],
    ['Fans celebrated after the win, and Fenerbahçe thanked them.', 'Fans celebrated after the win, and Fenerbahce thanked them.'],
  ])('no finding: %s → %s', (source, target) => {
    expect(findings(source, target)).toEqual([]);
  });

  test('a name that really changes is still a finding', () => {
    const source = 'Fenerbahçe beat Besiktas 2-1 in the capital on Sunday, the club said.';
    const target = 'Galatasaray beat Besiktas 2-1 in the capital on Sunday, the club said.';
    const result = audit({ path: 'source.txt', text: source }, { path: 'target.txt', text: target });
    // changed-name, or spun-synonym on the same span (the report keeps the surer of the two).
    expect(result.findings.map((f) => [f.target?.text, f.category, f.severity])).toEqual([['Galatasaray', 'accuracy/mistranslation', 'major']]);
    expect(result.summary.counts.major).toBe(1);
  });
});

describe('a name where the source has a pronoun', () => {
  test.each([
    ['The minister arrived in Rome on Friday. She said the talks had gone well and that a deal was close.', 'The minister arrived in Rome on Friday. Meloni said the talks had gone well and that a deal was close.'],
    ['The minister arrived on Friday and said that he would meet the envoys before the vote.', 'The minister arrived on Friday and said that Crosetto would meet the envoys before the vote.'],
  ])('is no spun word: %s → %s', (source, target) => {
    expect(findings(source, target)).toEqual([]);
  });

  test('a real spun word beside it is still reported', () => {
    const source = 'The minister arrived in Rome on Friday. She said the talks had gone well and asked Italy to join the force.';
    const target = 'The minister arrived in Rome on Friday. Meloni said the talks had gone well and asked Italy to hitch the force.';
    expect(findings(source, target)).toEqual(['spun-synonym: hitch']);
  });
});
