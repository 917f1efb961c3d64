import { describe, expect, test } from '@jest/globals';
import { alignMonolingual } from '../src/align/align-monolingual.ts';
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

  describe('sentences left between two aligned neighbours', () => {
    const alignPair = (source: string, target: string) =>
      alignMonolingual(segmentDocument({ path: 's', text: source }, 's'), segmentDocument({ path: 't', text: target }, 't')).map((a) => [a.source, a.target]);
    const BEFORE = 'The Conservative party will hold its conference in Birmingham next week.';
    const AFTER = 'Tickets for the Birmingham conference went on sale on Monday.';

    test('a heavily spun sentence between them is paired with its source', () => {
      const source = `${BEFORE} POLITICO has the essentials. ${AFTER}`;
      const target = `${BEFORE} POLITICO has the necessities. ${AFTER}`;
      expect(alignPair(source, target)).toEqual([
        [['s1'], ['t1']],
        [['s2'], ['t2']],
        [['s3'], ['t3']],
      ]);
    });

    test('another sentence in the gap stays an addition beside an omission', () => {
      const source = `${BEFORE} Some officials on the Spanish side have doubts about the mission. ${AFTER}`;
      const target = `${BEFORE} On the Spanish aspect, the navy is ready to sail. ${AFTER}`;
      expect(alignPair(source, target)).toEqual([
        [['s1'], ['t1']],
        [['s3'], ['t3']],
      ]);
    });
  });
});

describe('sentence segmentation', () => {
  const sentences = (text: string) => segmentDocument({ path: 's', text }, 's').segments.map((s) => s.text);
  test('an abbreviation before a figure does not end the sentence ("No. 1", "Rs. 4,97,200")', () => {
    expect(sentences('He became world No. 1 in September. It hit $68 billion (roughly Rs. 4,97,200 crores) on Monday.')).toEqual([
      'He became world No. 1 in September.',
      'It hit $68 billion (roughly Rs. 4,97,200 crores) on Monday.',
    ]);
  });
  test('"no." at the end of a sentence is still the end', () => {
    expect(sentences('He said no. 5 people died.')).toEqual(['He said no.', '5 people died.']);
  });
});
