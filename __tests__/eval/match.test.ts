import { describe, expect, test } from '@jest/globals';
import { categoryFamily, checkGold, type Gold, type GoldItem } from '../../eval/gold.ts';
import { alignmentAccuracy, findingMatchesItem, matchFindings } from '../../eval/match.ts';
import type { AuditResult, Finding, Span } from '../../src/types.ts';

const SOURCE = 'The U.S. asked Italy to join the force. Talks went on. Meloni declined to comment.';
const TARGET = 'The U.S. requested Italy to hitch the pressure. Meloni had no remark. RogersWhen asked, she smiled.';

function span(text: string, words: string, from = 0): Span {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(words);
  return { start, end: start + words.length, text: words };
}

function item(id: string, category: string, target: Span | null, source: Span | null = null, severity: GoldItem['severity'] = 'major'): GoldItem {
  return { id, kind: 'spun-synonym', category, severity, target, source, expected: null };
}

function finding(id: string, category: string, target: Span | null, source: Span | null = null): Finding {
  return { id, rule: 'test', category, severity: 'major', message: '', target, source, suggestion: null, confidence: 1 };
}

const gold: Gold = {
  pair: 'tiny',
  annotator: 'hand',
  guidelines: 'docs/gold.md',
  items: [
    item('g1', 'accuracy/mistranslation', span(TARGET, 'hitch'), span(SOURCE, 'join')),
    item('g2', 'accuracy/mistranslation', span(TARGET, 'pressure'), span(SOURCE, 'force')),
    item('g3', 'accuracy/mistranslation', span(TARGET, 'remark'), null, 'minor'),
    item('g4', 'fluency/spelling', span(TARGET, 'RogersWhen'), null, 'minor'),
    { ...item('g5', 'accuracy/omission', null, span(SOURCE, 'Talks went on.')), kind: 'omission' },
  ],
  alignment: [],
};

describe('matching findings to gold', () => {
  test('the tiny gold is sound', () => {
    expect(checkGold(gold, SOURCE, TARGET)).toEqual([]);
    expect(checkGold({ ...gold, items: [item('x', 'fluency/spelling', { start: 0, end: 3, text: 'Tha' })] }, SOURCE, TARGET)).toHaveLength(1);
  });

  test('counts TP, FP and FN by overlap and category family', () => {
    const findings = [
      finding('f1', 'accuracy/mistranslation', span(TARGET, 'to hitch')), // overlaps g1: TP
      finding('f2', 'terminology/wrong-term', span(TARGET, 'hitch')), // same family (meaning) as g1: TP, g1 counted once
      finding('f3', 'fluency/spelling', span(TARGET, 'pressure')), // overlaps g2 but another family: FP, g2 missed
      finding('f4', 'fluency/spelling', span(TARGET, 'RogersWhen')), // g4: TP
      finding('f5', 'accuracy/omission', null, span(SOURCE, 'went')), // g5 by source overlap: TP
      finding('f6', 'accuracy/mistranslation', span(TARGET, 'smiled')), // nothing there: FP
      finding('f7', 'accuracy/addition', span(TARGET, 'Meloni had no remark.')), // overlaps g3 but another family: FP
    ];
    const result = matchFindings(findings, gold);
    expect(result.overall).toMatchObject({ gold: 5, goldMatched: 3, findings: 7, findingsMatched: 4 });
    expect(result.overall.precision).toBeCloseTo(4 / 7);
    expect(result.overall.recall).toBeCloseTo(3 / 5);
    expect(result.overall.f1).toBeCloseTo((2 * (4 / 7) * (3 / 5)) / (4 / 7 + 3 / 5));
    expect(result.missed.map((m) => m.id)).toEqual(['g2', 'g3']);
    expect(result.falsePositives.map((f) => f.id)).toEqual(['f3', 'f6', 'f7']);
    // By category: gold items by theirs, findings by theirs.
    expect(result.byCategory['accuracy/mistranslation']).toMatchObject({ gold: 3, goldMatched: 1, findings: 2, findingsMatched: 1 });
    expect(result.byCategory['fluency/spelling']).toMatchObject({ gold: 1, goldMatched: 1, findings: 2, findingsMatched: 1 });
    expect(result.byCategory['accuracy/addition']).toMatchObject({ gold: 0, findings: 1, precision: 0 });
    // Severe recall: g1, g2, g5 are major; g1 and g5 found.
    expect(result.severe).toMatchObject({ gold: 3, goldMatched: 2 });
  });

  test('spans that only touch do not overlap; no findings means recall 0 and no precision penalty', () => {
    const hitch = span(TARGET, 'hitch');
    const before = { start: hitch.start - 3, end: hitch.start, text: TARGET.slice(hitch.start - 3, hitch.start) };
    expect(findingMatchesItem(finding('f', 'accuracy/mistranslation', before), gold.items[0]!)).toBe(false);
    const empty = matchFindings([], gold);
    expect(empty.overall).toMatchObject({ recall: 0, findings: 0 });
  });

  test('category families', () => {
    expect(categoryFamily('accuracy/mistranslation')).toBe('meaning');
    expect(categoryFamily('fluency/grammar')).toBe('meaning');
    expect(categoryFamily('fluency/spelling')).toBe('form');
    expect(categoryFamily('accuracy/omission')).toBe('omission');
    expect(categoryFamily('accuracy/addition')).toBe('addition');
  });
});

describe('alignment accuracy', () => {
  const seg = (id: string, start: number, end: number) => ({ id, start, end, text: 'x'.repeat(end - start), kind: 'sentence' as const, boilerplate: false, paragraph: 0 });
  const sp = (start: number, end: number): Span => ({ start, end, text: 'x'.repeat(end - start) });
  const result = {
    source: { path: 's', text: '', segments: [seg('s1', 0, 10), seg('s2', 11, 20), seg('s3', 21, 30)] },
    target: { path: 't', text: '', segments: [seg('t1', 0, 15), seg('t2', 16, 25)] },
    alignments: [
      { source: ['s1', 's2'], target: ['t1'], score: 1 },
      { source: ['s3'], target: ['t2'], score: 1 },
    ],
  } as unknown as AuditResult;

  test('a group is recovered when the audit links exactly the expected source sentences', () => {
    const gold = {
      items: [],
      alignment: [
        { target: [sp(0, 15)], source: [sp(0, 10), sp(11, 20)], kind: 'merge' as const }, // recovered
        { target: [sp(16, 25)], source: [sp(11, 20)] }, // audit linked s3 instead: missed
        { target: [], source: [sp(21, 30)] }, // expected omitted but s3 is linked: missed
      ],
    } as unknown as Gold;
    const accuracy = alignmentAccuracy(result, gold);
    expect(accuracy).toMatchObject({ correct: 1, total: 3 });
    expect(accuracy.misses).toEqual([
      { target: ['t2'], expected: ['s2'], linked: ['s3'] },
      { target: [], expected: ['s3'], linked: ['t2'] },
    ]);
  });
});
