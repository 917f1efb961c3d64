import { describe, expect, test } from '@jest/globals';
import { audit } from '../src/audit.ts';
import type { AuditResult } from '../src/types.ts';
import { seedPair } from './helpers/seed.ts';

const { source, target } = seedPair();
const result = audit(source, target, { now: new Date(0) });

const segmentText = (r: AuditResult, id: string) => [...r.source.segments, ...r.target.segments].find((s) => s.id === id)!.text;
const alignmentOf = (r: AuditResult, fragment: string) =>
  r.alignments.find((a) => a.target.some((id) => segmentText(r, id).includes(fragment)));
const sourceTextsOf = (r: AuditResult, fragment: string) => (alignmentOf(r, fragment)?.source ?? []).map((id) => segmentText(r, id));

describe('seed pair, end to end', () => {
  test('every offset round-trips into its document text', () => {
    for (const side of [result.source, result.target]) {
      for (const s of side.segments) expect(side.text.slice(s.start, s.end)).toBe(s.text);
    }
    for (const f of result.findings) {
      if (f.target) expect(result.target.text.slice(f.target.start, f.target.end)).toBe(f.target.text);
      if (f.source) expect(result.source.text.slice(f.source.start, f.source.end)).toBe(f.source.text);
    }
    for (const a of result.alignments) {
      for (const part of a.diff ?? []) {
        if (part.target) expect(result.target.text.slice(part.target.start, part.target.end)).toBe(part.target.text);
        if (part.source) expect(result.source.text.slice(part.source.start, part.source.end)).toBe(part.source.text);
      }
    }
  });

  test('the five passages with a counterpart align to the right source sentences', () => {
    expect(sourceTextsOf(result, 'The United States has requested Italy')).toEqual([expect.stringMatching(/^The U\.S\. has asked Italy to join/)]);
    expect(sourceTextsOf(result, 'Second Bloombergthe proposal')).toEqual([expect.stringMatching(/^Diplomats made the offer/)]);
    expect(sourceTextsOf(result, 'The political resolution')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Under the proposal/), expect.stringMatching(/^Instead, an earlier pledge/)]),
    );
    expect(sourceTextsOf(result, 'Taylor RogersWhen')).toEqual([
      expect.stringMatching(/^White House spokeswoman/),
      expect.stringMatching(/^“Announcements on the ISF/),
      expect.stringMatching(/^Asked about Italy/),
    ]);
    expect(sourceTextsOf(result, 'workplace had no remark')).toEqual([expect.stringMatching(/^Meloni’s office declined to comment/)]);
  });

  test('the reordered "declined to comment" passage is marked as moved', () => {
    expect(alignmentOf(result, 'workplace had no remark')!.moved).toBe(true);
    expect(alignmentOf(result, 'Taylor RogersWhen')!.moved).toBe(false);
  });

  test('the opening line and the background section have no source', () => {
    for (const fragment of ['The invitation arrived on the desk', 'What is ISF', 'The reference framework', 'This is exactly the purpose', 'The orientation had already emerged']) {
      expect(alignmentOf(result, fragment)).toBeUndefined();
      const finding = result.findings.find((f) => f.rule === 'unsupported-sentence' && f.target!.text.includes(fragment));
      expect(finding?.category).toBe('accuracy/addition');
    }
  });

  test("the source's later paragraphs are unaligned and reported as omissions", () => {
    const aligned = new Set(result.alignments.flatMap((a) => a.source));
    for (const fragment of ['20-point plan', 'Group of Seven', 'threatened France', 'Carney', 'balancing act']) {
      const segment = result.source.segments.find((s) => s.text.includes(fragment))!;
      expect(aligned.has(segment.id)).toBe(false);
      expect(result.findings.some((f) => f.rule === 'omitted-sentence' && f.source!.start === segment.start)).toBe(true);
    }
  });

  test('page chrome is boilerplate and never aligned or flagged', () => {
    const chrome = result.source.segments.filter((s) => s.boilerplate).map((s) => s.text);
    expect(chrome).toEqual(
      expect.arrayContaining(['Current News', 'ArcaMax', 'Donato Paolo Mancini, Bloomberg News on', 'Published in News & Features', 'Comments']),
    );
    expect(result.target.segments.find((s) => s.text.startsWith('https://'))!.boilerplate).toBe(true);
    const chromeIds = new Set([...result.source.segments, ...result.target.segments].filter((s) => s.boilerplate).map((s) => s.id));
    for (const a of result.alignments) for (const id of [...a.source, ...a.target]) expect(chromeIds.has(id)).toBe(false);
  });

  test('the run-together words and the altered quotation are found with suggestions', () => {
    const byText = (text: string) => result.findings.find((f) => f.target?.text === text);
    expect(byText('RogersWhen')).toMatchObject({ rule: 'run-together-words', category: 'fluency/spelling', suggestion: 'Rogers When' });
    expect(byText('tocoaching')).toMatchObject({ suggestion: 'to coaching' });
    expect(byText('Bloombergthe')).toMatchObject({ suggestion: 'Bloomberg the' });
    expect(byText('the announcements on the ISF will arrive soon')).toMatchObject({
      rule: 'altered-quotation',
      category: 'accuracy/mistranslation',
      source: { text: 'Announcements on the ISF will come soon,' },
    });
  });

  test('the seed fails the default gate and the summary counts agree with the findings', () => {
    const { summary } = result;
    expect(summary.pass).toBe(false);
    // The counts hold the findings at or above the confidence threshold; the others are counted apart.
    const counted = result.findings.filter((f) => f.confidence >= summary.minConfidence!).length;
    expect(summary.counts.total).toBe(counted);
    expect(summary.belowConfidence).toBe(result.findings.length - counted);
    expect(summary.counts.minor + summary.counts.major + summary.counts.critical).toBe(counted);
    expect(summary.penalty).toBe(summary.counts.minor + 5 * summary.counts.major + 25 * summary.counts.critical);
  });

  test('the source audited against itself yields no findings and passes', () => {
    const self = audit(source, { ...source, path: 'copy.txt' });
    expect(self.findings).toEqual([]);
    expect(self.summary.pass).toBe(true);
    expect(self.alignments.every((a) => a.source.length === 1 && a.target.length === 1 && a.score === 1)).toBe(true);
  });
});
