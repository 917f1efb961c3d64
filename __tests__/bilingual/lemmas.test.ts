import { expect, test } from '@jest/globals';
import { audit } from '../../src/audit.ts';
import { freedictItEn } from '../../src/bilingual/freedict.ts';
import { isItalianFiniteVerb, italianLemmas } from '../../src/bilingual/italian-lemmas.ts';
import { describeWithFreedict } from '../helpers/debian.ts';

const now = new Date(0);
const unrendered = (italian: string, english: string) =>
  audit({ path: 'it.txt', text: italian }, { path: 'en.txt', text: english }, { now, language: { source: 'it', target: 'en' } })
    .findings.filter((f) => f.rule === 'unrendered-word')
    .map((f) => f.source?.text);

test('morph-it gives the lemma of inflected verbs and plural nouns', () => {
  expect(italianLemmas('chiudono')).toEqual(['chiudere']);
  expect(italianLemmas('redarguito')).toEqual(['redarguire']);
  expect(italianLemmas('uomini')).toContain('uomo');
  expect(italianLemmas('chiudere')).toEqual([]);
  expect(isItalianFiniteVerb('chiudono')).toBe(true);
  expect(isItalianFiniteVerb('chiudendo')).toBe(false);
});

describeWithFreedict('inflected Italian verbs find their FreeDict entries through the lemma', () => {
  test('"chiudono" and "crescono" share the concept of their infinitives', () => {
    const lexicon = freedictItEn();
    expect(lexicon.italian('chiudono')).not.toBeNull();
    expect(lexicon.italian('chiudono')).toBe(lexicon.italian('chiudere'));
    expect([...(lexicon.translationsOf('crescono') ?? [])]).toContain('grow');
  });

  test('an inflected verb is checked against the English: rendered, it is quiet; replaced, it is a suspect', () => {
    expect(unrendered('Le banche chiudono alle 17.', 'The banks close at 5 pm.')).toEqual([]);
    expect(unrendered('Le banche chiudono alle 17.', 'The banks open at 5 pm.')).toEqual(['chiudono']);
  });
});
