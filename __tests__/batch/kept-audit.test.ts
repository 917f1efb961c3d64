import { describe, expect, test } from '@jest/globals';
import { auditGated, auditGatedKept } from '../../src/baseline/pipeline.ts';
import type { AuditResult } from '../../src/types.ts';

/**
 * The batch's second pass runs only batch-spinning again on the first pass's kept audit
 * (src/audit.ts `KeptAudit`): its result must be the one a fresh audit with the learned swaps gives.
 */
const source = {
  path: 'a/source.txt',
  text: 'The United States has asked Germany to join the new maritime coalition, officials said on Monday.\n\nThe proposal was presented to the chancellor last week.\n',
};
const target = {
  path: 'a/target.txt',
  text: 'The United States has asked Germany to join the new maritime coalition, officials said on Monday.\n\nThe proposal was presented to the chancellor last week.\n\nTwo shipping lines plan to hitch the new northern route, and the the ministry said that it would comment.\n',
};
const now = new Date('2026-01-01T00:00:00Z');
const learned = ['major', { swaps: [{ source: 'join', target: 'hitch', pairs: ['b', 'c'] }], site: 'spinner.example' }] as const;
const view = (r: AuditResult) => ({ findings: r.findings, summary: r.summary });

describe('a kept audit run again with other batch-spinning settings', () => {
  test('gives the findings and summary of a fresh audit with those settings', () => {
    const kept = auditGatedKept(source, target, { now });
    expect(view(kept.result)).toEqual(view(auditGated(source, target, { now })));
    const again = kept.again({ 'batch-spinning': [learned[0], learned[1]] });
    const fresh = auditGated(source, target, { now, rules: { 'batch-spinning': [learned[0], learned[1]] } });
    expect(again.findings.some((f) => f.rule === 'batch-spinning' && f.target?.text === 'hitch')).toBe(true);
    expect(view(again)).toEqual(view(fresh));
  });

  test('a rule switched off by the new settings reports nothing', () => {
    const kept = auditGatedKept(source, target, { now });
    expect(kept.result.findings.some((f) => f.rule === 'doubled-words')).toBe(true);
    const again = kept.again({ 'doubled-words': 'off' });
    expect(again.findings.some((f) => f.rule === 'doubled-words')).toBe(false);
    expect(view(again)).toEqual(view(auditGated(source, target, { now, rules: { 'doubled-words': 'off' } })));
  });
});
