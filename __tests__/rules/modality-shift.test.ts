import { describe, expect, test } from '@jest/globals';
import { findingsOf } from './helpers.ts';

describe('modality-shift', () => {
  test.each([
    ['Depositors will have full access to their money on Monday, the regulator said.', 'Depositors could have full access to their money on Monday, the regulator said.', 'could', 'will', /a commitment or prediction becomes a possibility/],
    ['Officials said all cases must be reported within a day.', 'Officials said all cases should be reported within a day.', 'should', 'must', /an obligation becomes advice/],
    ['The company said the plant would close next year.', 'The company said the plant might close next year.', 'might', 'would', /a conditional becomes a mere possibility/],
    // "’ll" is "will" glued to its subject.
    ['If the price is right, I may do just that this autumn.', 'If the price is right, I’ll do exactly that this autumn.', '’ll', 'may', /a possibility becomes a commitment or prediction/],
  ])('invalid: %s → %s', (source, target, text, suggestion, message) => {
    const found = findingsOf('modality-shift', source, target);
    expect(found.map((f) => ({ text: f.target?.text, source: f.source?.text, suggestion: f.suggestion, severity: f.severity, category: f.category }))).toEqual([
      { text, source: suggestion, suggestion, severity: 'major', category: 'accuracy/mistranslation' },
    ]);
    expect(found[0]!.message).toMatch(message);
    expect(found[0]!.confidence).toBeGreaterThanOrEqual(0.5);
  });

  test.each([
    // Within one class: both possibilities, both strong obligations.
    ['Prices could rise later this year, he said.', 'Prices might rise later this year, he said.'],
    ['Drivers must pay the fee on entry, the council said.', 'Drivers have to pay the fee on entry, the council said.'],
    // The month, not the modal.
    ['The election will be held in March, officials said.', 'The election will be held in May, officials said.'],
    // A rewrite too long to read modal for modal.
    ['The bank will reopen all of its branches on Monday morning, it said.', 'It said its branches could possibly be opened again by the bank early on Monday.'],
  ])('valid: %s → %s', (source, target) => {
    expect(findingsOf('modality-shift', source, target)).toEqual([]);
  });
});
