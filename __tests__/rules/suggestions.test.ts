import { describe, expect, test } from '@jest/globals';
import { audit } from '../../src/audit.ts';
import { englishDictionary } from '../../src/lexicon/dictionary.ts';

// Issue 19, item 4: a suggested fix is a word a person would write ("said", never "saided").

const SOURCE = [
  'The minister said on Monday that the budget plan was ready for a vote in parliament.',
  'Officials said the government would cut taxes for small firms next year.',
  'The opposition leader said her party would fight the plan in every committee.',
  'Analysts said the markets reacted calmly to the news on Tuesday.',
].join('\n');
// "informed" for "said": a spinner's wrong-sense verb ("mentioned" is a fair reporting verb that editors
// of the real set let stand, issue 18, so it is no longer flagged and suggests nothing).
const TARGET = [
  ...SOURCE.replaceAll(' said', ' informed').split('\n'),
  // No source: document-spinning judges it from the document's own swap (said → informed).
  'Later she informed that the vote could wait until the spring session.',
].join('\n');

describe('suggestions are words', () => {
  test('every suggestion of a spun "said" is a dictionary word or the source\'s own wording', () => {
    const result = audit({ path: 'source.txt', text: SOURCE }, { path: 'target.txt', text: TARGET });
    const suggestions = result.findings.map((f) => f.suggestion).filter((s): s is string => s !== null);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions).not.toContain('saided');
    for (const s of suggestions) expect({ s, word: s.split(/\s+/u).every((w) => englishDictionary().isWord(w)) || SOURCE.includes(s) }).toEqual({ s, word: true });
    const inAddition = result.findings.filter((f) => f.target && f.target.start >= TARGET.indexOf('Later') && f.suggestion);
    for (const f of inAddition) expect(f.suggestion).toBe('said');
  });
});
