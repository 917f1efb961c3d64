import { describe, expect, test } from '@jest/globals';
import { findingsOf } from './helpers.ts';

describe('leaked-escape', () => {
  test('a JSON escape that lost its backslash, in place of a currency sign: major, with the character as the fix', () => {
    const found = findingsOf('leaked-escape', 'Tickets cost £66 or even £242 this year.', 'Tickets cost u20a4 66 or even u20a4 242 this year.');
    expect(found.map((f) => [f.target?.text, f.suggestion, f.severity, f.category])).toEqual([
      ['u20a4', '₤', 'major', 'fluency/character-encoding'],
      ['u20a4', '₤', 'major', 'fluency/character-encoding'],
    ]);
    expect(found[0]!.message).toContain('“u20a4” stands for “₤”');
  });
  test('HTML references a scraper left, with no source sentence needed; a quote mark is minor', () => {
    const found = findingsOf('leaked-escape', 'An unrelated source text.', 'Marks &amp; Spencer said it wouldn&#8217;t close stores.\n\nA second sentence with no source at all, and \\u2019 here.');
    expect(found.map((f) => [f.target?.text, f.suggestion, f.severity])).toEqual([
      ['&amp;', '&', 'minor'],
      ['&#8217;', '’', 'minor'],
      ['\\u2019', '’', 'minor'],
    ]);
  });
  test('words that only look like escapes, and escapes the source writes too, are not flagged', () => {
    expect(findingsOf('leaked-escape', 'The U2 concert and the model u2000x sold out.', 'The U2 concert and the model u2000x sold out; AT&T stayed quiet.')).toEqual([]);
    expect(findingsOf('leaked-escape', 'In JSON, write \\u00e9 for é.', 'In JSON, one writes \\u00e9 for é.')).toEqual([]);
  });
});
