import { describe, expect, test } from '@jest/globals';
import { findingsOf } from './helpers.ts';

const SOURCE = 'Officials discussed a possible mandate for the force on Friday.';

describe('grammar-break', () => {
  test.each([
    'There was talk of a possible mandate for the force.',
    'The rules that restrict trade were eased.',
    'Does this restrict trade, or help it?',
    'Italy set an operational limit: training would happen outside Gaza.',
    'The decision has not yet been taken.',
    'This is the point that interests Rome.',
    'She let her speak of the plan.',
    'The plan, however, was delayed.',
    'However large the force, it will need Italy.',
    'The force will be deployed; however, no date was set.',
    'It will stay however long it takes.',
    'You can however customize this behavior by passing options.',
    'A key that has the same value as the object.',
  ])('valid: %s', (target) => {
    expect(findingsOf('grammar-break', SOURCE, target)).toEqual([]);
  });

  test.each([
    ['Already in November there was speak of a possible mandate.', 'speak', 'talk'],
    ['Italy set an operational restrict: training would happen outside Gaza.', 'restrict', 'limit'],
    ['This is exactly the purpose that pursuits Rome.', 'pursuits', expect.any(String)],
    ['The political resolution has not but been taken.', 'not but', 'not yet'],
    ['Italy would not contribute with troops however with a commitment to training.', 'however', 'but'],
    ['Training would happen neither in Gaza nor in Rafah, however in an external location.', 'however', 'but'],
  ])('invalid: %s', (target, text, suggestion) => {
    const found = findingsOf('grammar-break', SOURCE, target);
    expect(found.map((f) => ({ text: f.target?.text, suggestion: f.suggestion, category: f.category }))).toEqual([
      { text, suggestion, category: 'accuracy/mistranslation' },
    ]);
  });
});
