import { describe, expect, test } from '@jest/globals';
import { seedPair } from '../helpers/seed.ts';
import { findingsOf } from './helpers.ts';

describe('changed-name', () => {
  test.each([
    ['The U.S. has asked Italy to join the force.', 'The United States has asked Italy to join the force.'],
    ['The U.S. has asked Italy to join the force.', 'The US has asked Italy to join the force.'],
    ['Diplomats met Meloni’s office in Rome.', 'Diplomats met Meloni in Rome.'],
    ['The U.S. has asked Italy to join the force.', 'Washington has asked Italy to join the force.'],
    ['The U.S. has asked Italy to join the force.', 'The U.S. has asked Rome to join the force.'],
    ['The proposal came as the Trump administration tries to bolster the initiative.', 'The proposal came as the plan supported by Washington for the initiative.'],
    // A compound adjective keeps its name: "Oslo-based" and "based in Oslo".
    ['Nordlight, the Oslo-based chip designer, cut jobs.', 'Nordlight, the chip designer based in Oslo, cut jobs.'],
  ])('valid: %s → %s', (source, target) => {
    expect(findingsOf('changed-name', source, target)).toEqual([]);
  });

  test.each([
    ['On Friday she spoke alongside German Chancellor Friedrich Merz in Berlin.', 'On Friday she spoke alongside German Chancellor Olaf Merz in Berlin.', 'Olaf', 'Friedrich', 'accuracy/mistranslation'],
    ['The envoy flew to Gaza on Monday to meet officials.', 'The envoy flew to Cairo on Monday to meet officials.', 'Cairo', 'Gaza', 'accuracy/mistranslation'],
    ['The Oslo-based firm cut jobs on Monday.', 'The Bergen-based firm cut jobs on Monday.', 'Bergen-based', 'Oslo-based', 'accuracy/mistranslation'],
    // The old name inside the new one is not the old name kept.
    ['The study was led by Helen Marsh of the university.', 'The study was led by Helen Marshall of the university.', 'Marshall', 'Marsh', 'accuracy/mistranslation'],
  ])('invalid (changed): %s → %s', (source, target, text, was, category) => {
    const found = findingsOf('changed-name', source, target);
    expect(found.map((f) => ({ text: f.target?.text, source: f.source?.text, suggestion: f.suggestion, category: f.category }))).toEqual([
      { text, source: was, suggestion: was, category },
    ]);
  });

  test('invalid (dropped): a name left out between unchanged words', () => {
    const found = findingsOf('changed-name', 'President Donald Trump announced a 20-point plan in October.', 'President announced a 20-point plan in October.');
    expect(found.map((f) => ({ target: f.target, source: f.source?.text, category: f.category }))).toEqual([
      { target: null, source: 'Donald Trump', category: 'accuracy/omission' },
    ]);
  });

  test('the seed pair and its source against itself: no name changes', () => {
    const { source, target } = seedPair();
    expect(findingsOf('changed-name', source.text, target.text)).toEqual([]);
    expect(findingsOf('changed-name', source.text, source.text)).toEqual([]);
  });
});
