import { describe, expect, test } from '@jest/globals';
import { alignDocuments } from '../src/align/align.ts';
import { segmentDocument } from '../src/segment/segment.ts';

const align = (source: string, target: string) =>
  alignDocuments(segmentDocument({ path: 's', text: source }, 's'), segmentDocument({ path: 't', text: target }, 't')).map((a) => [
    a.source,
    a.target,
  ]);

describe('alignment', () => {
  test('1-1 in order, and a reordered sentence still finds its source', () => {
    const source = 'Rome hosted the summit of Arab ministers. The foreign ministry declined to comment on Tuesday.';
    const target = 'The foreign ministry declined to comment on Tuesday. Rome hosted the summit of Arab ministers.';
    expect(align(source, target)).toEqual([
      [['s2'], ['t1']],
      [['s1'], ['t2']],
    ]);
  });

  test('a target sentence merging two source sentences is a 1-n alignment', () => {
    const source = 'Diplomats offered Italy a founding seat in the stabilization force. Meloni will decide on the offer next week.';
    const target = 'Diplomats offered Italy a founding seat in the stabilization force, and Meloni will decide on the offer next week.';
    expect(align(source, target)).toEqual([[['s1', 's2'], ['t1']]]);
  });

  test('a heavily spun short sentence aligns through its shared frame of words', () => {
    const source = 'There was a pertness about her that attracted him. The harbour froze in January.';
    const target = 'There was a pertness about her that appealed him. The harbour froze in January.';
    expect(align(source, target)).toEqual([
      [['s1'], ['t1']],
      [['s2'], ['t2']],
    ]);
  });

  test('one shared word is not a counterpart: a heading and an unrelated sentence stay unaligned', () => {
    const source = 'The ISF will patrol the border crossings from March.';
    const target = 'What is ISF\nBananas are rich in potassium and grow in warm climates.';
    expect(align(source, target)).toEqual([]);
  });
});
