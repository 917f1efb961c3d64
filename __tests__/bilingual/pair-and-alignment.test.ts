import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit } from '../../src/audit.ts';
import { languagePairOf } from '../../src/bilingual/language-pair.ts';
import { segmentItalian } from '../../src/bilingual/italian-segment.ts';
import { freedictItEn } from '../../src/bilingual/freedict.ts';
import { italianFigures, englishFigures } from '../../src/bilingual/numbers.ts';
import { alignmentAccuracy } from '../../eval/match.ts';
import { InputError } from '../../src/ingest/input-error.ts';
import type { Gold } from '../../eval/gold.ts';
import { describeWithFreedict, testWithFreedict } from '../helpers/debian.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'bilingual');
const read = (name: string, file: string) => readFileSync(join(FIXTURES, name, file), 'utf8');
const now = new Date(0);

describe('language pair', () => {
  const italian = read('spread-btp', 'source.txt');
  const english = read('spread-btp', 'faithful.txt');

  testWithFreedict('flags or configuration name the pair: it → en is bilingual, not detected', () => {
    expect(languagePairOf({ source: 'it', target: 'en' }, 'x', 'y')).toEqual({ source: 'it', target: 'en', detected: false });
    expect(languagePairOf({ source: 'it-IT', target: 'en-GB' }, 'x', 'y')).toEqual({ source: 'it', target: 'en', detected: false });
  });

  test('a same-language or unsupported pair is a monolingual audit', () => {
    expect(languagePairOf({ source: 'en', target: 'en' }, italian, english)).toBeNull();
    expect(languagePairOf({ source: 'en', target: 'it' }, english, italian)).toBeNull();
  });

  testWithFreedict('without flags an Italian source against an English target is detected', () => {
    expect(languagePairOf({}, italian, english)).toEqual({ source: 'it', target: 'en', detected: true });
    expect(languagePairOf(undefined, english, english)).toBeNull();
    expect(languagePairOf(undefined, italian, italian)).toBeNull();
  });

  testWithFreedict('the result says which pair was used; a monolingual result has no languagePair', () => {
    const result = audit({ path: 's.txt', text: italian }, { path: 't.txt', text: english }, { now });
    expect(result.languagePair).toEqual({ source: 'it', target: 'en', detected: true });
    const flagged = audit({ path: 's.txt', text: italian }, { path: 't.txt', text: english }, { now, language: { source: 'it', target: 'en' } });
    expect(flagged.languagePair).toEqual({ source: 'it', target: 'en', detected: false });
    const mono = audit({ path: 's.txt', text: english }, { path: 't.txt', text: english }, { now });
    expect(mono.languagePair).toBeUndefined();
    expect(JSON.parse(JSON.stringify(mono))).not.toHaveProperty('languagePair');
  });
});

describe('Italian segmentation', () => {
  const text = "Il sig. Rossi ha detto che l'inflazione è salita al 5,2% a marzo. Le azioni sono 1.250 in tutto.\nLa riunione è iniziata alle ore 17. Il dott. Bianchi della Fiat S.p.A. non era presente. Poi ha parlato l'on. Meloni.";
  test('abbreviations from the Italian list do not end a sentence; "ore 17." does', () => {
    const segments = segmentItalian({ path: 'it.txt', text }, 's').segments;
    expect(segments.map((s) => s.text)).toEqual([
      "Il sig. Rossi ha detto che l'inflazione è salita al 5,2% a marzo.",
      'Le azioni sono 1.250 in tutto.',
      'La riunione è iniziata alle ore 17.',
      'Il dott. Bianchi della Fiat S.p.A. non era presente.',
      "Poi ha parlato l'on. Meloni.",
    ]);
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(segments.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4', 's5']);
  });
});

describe('figures by value', () => {
  const values = (fs: { kind: string; value: number; text: string }[]) => fs.map((f) => [f.kind, f.value, f.text]);
  test('Italian number formats, scales, duration adjectives and clock times', () => {
    expect(values(italianFigures('salita al 5,2%, 1.250 azioni, 2,5 miliardi di euro, i Btp decennali, alle 17, ore 9.30, 12 mila persone'))).toEqual([
      ['number', 5.2, '5,2'],
      ['number', 1250, '1.250'],
      ['number', 2.5e9, '2,5 miliardi'],
      ['number', 10, 'decennali'],
      ['time', 1020, '17'],
      ['time', 570, '9.30'],
      ['number', 12000, '12 mila'],
    ]);
  });
  test('a scale written as one word with its figure, and a half after a scale, on both sides', () => {
    expect(values(italianFigures('con 10mila contratti, oltre 3 milioni e mezzo di lavoratori, 2 anni e mezzo'))).toEqual([
      ['number', 10000, '10mila'],
      ['number', 3.5e6, '3 milioni e mezzo'],
      ['number', 2, '2'],
    ]);
    expect(values(englishFigures('more than three and a half million workers, two and a half years'))).toEqual([
      ['number', 3.5e6, 'three and a half million'],
      ['number', 2, 'two'],
    ]);
  });
  test('English clock times; "17 pm" keeps the hour the writer meant', () => {
    expect(values(englishFigures('at 5 pm, 9:30 a.m., 17 pm, 2.5 billion'))).toEqual([
      ['time', 1020, '5 pm'],
      ['time', 570, '9:30 a.m.'],
      ['time', 1020, '17 pm'],
      ['number', 2.5e9, '2.5 billion'],
    ]);
  });
});

describeWithFreedict('bilingual alignment', () => {
  const names = ['spread-btp', 'sciopero-trasporti', 'alluvione-emilia', 'ricerca-tumori', 'elezioni-comunali', 'export-vino'];
  test.each(names)('%s: every sentence of the faithful translation aligns with its Italian sentence', (name) => {
    const source = read(name, 'source.txt');
    const target = read(name, 'faithful.txt');
    const gold = JSON.parse(read(name, 'gold.faithful.json')) as Gold;
    const result = audit({ path: 'source.txt', text: source }, { path: 'faithful.txt', text: target }, { now });
    const accuracy = alignmentAccuracy(result, gold);
    expect(accuracy.misses).toEqual([]);
    expect(accuracy.correct).toBe(gold.alignment.length);
  });

  testWithFreedict('an omitted sentence of the damaged translation is left unaligned', () => {
    const source = read('spread-btp', 'source.txt');
    const result = audit({ path: 'source.txt', text: source }, { path: 'damaged.txt', text: read('spread-btp', 'damaged.txt') }, { now });
    const omitted = result.source.segments.find((s) => s.text.startsWith("La Banca d'Italia"))!;
    expect(result.alignments.some((a) => a.source.includes(omitted.id))).toBe(false);
  });
});

describe('FreeDict', () => {
  testWithFreedict('Italian and English words share a concept key', () => {
    const lexicon = freedictItEn();
    expect(lexicon.italian('prezzi')).toBe(lexicon.english('prices'));
    expect(lexicon.italian('governo')).toBe(lexicon.english('government'));
    expect(lexicon.italian('governo')).not.toBe(lexicon.english('prices'));
  });
  test('missing Debian packages are an input error naming them', () => {
    expect(() => freedictItEn('/nonexistent-dictd')).toThrow(InputError);
    expect(() => freedictItEn('/nonexistent-dictd')).toThrow(/apt-get install dict-freedict-ita-eng dict-freedict-eng-ita/);
  });
});
