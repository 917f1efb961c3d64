import { describe, expect, test } from '@jest/globals';
import { seedPair } from '../helpers/seed.ts';
import { findingsOf } from './helpers.ts';

const ROUND = 'The vote went to a runoff, officials said.';

describe('calque', () => {
  test.each([
    [ROUND, 'The vote went to the second round, officials said.'],
    ['The Second World War ended in 1945.', 'The Second World War ended in 1945.'],
    ['Meloni won a second term, the newspaper reported.', 'Meloni won a second term, the newspaper reported.'],
    ['The decision was, actually, a surprise.', 'The decision was, actually, a surprise.'],
    ['The plan will eventually be approved.', 'The plan will eventually be approved.'],
    ['Prices rose in line with expectations.', 'Prices rose in line with expectations.'],
    ['The panel is currently reviewing the plan.', 'The panel is currently reviewing the plan.'],
    // An ordinal enumeration puts its comma after "Second"; a determiner after it is not the calque then.
    ['Rain is expected by Friday, the authorities said.', 'Second, the authorities expect rain by Friday.'],
    ['Rain is expected by Friday, the authorities said.', 'Second, the regional authorities, who met today, expect rain by Friday.'],
    ['The team lost the second round, the coach said.', 'The team lost the second round, the coach said.'],
    // An ordinal with a singular noun, or a plural followed by no clause, is English.
    ['She came second, however, behind the champion.', 'Second place, however, went to the champion.'],
    ['Two rounds were played.', 'Second rounds, semifinals and finals were played.'],
    // A generic ordinal plural, with a source that only says "said".
    ['Second homes are taxed more, the minister said.', 'Second homes, the minister said, are taxed more.'],
  ])('valid: %s → %s', (source, target) => {
    expect(findingsOf('calque', source, target)).toEqual([]);
  });

  test.each([
    ['The offer was made to Rome, people familiar with the matter said.', 'Second Bloomberg, the offer was made to Rome.', 'Second', 'According to', 'familiar with'],
    ['The offer was made to Rome, according to Reuters.', 'Second Reuters the offer was made to Rome.', 'Second', 'According to', 'according to'],
    ['The talks stalled, the people added.', 'The talks stalled, in line with the same sources.', 'in line with', 'according to', 'added'],
    ['The envoy is currently in Cairo.', 'The envoy is actually in Cairo.', 'actually', 'currently', 'currently'],
    ['Italy could possibly send trainers.', 'Italy could eventually send trainers.', 'eventually', 'possibly', 'possibly'],
    ['According to the regional authorities, heavy rain is expected by Friday.', 'Second the regional authorities, heavy rain is expected by Friday.', 'Second', 'According to', 'According to'],
    ['Output fell 2 percent, the statistics office said.', 'Second the statistics office, output fell 2 percent.', 'Second', 'According to', 'said'],
    // A bare plural noun phrase ("secondo le stime" → "Second estimates") before a clause.
    ['Turnout reached 64 percent, according to preliminary estimates.', 'Second preliminary estimates, the turnout reached 64 percent.', 'Second', 'According to', 'according to'],
    ['According to results published on Monday, the coalition won.', 'Second official results published on Monday, the coalition won.', 'Second', 'According to', 'According to'],
    ['Both leaders are due to attend the ceremony in Rome on Friday.', 'Both leaders will assist at the ceremony in Rome on Friday.', 'assist at', 'attend', undefined],
  ])('invalid: %s → %s', (source, target, text, suggestion, evidence) => {
    const found = findingsOf('calque', source, target);
    expect(found.map((f) => ({ text: f.target?.text, suggestion: f.suggestion, source: f.source?.text, category: f.category }))).toEqual([
      { text, suggestion, source: evidence, category: 'accuracy/mistranslation' },
    ]);
  });

  test('a calque of construction is a grammar error: "contribute with troops"', () => {
    const found = findingsOf('calque', 'Italy would contribute troops to the force.', 'Italy would contribute with troops to the force.');
    expect(found.map((f) => ({ text: f.target?.text, suggestion: f.suggestion, category: f.category }))).toEqual([
      { text: 'contribute with', suggestion: 'contribute', category: 'fluency/grammar' },
    ]);
    expect(findingsOf('calque', 'Italy will contribute to the force.', 'Italy will contribute with enthusiasm to the force.')).toEqual([]);
  });

  test('mid-sentence "second" before a name, and the evidence grading', () => {
    const source = 'The offer was made to Rome this week, people familiar with the matter said.';
    const aligned = findingsOf('calque', source, 'The offer, second Bloomberg, was made to Rome this week.');
    expect(aligned.map((f) => [f.target?.text, f.suggestion, f.severity])).toEqual([['second', 'according to', 'major']]);
    const alone = findingsOf('calque', 'Unrelated words entirely here.', 'Second Reuters, the offer was made to Rome.');
    expect(alone.map((f) => [f.target?.text, f.severity])).toEqual([['Second', 'minor']]);
    expect(findingsOf('calque', 'Unrelated words entirely here.', 'Second World War, the deadliest conflict, ended in 1945.')).toEqual([]);
  });

  test('"actually" with no aligned source is left alone (it is right in its own sense)', () => {
    expect(findingsOf('calque', 'Unrelated words entirely here.', 'The envoy is actually in Cairo.')).toEqual([]);
  });

  test('on the seed pair: "Second Bloombergthe", "in line with the identical sources", "contribute with troops"', () => {
    const { source, target } = seedPair();
    expect(findingsOf('calque', source.text, target.text).map((f) => f.target?.text)).toEqual(['Second', 'in line with', 'contribute with']);
    expect(findingsOf('calque', source.text, source.text)).toEqual([]);
  });
});
