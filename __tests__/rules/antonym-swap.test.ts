import { describe, expect, test } from '@jest/globals';
import { findingsOf } from './helpers.ts';

describe('antonym-swap', () => {
  test.each([
    ['Shares rose 3 percent on Monday after the report.', 'Shares fell 3 percent on Monday after the report.', 'fell', 'rose'],
    ['A small crowd gathered outside the court.', 'A large crowd gathered outside the court.', 'large', 'small'],
    ['The museum will open the new wing in May.', 'The museum will close the new wing in May.', 'close', 'open'],
    ['Exports grew at a strong pace in the spring.', 'Exports grew at a weak pace in the spring.', 'weak', 'strong'],
  ])('invalid: %s → %s', (source, target, text, suggestion) => {
    const found = findingsOf('antonym-swap', source, target);
    expect(found.map((f) => ({ text: f.target?.text, source: f.source?.text, suggestion: f.suggestion, severity: f.severity, category: f.category }))).toEqual([
      { text, source: suggestion, suggestion, severity: 'critical', category: 'accuracy/mistranslation' },
    ]);
    expect(found[0]!.message).toContain('opposite');
  });

  test.each([
    // A negation added with the opposite keeps the meaning: a rewording, not a reversal.
    ['The team did not lose the final in Paris.', 'The team won the final in Paris.'],
    ['The plan is not small.', 'The plan is large.'],
    // A synonym, not an opposite.
    ['A small crowd gathered outside the court.', 'A little crowd gathered outside the court.'],
    // The same text.
    ['Shares rose 3 percent on Monday.', 'Shares rose 3 percent on Monday.'],
  ])('valid: %s → %s', (source, target) => {
    expect(findingsOf('antonym-swap', source, target)).toEqual([]);
  });
});
