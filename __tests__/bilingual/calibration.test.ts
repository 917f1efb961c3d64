import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { CALIBRATED_RULES, FITTED_PATH, calibrationCounts, fittedModule, posteriorMean, verdict } from '../../eval/bilingual-calibrate.ts';
import { loadFaithful, loadPair, readFaithful, readPairs } from '../../eval/bilingual-real.ts';
import type { Annotation } from '../../eval/real/annotations.ts';
import { FITTED_CONFIDENCE } from '../../src/bilingual/fitted-confidence.ts';
import { bilingualRules as builtinRules } from '../../src/rules/bilingual/index.ts';
import { FREEDICT } from '../helpers/debian.ts';

const annotation: Annotation = { start: 10, end: 20, sstart: 30, send: 40, target: 'x', source: 'y', label: 'reject', note: '' };

describe('calibrated confidence of the bilingual rules', () => {
  test('a finding is right on a labelled phrase (its English span, or its Italian span when it has no English one)', () => {
    expect(verdict({ target: { start: 15, end: 18, text: '' }, source: null }, [annotation])).toBe('right');
    expect(verdict({ target: null, source: { start: 35, end: 38, text: '' } }, [annotation])).toBe('right');
    expect(verdict({ target: { start: 25, end: 28, text: '' }, source: { start: 35, end: 38, text: '' } }, [annotation])).toBe('wrong');
    expect(verdict({ target: { start: 15, end: 18, text: '' }, source: null }, [{ ...annotation, label: 'other' }])).toBe('neutral');
  });

  test('each committed confidence is the posterior mean of its counts, and the rules use it', () => {
    expect(posteriorMean({ right: 3, wrong: 0 })).toBe(0.8);
    for (const [rule, c] of Object.entries(FITTED_CONFIDENCE)) {
      expect((CALIBRATED_RULES as readonly string[]).includes(rule)).toBe(true);
      expect(c.confidence).toBe(posteriorMean(c));
      expect({ rule, confidence: builtinRules.find((r) => r.meta.id === rule)?.meta.defaultConfidence }).toEqual({ rule, confidence: c.confidence });
    }
  });

  // The fit reads the real training texts (gitignored: present where the set was gathered) and FreeDict.
  const present = FREEDICT && readPairs().filter((p) => p.split === 'train').every((p) => !('missing' in loadPair(p))) && readFaithful().every((row) => loadFaithful(row) !== null);
  (present ? test : test.skip)('src/bilingual/fitted-confidence.ts is what eval/bilingual-calibrate.ts fits now (stale numbers fail)', () => {
    const run = calibrationCounts()!;
    expect(readFileSync(FITTED_PATH, 'utf8')).toBe(fittedModule(run.counts, run.trainingPairs, run.faithfulTexts));
  }, 60_000);
});
