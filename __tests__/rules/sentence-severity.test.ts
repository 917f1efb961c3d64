import { describe, expect, test } from '@jest/globals';
import { findingsOf } from './helpers.ts';

const SOURCE = [
  'The U.S. has asked Italy to join the stabilization force for Gaza.',
  'Prime Minister Giorgia Meloni met German Chancellor Friedrich Merz in Rome on Friday.',
  'The talks were friendly.',
].join(' ');
const TARGET = 'The U.S. has asked Italy to join the stabilization force for Gaza. Analysts in Brussels expect 3 more countries to follow.';

const severities = (rule: string, setting?: unknown) =>
  findingsOf(rule, SOURCE, TARGET, setting ? { rules: { [rule]: setting as never } } : {}).map((f) => `${f.severity}: ${(f.target ?? f.source)!.text.slice(0, 20)}`);

describe('omission and addition severity is configurable', () => {
  test('defaults: an omission carrying names is major, a plain one minor; an addition bringing new names or figures major, a plain one minor', () => {
    expect(severities('omitted-sentence')).toEqual(['major: Prime Minister Giorg', 'minor: The talks were frien']);
    expect(severities('unsupported-sentence')).toEqual(['major: Analysts in Brussels']);
    const plain = findingsOf('unsupported-sentence', SOURCE, `${TARGET} Observers called it a useful first step.`).map((f) => `${f.severity}: ${f.target!.text.slice(0, 20)}`);
    expect(plain).toEqual(['major: Analysts in Brussels']);
    const alone = findingsOf('unsupported-sentence', SOURCE, `${SOURCE} Observers called it a useful first step.`).map((f) => `${f.severity}: ${f.target!.text.slice(0, 20)}`);
    expect(alone).toEqual(['minor: Observers called it ']);
  });

  test('options grade the classes and stand over the level', () => {
    expect(severities('omitted-sentence', ['minor', { withClaims: 'critical', plain: 'off' }])).toEqual(['critical: Prime Minister Giorg']);
    expect(severities('unsupported-sentence', ['minor', { withClaims: 'minor' }])).toEqual(['minor: Analysts in Brussels']);
  });

  test('a shortened rewrite: short sentences are ignored with minWords, and a plain level still applies to all', () => {
    expect(severities('omitted-sentence', ['minor', { minWords: 5 }])).toEqual(['minor: Prime Minister Giorg']);
    expect(severities('omitted-sentence', 'major')).toEqual(['major: Prime Minister Giorg', 'major: The talks were frien']);
  });
});
