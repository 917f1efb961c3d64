import { describe, expect, test } from '@jest/globals';
import { findingsOf } from './helpers.ts';

describe('added-hedge', () => {
  test.each([
    ['Sales rose 4% in 2019, the group said.', 'Sales usually rose 4% in 2019, the group said.', 'usually', /makes it habitual/],
    ['It was the biggest rise in three months, the data showed.', 'It was probably the biggest rise in three months, the data showed.', 'probably', /hedges it/],
    ['The exchange was draining cash, the filing showed.', 'The exchange was once draining cash, the filing showed.', 'once', /formerly/],
  ])('invalid: %s → %s', (source, target, text, message) => {
    const found = findingsOf('added-hedge', source, target);
    expect(found.map((f) => ({ text: f.target?.text, category: f.category, severity: f.severity, gated: f.confidence >= 0.5 }))).toEqual([
      { text, category: 'accuracy/addition', severity: 'major', gated: true },
    ]);
    expect(found[0]!.message).toMatch(message);
  });

  test.each([
    // The source has it too, elsewhere in the sentence.
    ['Prices will probably rise, and probably soon, he said.', 'Prices will probably rise, and probably quickly, he said.'],
    // "once" as a conjunction, not after a form of be or have.
    ['The deal will close when regulators approve it.', 'The deal will close once regulators approve it.'],
    // A hedge dropped is not this rule's.
    ['It was probably the biggest rise in three months, the data showed.', 'It was the biggest rise in three months, the data showed.'],
  ])('valid: %s → %s', (source, target) => {
    expect(findingsOf('added-hedge', source, target)).toEqual([]);
  });
});
