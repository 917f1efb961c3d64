import { describe, expect, test } from '@jest/globals';
import { findingsOf, gatedFindingsOf } from './helpers.ts';

const SOURCE = 'Lanxess expects a gradual recovery, Chief Executive Matthias Zachert said on Thursday.\n\nThe chemicals maker cut its outlook in August.\n';

describe('added-name', () => {
  test('a name the source never mentions, added to an aligned sentence, is a suspect with its span', () => {
    const found = findingsOf('added-name', SOURCE, 'Lanxess expects a gradual recovery, Matthias Zachert, CEO of BNP Paribas, said on Thursday.\n\nThe chemicals maker cut its outlook in August.\n');
    expect(found.map((f) => f.target?.text)).toEqual(['CEO of BNP Paribas']);
    expect(found[0]!.category).toBe('accuracy/addition');
    expect(found[0]!.message).toContain('never mentions “CEO of BNP Paribas”');
    expect(found[0]!.confidence).toBeLessThan(0.5);
    expect(gatedFindingsOf('added-name', SOURCE, 'Lanxess expects a gradual recovery, Matthias Zachert, CEO of BNP Paribas, said on Thursday.\n\nThe chemicals maker cut its outlook in August.\n')).toEqual([]);
  });
  test('names the source has elsewhere, their initials, dates and acronyms are not added names', () => {
    const src = 'The Securities and Exchange Commission fined Al-Hilal, the U.S. regulator said.\n\nLanxess shares fell in August.\n';
    expect(findingsOf('added-name', src, 'The SEC fined Al Hilal, the United States regulator said on Tuesday.\n\nLanxess shares fell in August.\n')).toEqual([]);
  });
});
