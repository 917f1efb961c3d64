import { describe, expect, test } from '@jest/globals';
import { findingsOf } from './helpers.ts';
import { seedPair } from '../helpers/seed.ts';
import { testWithFreedict } from '../helpers/debian.ts';

const RULE = 'untranslated-target';

// Written for this test: an Italian article and its English translation, paragraph by paragraph.
const IT = [
  'Il governo italiano ha deciso di inviare una missione di addestramento nella regione, secondo quanto riferito dal ministro della Difesa.',
  'La decisione arriva dopo settimane di negoziati con i partner europei e con le Nazioni Unite.',
  'I soldati resteranno nel paese almeno sei mesi e lavoreranno con la polizia locale.',
];
const EN = [
  'The Italian government decided to send a training mission to the region, according to the defence minister.',
  'The decision comes after weeks of talks with European partners and the United Nations.',
  'The soldiers will stay in the country for at least six months and will work with the local police.',
];
const article = (paragraphs: string[]) => paragraphs.join('\n\n');
const texts = (source: string, target: string) => findingsOf(RULE, source, target).map((f) => f.target?.text);

describe('untranslated-target', () => {
  test.each([
    ['an English article audited against an English source', seedPair().source.text, seedPair().target.text],
    // Found by the property test (seed 2085373058): franc reads this line as Swedish; its words are English.
    ['a list-like English line', "minister said Meloni don't minister Friday Rome ", "minister said Meloni don't minister Friday Rome "],
    ['an English article against itself', article(EN), article(EN) + '\n\nThe mission starts in May.'],
  ])('valid: %s', (_what, source, target) => {
    expect(findingsOf(RULE, source, target)).toEqual([]);
  });

  // An Italian source selects the bilingual audit, which reads FreeDict (Debian packages; .ci/run installs them).
  testWithFreedict.each([
    ['an English translation of an Italian article', article(IT), article(EN)],
    ['English with Italian names, places and a short Italian quotation', article(IT), article([
      'Defence Minister Guido Crosetto met Giorgia Meloni at Palazzo Chigi in Roma on Friday morning.',
      '“Siamo pronti,” said Antonio Tajani, the foreign minister, after the meeting with Meloni.',
      'Giorgia Meloni',
      'Roma, 12 marzo',
    ])],
    ['a one-word target', article(IT), 'Rome'],
  ])('valid (Italian source, needs FreeDict): %s', (_what, source, target) => {
    expect(findingsOf(RULE, source, target)).toEqual([]);
  });

  testWithFreedict('a paragraph left in Italian inside an English translation is flagged, the rest is not', () => {
    const target = article([EN[0]!, IT[1]!, EN[2]!]);
    const found = findingsOf(RULE, article(IT), target);
    expect(found.map((f) => ({ text: f.target?.text, category: f.category, severity: f.severity }))).toEqual([
      { text: IT[1], category: 'accuracy/untranslated', severity: 'major' },
    ]);
    expect(found[0]!.message).toBe('Not translated: this sentence reads as Italian, not English');
  });

  test('a target still wholly in Italian: every sentence long enough, and short lines of three words or more, but never a bare name', () => {
    const target = article([...IT, 'La missione italiana a Gaza', 'Giorgia Meloni']);
    expect(texts(article(EN), target)).toEqual([...IT, 'La missione italiana a Gaza']);
  });

  testWithFreedict('each sentence of a flagged paragraph is its own finding, with offsets into the target', () => {
    const target = `${EN[0]}\n\n${IT[0]} ${IT[2]}`;
    const found = findingsOf(RULE, article(IT), target);
    expect(found.map((f) => f.target?.text)).toEqual([IT[0], IT[2]]);
    for (const f of found) expect(target.slice(f.target!.start, f.target!.end)).toBe(f.target!.text);
  });

  test('no target language configured: English is expected, and three Italian sentences in one paragraph against the English seed source are untranslated', () => {
    const italian = [
      'Gli Stati Uniti hanno chiesto all’Italia di aderire alla Forza internazionale di stabilizzazione per Gaza come membro fondatore.',
      'I diplomatici hanno fatto l’offerta all’ufficio della presidente del Consiglio Giorgia Meloni.',
      'La decisione spetta ora a Meloni.',
    ];
    const found = findingsOf(RULE, seedPair().source.text, italian.join(' '));
    expect(found.map((f) => f.target?.text)).toEqual(italian);
    expect(found[0]!.message).toBe('Not translated: this sentence reads as Italian, not English');
    // The same paragraph in English is not flagged.
    expect(findingsOf(RULE, seedPair().source.text, 'The U.S. has asked Italy to join the International Stabilization Force for Gaza as a founding member. Diplomats made the offer to Prime Minister Giorgia Meloni’s office. The decision now rests with Meloni.')).toEqual([]);
  });

  test('another language than the source’s is named (French target of an English source)', () => {
    const french = "Le gouvernement italien a décidé d'envoyer une mission de formation dans la région, selon le ministre de la Défense.";
    const found = findingsOf(RULE, article(EN), french);
    expect(found.map((f) => f.message)).toEqual(['Not translated: this sentence reads as French, not English']);
  });

  test('the expected language is an option: an Italian target passes when Italian is wanted', () => {
    expect(findingsOf(RULE, article(EN), article(IT), { rules: { [RULE]: ['major', { language: 'ita' }] } })).toEqual([]);
  });

  test('the configured target language (language.target, BCP 47) is the one expected', () => {
    // An Italian rewrite of an English article: in Italian on purpose when the pair is configured en → it.
    const italianTarget = article(IT);
    const english = article(EN);
    const flagged = (target: string) => findingsOf(RULE, english, target, { language: { source: 'en', target: 'it' } }).map((f) => f.target?.text);
    expect(flagged(italianTarget)).toEqual([]);
    // Left in the source's English where Italian is expected: each sentence is flagged.
    expect(flagged(english)).toEqual(EN);
    // Without the configuration the Italian text is the untranslated one.
    expect(texts(english, italianTarget)).toEqual(IT);
  });
});
