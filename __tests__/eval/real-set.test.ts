import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAnnotations, type Annotation } from '../../eval/real/annotations.ts';
import { computeRealExamples, readRealExamples } from '../../eval/real/examples.ts';
import { loadTexts, readManifest, splitOf } from '../../eval/real/manifest.ts';
import { mineSubstitutions } from '../../eval/real/mine.ts';
import { annotationPath, renderRealSet, tally } from '../../eval/real/score.ts';
import { SUBSTITUTIONS_PATH, SUBSTITUTION_COLUMNS } from '../../src/lexicon/spinner-substitutions.ts';

const row = (start: number, end: number, target: string, source: string, label: Annotation['label']): Annotation => ({ start, end, sstart: 0, send: source.length, target, source, label, note: '' });

describe('scoring a derived copy against its annotations', () => {
  const annotations = [row(10, 14, 'fee', 'rate', 'reject'), row(20, 29, 'mentioned', 'said', 'accept'), row(40, 45, 'Menu', '', 'other'), row(50, 55, 'taken', 'made', 'doubtful')];
  const finding = (start: number, end: number, rule = 'spun-synonym') => ({ target: { start, end, text: '' }, source: null, severity: 'major' as const, rule });

  test('a finding on a rejected phrase is right, on an accepted one false, on chrome neutral; doubtful never counts against', () => {
    const { t, misses, falses } = tally([finding(10, 14), finding(20, 29), finding(40, 45), finding(50, 55), finding(60, 62)], annotations, 100, true);
    expect({ rejects: t.rejects, flagged: t.rejectsFlagged, right: t.right, wrong: t.wrong, neutral: t.neutral }).toEqual({ rejects: 1, flagged: 1, right: 2, wrong: 2, neutral: 1 });
    expect(misses).toEqual([]);
    expect(falses).toEqual([1, 4]);
  });

  test('a missed reject is listed; the document verdict is not span-scored', () => {
    const { t, misses } = tally([finding(0, 9, 'machine-spun')], annotations, 100, true);
    expect(t.right + t.wrong + t.neutral).toBe(0);
    expect(misses.map((m) => m.target)).toEqual(['fee']);
  });

  test('with no texts present it says so in one line', () => {
    const text = renderRealSet({ scored: [], absent: [{ name: 'x', why: 'source.txt absent' }] });
    expect(text).toMatch(/The real set's texts are not here \(1 pairs in corpus\/real\/pairs.tsv/u);
  });
});

describe('the committed real set', () => {
  const pairs = readManifest();

  test('has at least 20 derived pairs from at least 8 sites, and at least 4 controls', () => {
    const derived = pairs.filter((p) => p.kind !== 'control');
    expect(derived.length).toBeGreaterThanOrEqual(20);
    expect(new Set(derived.map((p) => p.site)).size).toBeGreaterThanOrEqual(8);
    expect(pairs.filter((p) => p.kind === 'control').length).toBeGreaterThanOrEqual(4);
  });

  test('is split by site: no site on both sides, each split as its name decides', () => {
    for (const p of pairs) expect({ site: p.site, split: p.split }).toEqual({ site: p.site, split: splitOf(p.site) });
  });

  test('names no page of the reserved independent set', () => {
    const reserved = '../shared/reserved-pages.md';
    if (!existsSync(join(process.cwd(), reserved))) return;
    const hosts = readFileSync(join(process.cwd(), reserved), 'utf8').match(/^- [a-z0-9.-]+\.[a-z]+$/gmu)?.map((l) => l.slice(2)) ?? [];
    for (const p of pairs) for (const h of hosts) expect(`${p.site} ${p.derivedUrl} ${p.originalUrl}`).not.toContain(h);
  });

  test('every pair has a sha256 for both texts and an annotation file whose every row is labelled', () => {
    for (const p of pairs) {
      expect(p.sourceSha256).toMatch(/^[0-9a-f]{64}$/u);
      expect(p.targetSha256).toMatch(/^[0-9a-f]{64}$/u);
      const rows = readAnnotations(annotationPath(p.name));
      expect(rows.filter((r) => r.label === '').map((r) => `${p.name}: ${r.target}`)).toEqual([]);
    }
  });

  test('the spinner lexicon is what the training annotations give (scripts/real-set/mine-lexicon.ts)', () => {
    const training = pairs.filter((p) => p.split === 'train' && p.kind !== 'control');
    const texts = training.map((p) => loadTexts(p));
    const withTexts = texts.every((t) => !('missing' in t));
    const entries = mineSubstitutions(training.map((p, i) => { const t = texts[i]!; return { site: p.site, annotations: readAnnotations(annotationPath(p.name)), target: 'missing' in t ? undefined : t.target }; }));
    const committed = readFileSync(SUBSTITUTIONS_PATH, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).slice(1);
    const rows = entries.map((e) => SUBSTITUTION_COLUMNS.map((c) => String(e[c])).join('\t'));
    // With the texts, exactly; without them (CI) insertions are not mined, so the committed file holds more.
    if (withTexts) expect(committed).toEqual(rows);
    else {
      const committedKeys = new Set(committed.map((l) => l.split('\t').slice(0, 2).join('\t')));
      expect(entries.filter((e) => !committedKeys.has(`${e.source}\t${e.target}`))).toEqual([]);
    }
    // Held-out sites are never mined.
    expect(new Set(entries.map((e) => e.source + e.target)).size).toBe(entries.length);
  });

  test('an insertion before a kept word is mined as that word\'s substitution when the derived text is given', () => {
    const target = 'Tesla reported reserve gross sales in China this week.';
    const start = target.indexOf('gross');
    const annotations = [row(start, start + 5, 'gross', '', 'reject')];
    expect(mineSubstitutions([{ site: 'a.example', annotations, target }]).map((e) => `${e.source} → ${e.target} ${e.reject}`)).toEqual(['sales → gross sales 1']);
    expect(mineSubstitutions([{ site: 'a.example', annotations }])).toEqual([]);
  });

  test('mining counts a substitution once per occurrence, its sites and its verdicts, and skips numbers', () => {
    const a = { site: 'a.example', annotations: [row(0, 3, 'fee', 'rate', 'reject'), row(5, 8, 'five.03', '5.03', 'reject')] };
    const b = { site: 'b.example', annotations: [row(0, 4, 'fees', 'rates', 'accept'), row(9, 20, 'coverage charges', 'policy rates', 'reject')] };
    const entries = mineSubstitutions([a, b]);
    expect(entries.find((e) => e.source === 'rate')).toEqual({ source: 'rate', target: 'fee', count: 2, sites: 2, reject: 1, doubtful: 0, accept: 1 });
    expect(entries.find((e) => e.target.includes('five'))).toBeUndefined();
    // Digits only the spinner wrote are its words: "12 months" for year.
    const c = { site: 'c.example', annotations: [row(0, 9, '12 months', 'year', 'reject')] };
    expect(mineSubstitutions([c]).map((e) => `${e.source} → ${e.target}`)).toEqual(['year → 12 months']);
    // A two-word phrase also counts word by word, unlabelled.
    expect(entries.find((e) => e.source === 'policy')).toEqual({ source: 'policy', target: 'coverage', count: 1, sites: 1, reject: 0, doubtful: 0, accept: 0 });
  });

  const computed = computeRealExamples();
  (computed ? test : test.skip)('the committed example numbers are what the texts give (texts present here)', () => {
    const committed = readRealExamples();
    expect(committed.length).toBe(computed!.length);
    committed.forEach((e, i) => {
      expect(e.what).toBe(computed![i]!.what);
      expect(e.y).toBe(computed![i]!.y);
      for (const [f, v] of Object.entries(e.x)) expect({ f, v }).toEqual({ f, v: expect.closeTo(computed![i]!.x[f as keyof typeof e.x], 4) });
    });
  });
});
