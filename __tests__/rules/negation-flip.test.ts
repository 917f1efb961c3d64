import { describe, expect, test } from '@jest/globals';
import { seedPair } from '../helpers/seed.ts';
import { findingsOf } from './helpers.ts';

describe('negation-flip', () => {
  test.each([
    ['Under the proposal Italy wouldn’t contribute troops to the force.', 'Under the proposal Italy wouldn’t contribute troops to the force.'],
    ['Under the proposal Italy wouldn’t contribute troops to the force.', 'Under the proposal Italy would not contribute troops to the force.'],
    ['The office did not comment on the report.', 'The office declined to comment on the report.'],
    ['No decision has been made on the mission.', 'No decision has been taken on the mission.'],
    ['The filter works by not causing any delay.', 'The filter works by notcausing any delay.'],
    // A rewrite that drops the negated clause omits it; that is not a flip.
    ['Diplomats met the minister, who asked not to be identified, on Tuesday.', 'Diplomats met the minister on Tuesday in Rome.'],
    ['No serious side effects were recorded, the agency said.', 'The agency said that it recorded no serious side effects.'],
    // "No.1" is the number sign, not a negator.
    ['He became the youngest world number one in history.', 'He became the youngest world No.1 in history.'],
    // The negation moved into the word's prefix.
    ['The main town of Rhodes was not affected by the fire.', 'The main town of Rhodes was unaffected by the fire.'],
    ['Officials said a deal was not possible before Friday.', 'Officials said a deal was impossible before Friday.'],
  ])('valid: %s → %s', (source, target) => {
    expect(findingsOf('negation-flip', source, target)).toEqual([]);
  });

  test.each([
    ['Under the proposal Italy wouldn’t contribute troops to the force.', 'Under the proposal Italy would contribute troops to the force.', 'would', 'wouldn’t'],
    ['The council has not approved the charter this week.', 'The council has approved the charter this week.', 'approved', 'not approved'],
    ['The envoy has visited Gaza twice this year.', 'The envoy has never visited Gaza this year.', 'never', null],
  ])('invalid: %s → %s', (source, target, text, suggestion) => {
    const found = findingsOf('negation-flip', source, target);
    expect(found.map((f) => ({ text: f.target?.text, suggestion: f.suggestion, category: f.category, severity: f.severity }))).toEqual([
      { text, suggestion, category: 'accuracy/mistranslation', severity: 'critical' },
    ]);
  });

  test('a rewritten sentence that keeps the negated words but loses the negation (whole passage, major)', () => {
    const found = findingsOf('negation-flip', 'No serious side effects linked to the vaccine were recorded, the agency said.', 'The agency said serious side effects linked to the vaccine had been found.');
    expect(found.map((f) => ({ text: f.target?.text, source: f.source?.text, severity: f.severity }))).toEqual([
      { text: 'The agency said serious side effects linked to the vaccine had been found.', source: 'No', severity: 'major' },
    ]);
  });

  test('the seed pair and its source against itself: no flipped negation', () => {
    const { source, target } = seedPair();
    expect(findingsOf('negation-flip', source.text, target.text)).toEqual([]);
    expect(findingsOf('negation-flip', source.text, source.text)).toEqual([]);
  });

  test.each([
    // The negation moved, not dropped: as many on each side.
    ['The singer asked not to be named, the report said on Monday.', 'The singer requested to not be named, the report said on Monday.'],
    // A bound, not a polarity: "not less than" is "at least".
    ['He was shot at least twice, police said.', 'He was shot not less than twice, police said.'],
    ['Payment is due no later than Friday, the bank said.', 'Payment is due by Friday, the bank said.'],
    // An alternative, not a negated clause.
    ['The question is whether it will be enough, he said.', 'The question is whether or not it will be enough, he said.'],
    // A negating word for a negation.
    ['Many airline staff have been unable to work, the agency said.', 'Many airline staff have not been able to work, the agency said.'],
  ])('valid (a negation moved, or a bound): %s → %s', (source, target) => {
    expect(findingsOf('negation-flip', source, target)).toEqual([]);
  });

  test('a bound is still weighed when the clause also gains a negation', () => {
    const found = findingsOf('negation-flip', 'He was shot at least twice, police said.', 'He was not shot twice, police said.');
    expect(found.map((f) => ({ text: f.target?.text, severity: f.severity }))).toEqual([{ text: 'not', severity: 'critical' }]);
  });
});

