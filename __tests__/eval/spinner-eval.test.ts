import { describe, expect, test } from '@jest/globals';
import { evaluateSpinner, naiveWordDiff, renderSpinnerSection, type AuditFn } from '../../eval/spinner-eval.ts';
import type { SpinnerPair } from '../../eval/thesaurus-spinner.ts';
import type { AuditResult, Finding, Severity } from '../../src/types.ts';

// Hand-made pairs and fake detectors: the scoring is checked without the thesaurus or the rules.
const SOURCE = 'The bank raised rates. The chief executive said so.';
const SPUN = 'The depository elevated rates. The chief administrator said so.';
const at = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length, text: word });
const gold = ['depository', 'elevated', 'administrator'].map((w, i) => ({ target: at(SPUN, w), source: at(SOURCE, ['bank', 'raised', 'executive'][i]!) }));
const CONTROL = 'The bank put up its rates. Its chief executive said so.';

function pair(split: 'train' | 'heldout', text: string, seed: number): SpinnerPair {
  return { name: `${text}#seed${seed}`, text, split, seed, p: 0.35, source: SOURCE, spun: SPUN, gold, control: CONTROL };
}
const PAIRS = [pair('train', 'a', 1), pair('train', 'a', 2), pair('heldout', 'b', 1), pair('heldout', 'b', 2)];

function finding(target: { start: number; end: number; text: string } | null, severity: Severity = 'major', confidence?: number): Finding {
  const f = { id: 'x', rule: 'fake', category: 'accuracy/mistranslation', severity, message: 'm', target, source: null, suggestion: null } as Record<string, unknown>;
  if (confidence !== undefined) f.confidence = confidence;
  return f as unknown as Finding;
}

function fake(onSpun: (target: string) => Finding[], onControl: Finding[] = [], pass = true): AuditFn {
  return (_source, target) =>
    ({
      findings: target === SPUN ? onSpun(target) : onControl,
      summary: { pass, reasons: pass ? [] : ['too many'], words: 10, penalty: 0, score: 0, counts: { minor: 0, major: 0, critical: 0, total: 0, byCategory: {}, byRule: {} } },
    }) as unknown as AuditResult;
}

describe('evaluateSpinner', () => {
  test('a detector that flags exactly the spun words: recall and precision 1', () => {
    const e = evaluateSpinner(PAIRS, fake(() => gold.map((g) => finding(g.target))));
    for (const s of [e.train, e.heldout]) {
      expect([s.gold, s.goldCaught, s.recall, s.findings, s.findingsCorrect, s.precision, s.wordPrecision]).toEqual([6, 6, 1, 6, 6, 1, 1]);
      expect(s.texts).toBe(1);
      expect(s.controls.texts).toBe(1); // one control per text, not per seed
    }
    expect(e.seeds).toEqual([1, 2]);
  });

  test('a wrong word and a finding without a target span lower precision; a missed swap lowers recall', () => {
    const e = evaluateSpinner(PAIRS, fake((t) => [finding(gold[0]!.target), finding(at(t, 'chief')), finding(null)]));
    expect(e.heldout.recall).toBeCloseTo(1 / 3);
    expect(e.heldout.precision).toBeCloseTo(1 / 3);
  });

  test('a whole-text flag catches every swap but its word precision is low', () => {
    const e = evaluateSpinner(PAIRS, fake((t) => [finding({ start: 0, end: t.length, text: t })]));
    expect(e.heldout.recall).toBe(1);
    expect(e.heldout.precision).toBe(1);
    expect(e.heldout.wordPrecision).toBeCloseTo(3 / 9); // 3 spun words of 9
  });

  test('findings under confidence 0.5 are not counted, as the gate does; suppressed ones neither', () => {
    const e = evaluateSpinner(PAIRS, fake(() => [finding(gold[0]!.target, 'major', 0.4), { ...finding(gold[1]!.target), suppressed: true }]));
    expect(e.heldout.findings).toBe(0);
    expect(e.heldout.recall).toBe(0);
  });

  test('controls: major/critical per 500 words, findings, gate passes', () => {
    const onControl = [finding(at(CONTROL, 'put'), 'major'), finding(at(CONTROL, 'Its'), 'minor'), finding(at(CONTROL, 'bank'), 'critical', 0.2)];
    const e = evaluateSpinner(PAIRS, fake(() => [], onControl, false));
    expect(e.heldout.controls).toMatchObject({ words: 11, severe: 1, findings: 2, passed: 0, allPass: false });
    expect(e.heldout.controls.severePer500).toBeCloseTo(500 / 11);
    const text = renderSpinnerSection(e);
    expect(text).toContain('## Thesaurus-spinner pairs');
    expect(text).toContain('| spun-word recall ≥ 0.8 | 0.00 | no |');
    expect(text).toContain('control fails the gate: b: too many');
  });
});

describe('naive word-diff baseline', () => {
  test('flags exactly the changed words: perfect on spun pairs, and every control with a changed word fails', () => {
    const e = evaluateSpinner(PAIRS, naiveWordDiff);
    expect([e.heldout.recall, e.heldout.precision, e.heldout.wordPrecision]).toEqual([1, 1, 1]);
    // CONTROL differs from SOURCE by "put up its" and "Its": 4 changed words, all major.
    expect(e.heldout.controls).toMatchObject({ severe: 4, findings: 4, passed: 0, allPass: false });
    expect(renderSpinnerSection(evaluateSpinner(PAIRS, fake(() => [])), e)).toContain('| naive word diff, held-out | 1 | 2 | 6 | 6 | 1.00 |');
  });
});
