import { describe, expect, test } from '@jest/globals';
import { findingsOf } from './helpers.ts';

const SOURCE = 'The minister met the envoy in Rome on Friday. It was over. The talks ended.';

describe('broken-spacing', () => {
  test.each([
    'The minister met the envoy in Rome on Friday. It was over. The talks ended.',
    'The U.S. envoy met 72,000 people, then left.',
    'Read more at bloomberg.com or www.Example.Org today.',
    'Node.js and e.g. other tools . . . were fine.',
  ])('valid: %s', (target) => {
    expect(findingsOf('broken-spacing', SOURCE, target)).toEqual([]);
  });

  test.each([
    ['The envoy met the minister , then left.', ' ,', ','],
    ['It was over.The talks ended.', 'over.The', 'over. The'],
    ['The envoy met the minister,then left.', 'minister,then', 'minister, then'],
  ])('invalid: %s', (target, text, suggestion) => {
    const found = findingsOf('broken-spacing', SOURCE, target);
    expect(found.map((f) => ({ text: f.target?.text, suggestion: f.suggestion, category: f.category }))).toEqual([
      { text, suggestion, category: 'fluency/punctuation' },
    ]);
  });
});
