import { describe, expect, test } from '@jest/globals';
import { runRules } from '../../src/findings/run-rules.ts';
import { segmentDocument } from '../../src/segment/segment.ts';
import type { Rule } from '../../src/rules/rule.ts';
import { SEED_SOURCE, SEED_TARGET } from '../helpers/seed.ts';
import { run, tempDir } from './helpers.ts';

const SOURCE = 'The council approved the budget on Monday.\n\nThe mayor said the plan would cut costs by 5 percent.\n';
/** One target sentence with no source: an unsupported-sentence finding (minor, confidence 0.8 by the rule's default). */
const TARGET = SOURCE + '\nCritics called the vote rushed and unfair to residents.\n';

function pairDir(config?: unknown): string {
  return tempDir({ 'source.txt': SOURCE, 'target.txt': TARGET, ...(config ? { 'faithful.config.json': JSON.stringify(config) } : {}) }, 'faithful-conf-');
}
const pair = ['audit', '--source', 'source.txt', '--target', 'target.txt', '--fail-on', 'minor'];

describe('confidence on every finding', () => {
  test('the JSON report gives each finding a confidence in 0..1 and the summary the threshold and the count below it', () => {
    const { stdout } = run(['audit', '--source', SEED_SOURCE, '--target', SEED_TARGET, '--format', 'json', '--no-config']);
    const result = JSON.parse(stdout);
    expect(result.findings.length).toBeGreaterThan(5);
    for (const f of result.findings) {
      expect(typeof f.confidence).toBe('number');
      expect(f.confidence).toBeGreaterThanOrEqual(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
    expect(result.summary.minConfidence).toBe(0.5);
    expect(result.summary.belowConfidence).toBe(result.findings.filter((f: { confidence: number }) => f.confidence < 0.5).length);
  });

  test("a rule's report sets its confidence; else the rule's defaultConfidence; else 1", () => {
    const source = segmentDocument({ path: 's', text: 'One sentence here.' }, 's');
    const target = segmentDocument({ path: 't', text: 'One sentence here.' }, 't');
    const span = { start: 0, end: 3, text: 'One' };
    const rule = (id: string, defaultConfidence: number | undefined, confidence?: number): Rule => ({
      meta: { id, description: id, category: `test/${id}`, defaultSeverity: 'minor', basis: 'test', defaultConfidence },
      check: () => [{ target: span, message: id, confidence }],
    });
    const context = { source, target, alignments: [], targetSegments: target.segments, sourceSegments: source.segments, alignmentOfTarget: new Map(), alignmentOfSource: new Map(), segmentById: new Map() };
    const findings = runRules([rule('own', 0.7, 0.3), rule('meta', 0.7), rule('plain', undefined), rule('wild', undefined, 7)], context);
    expect(Object.fromEntries(findings.map((f) => [f.rule, f.confidence]))).toEqual({ own: 0.3, meta: 0.7, plain: 1, wild: 1 });
  });
});

describe('gate.minConfidence and --min-confidence', () => {
  test('a finding above the threshold fails the gate; moved above it by the flag, it does not', () => {
    const cwd = pairDir();
    const failing = run([...pair, '--format', 'json'], cwd);
    expect(failing.code).toBe(1);
    const before = JSON.parse(failing.stdout);
    expect(before.findings.map((f: { rule: string; confidence: number }) => [f.rule, f.confidence])).toEqual([['unsupported-sentence', 0.8]]);
    expect(before.summary.counts.total).toBe(1);
    expect(before.summary.belowConfidence).toBe(0);

    const passing = run([...pair, '--format', 'json', '--min-confidence', '0.9'], cwd);
    expect(passing.code).toBe(0);
    const after = JSON.parse(passing.stdout);
    // The JSON keeps the finding, with its confidence; the summary counts it apart.
    expect(after.findings).toHaveLength(1);
    expect(after.findings[0].confidence).toBe(0.8);
    expect(after.summary).toMatchObject({ pass: true, penalty: 0, minConfidence: 0.9, belowConfidence: 1, counts: { total: 0, minor: 0 } });
    // At the finding's own confidence it counts again ("at or above").
    expect(run([...pair, '--min-confidence', '0.8'], cwd).code).toBe(1);
  });

  test('the configuration sets the threshold, and the flag stands over it', () => {
    const cwd = pairDir({ gate: { minConfidence: 0.95 } });
    expect(run(pair, cwd).code).toBe(0);
    expect(run([...pair, '--min-confidence', '0.5'], cwd).code).toBe(1);
    expect(run(pair, pairDir({ gate: { minConfidence: 0.5 } })).code).toBe(1);
  });

  test('a threshold outside 0..1 is a usage or configuration error (exit 2)', () => {
    const bad = run([...pair, '--min-confidence', '1.5'], pairDir());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--min-confidence must be a number from 0 to 1');
    const config = run(pair, pairDir({ gate: { minConfidence: 2 } }));
    expect(config.code).toBe(2);
    expect(config.stderr).toContain('gate.minConfidence');
  });

  test('text, Markdown, SARIF and JUnit leave the low-confidence suspect out and say how many there are', () => {
    const cwd = pairDir();
    const low = ['--min-confidence', '0.9'];
    const text = run([...pair, ...low], cwd).stdout;
    expect(text).not.toContain('unsupported-sentence');
    expect(text).toContain('1 low-confidence suspect not shown (confidence below 0.9');
    expect(run(pair, cwd).stdout).toContain('unsupported-sentence');

    const md = run([...pair, ...low, '--format', 'md'], cwd).stdout;
    expect(md).not.toContain('unsupported-sentence');
    expect(md).toContain('1 low-confidence suspect not shown');

    const sarif = JSON.parse(run([...pair, ...low, '--format', 'sarif'], cwd).stdout);
    expect(sarif.runs[0].results).toHaveLength(0);
    expect(sarif.runs[0].properties.belowConfidence).toBe(1);
    const sarifAll = JSON.parse(run([...pair, '--format', 'sarif'], cwd).stdout);
    expect(sarifAll.runs[0].results[0].properties.confidence).toBe(0.8);

    expect(run([...pair, ...low, '--format', 'junit'], cwd).stdout).not.toContain('faithful.unsupported-sentence');
    expect(run([...pair, '--format', 'junit'], cwd).stdout).toContain('faithful.unsupported-sentence');
  });
});

describe('the HTML report and low-confidence suspects', () => {
  const data = (html: string) => JSON.parse(/<script id="faithful-data" type="application\/json">([^<]*)<\/script>/.exec(html)![1]!);
  const markOf = (html: string, id: string) => new RegExp(`<mark class="([^"]*)" data-finding="${id}"`).exec(html)?.[1]?.split(' ') ?? [];

  test('has an unchecked, labelled checkbox to show them, and marks them hidden until it is checked', () => {
    const cwd = pairDir();
    const html = run([...pair, '--min-confidence', '0.9', '--format', 'html'], cwd).stdout;
    expect(html).toMatch(/<label class="check"[^>]*><input id="opt-low" type="checkbox">\s*Low-confidence suspects \(1\)<\/label>/);
    const [finding] = data(html).findings;
    expect(finding).toMatchObject({ rule: 'unsupported-sentence', confidence: 0.8, low: true });
    expect(markOf(html, finding.id)).toEqual(expect.arrayContaining(['low', 'off']));
    expect(html).toContain('1 low-confidence suspect below 0.9');
    // The client script shows the confidence in the popover and filters on the checkbox.
    expect(html).toContain("row('Confidence'");
    expect(html).toContain("$('#opt-low').addEventListener('change', applyFilters)");
  });

  test('a finding at or above the threshold is not marked low, and the checkbox is disabled when none is', () => {
    const html = run([...pair, '--format', 'html'], pairDir()).stdout;
    const [finding] = data(html).findings;
    expect(finding).toMatchObject({ confidence: 0.8, low: false });
    expect(markOf(html, finding.id)).not.toContain('low');
    expect(html).toMatch(/<input id="opt-low" type="checkbox" disabled>/);
  });
});
