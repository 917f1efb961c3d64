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
    ['The envoy met the minister , then left.', ' ,', ',', 'fluency/punctuation'],
    ['It was over.The talks ended.', 'over.The', 'over. The', 'fluency/spelling'],
    ['The envoy met the minister,then left.', 'minister,then', 'minister, then', 'fluency/spelling'],
    ['He said “when everything is over”nonetheless the talks ended.', 'over”nonetheless', 'over” nonetheless', 'fluency/spelling'],
  ])('invalid: %s', (target, text, suggestion, category) => {
    const found = findingsOf('broken-spacing', SOURCE, target);
    expect(found.map((f) => ({ text: f.target?.text, suggestion: f.suggestion, category: f.category }))).toEqual([{ text, suggestion, category }]);
  });

  test('guillemets are flagged only where the source quotes with English marks', () => {
    const source = 'The council approved a “temporary stabilization force” in Gaza.';
    const target = 'The council approved a «temporary stabilization force» in Gaza.';
    expect(findingsOf('broken-spacing', source, target).map((f) => [f.target?.text, f.suggestion, f.category])).toEqual([
      ['«temporary stabilization force»', '“temporary stabilization force”', 'fluency/punctuation'],
    ]);
    expect(findingsOf('broken-spacing', target, target)).toEqual([]);
  });
});
