import { describe, expect, test } from '@jest/globals';
import { spellingVariants } from '../../src/lexicon/spelling-variants.ts';

describe('British and American spellings of one word', () => {
  test.each([
    ['favour', 'favor'],
    ['palaeontologists', 'paleontologists'],
    ['organised', 'organized'],
    ['centre', 'center'],
    ['analyse', 'analyze'],
    ['travelled', 'traveled'],
    ['catalogue', 'catalog'],
    ['defence', 'defense'],
    ['programme', 'program'],
    ['colours', 'colors'],
  ])('%s / %s are one word', (gb, us) => {
    expect(spellingVariants(gb, us)).toBe(true);
    expect(spellingVariants(us, gb)).toBe(true);
  });

  test.each([
    ['rate', 'fee'],
    ['favour', 'favour'],
    ['paper', 'pape'],
    ['centre', 'central'],
  ])('%s / %s are not', (a, b) => {
    expect(spellingVariants(a, b)).toBe(false);
  });
});
