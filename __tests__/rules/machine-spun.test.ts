import { describe, expect, test } from '@jest/globals';
import { findingsOf } from './helpers.ts';

const SOURCE = [
  'Heavy rain caused severe flooding across northern Italy on Sunday, forcing thousands of people to leave their homes, officials said.',
  'The civil protection agency said more than 3,000 residents had been evacuated in the Emilia-Romagna region, where several rivers burst their banks overnight.',
  '"The situation remains critical and we expect more rain in the coming hours," regional president Michele de Pascale told reporters.',
  'Scientists say climate change is making extreme weather events more frequent and more intense in the Mediterranean.',
].join('\n');

const SPUN = [
  'Heavy rain induced extreme flooding throughout northern Italy on Sunday, forcing hundreds of individuals to depart their properties, officers mentioned.',
  'The civil safety company mentioned greater than 3,000 residents had been evacuated within the Emilia-Romagna area, the place a number of rivers burst their banks in a single day.',
  '"The situation remains critical and we expect more rain in the coming hours," regional president Michele de Pascale told reporters.',
  'Scientists say local weather change is making excessive climate occasions extra frequent and extra intense within the Mediterranean.',
].join('\n');

const REWRITE = [
  'Thousands of people in northern Italy had to leave their homes on Sunday when heavy rain brought severe floods, according to officials.',
  'In Emilia-Romagna, where several rivers overflowed during the night, more than 3,000 residents were evacuated, the civil protection agency said.',
  '"The situation remains critical and we expect more rain in the coming hours," regional president Michele de Pascale told reporters.',
  'Climate change, scientists say, is making extreme weather more frequent and more intense across the Mediterranean.',
].join('\n');

describe('machine-spun (the document verdict)', () => {
  test('a spun copy gets one verdict on its first sentence, with the swap rate and the kept skeleton', () => {
    const found = findingsOf('machine-spun', SOURCE, SPUN);
    expect(found).toHaveLength(1);
    expect(found[0]!.target?.text).toBe(SPUN.split('\n')[0]);
    expect(found[0]!.severity).toBe('major');
    expect(found[0]!.message).toMatch(/^This copy reads as machine-spun: it keeps \d+% of the source's words in place and swaps \d+% of its content words one for one \(\d+ swaps\)/u);
  });

  test('a faithful republication and a fluent human rewrite get none', () => {
    expect(findingsOf('machine-spun', SOURCE, SOURCE)).toEqual([]);
    expect(findingsOf('machine-spun', SOURCE, REWRITE)).toEqual([]);
  });

  test('a copy with two fair edits is not a spun copy', () => {
    const edited = SOURCE.replace('officials said', 'officials stated').replace('told reporters', 'told journalists');
    expect(findingsOf('machine-spun', SOURCE, edited)).toEqual([]);
  });
});
