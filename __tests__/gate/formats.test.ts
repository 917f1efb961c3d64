import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.ts';
import { formatJunit } from '../../src/report/junit.ts';
import { formatMarkdown } from '../../src/report/md.ts';
import { formatText } from '../../src/report/text.ts';
import { auditGated } from '../../src/baseline/pipeline.ts';
import { ROOT, SEED_SOURCE, SEED_TARGET, seedPair } from '../helpers/seed.ts';
import { run, tempDir } from './helpers.ts';

const seed = ['audit', '--source', SEED_SOURCE, '--target', SEED_TARGET];

describe('report formats', () => {
  const { source, target } = seedPair();
  const result = auditGated(source, target);
  /** What the default views list: the findings at or above the gate's confidence threshold. */
  const shown = result.findings.filter((f) => f.confidence >= result.summary.minConfidence!);

  test('--format may repeat with --out: one file per format, the exit code kept, the summary on stdout', () => {
    const out = tempDir();
    const { code, stdout } = run([...seed, '--out', out, ...['text', 'json', 'html', 'md', 'sarif', 'junit'].flatMap((f) => ['--format', f])]);
    expect(code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['target.html', 'target.json', 'target.junit.xml', 'target.md', 'target.sarif', 'target.txt']);
    expect(stdout).toMatch(/^FAIL /);
    expect(readFileSync(join(out, 'target.txt'), 'utf8')).not.toContain('\u001b[');
  });

  test('text: findings grouped under their sentence with line:column; colour only when asked or on a TTY', () => {
    const text = formatText(result, { top: 1000 });
    const lines = text.split('\n');
    const header = lines.findIndex((l) => /^ {2}target:2:1 \(t\d+\) “/.test(l));
    expect(header).toBeGreaterThan(0);
    const group = lines.slice(header + 1, lines.indexOf('', header + 1));
    expect(group.some((l) => l.includes('target:2:128') && l.includes('RogersWhen'))).toBe(true);
    for (const l of group) expect(l).toMatch(/^ {4}target:2:\d+/);
    expect(text).not.toContain('\u001b[');
    expect(formatText(result, { color: true })).toContain('\u001b[31;1mFAIL');
    let stdout = '';
    runCli(seed, { stdout: (t) => (stdout += t), stderr: () => {}, isTty: true, cwd: ROOT });
    expect(stdout).toContain('\u001b[');
    stdout = '';
    runCli([...seed, '--no-color'], { stdout: (t) => (stdout += t), stderr: () => {}, isTty: true, cwd: ROOT });
    expect(stdout).not.toContain('\u001b[');
  });

  test('md: verdict, counts, failed conditions and a findings table that article text cannot break', () => {
    const md = formatMarkdown(result);
    expect(md).toMatch(/^### faithful: ❌ FAIL — `target.txt`/);
    expect(md).toContain('**Gate failed:**');
    const rows = md.split('\n').filter((l) => /^\| (target|source):\d+:\d+ \|/.test(l));
    // The table lists at most 50 findings (a merge-request comment must stay readable) and counts the rest.
    expect(rows).toHaveLength(Math.min(shown.length, 50));
    if (shown.length > 50) expect(md).toContain(`…and ${shown.length - 50} more findings.`);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(8); // 6 cells, never more
    const hostile = auditGated(
      { path: 's.txt', text: 'The minister said 5 things.\n\nRome agreed on Monday.' },
      { path: 't.txt', text: 'The minister | said 7 things.\n\nRome agreed on Monday. <script>alert(1)</script> was added | here with more words.' },
    );
    expect(hostile.findings.some((f) => f.target?.text.includes('<script>'))).toBe(true);
    const out = formatMarkdown(hostile);
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;');
    for (const row of out.split('\n').filter((l) => l.startsWith('| target:'))) expect(row.split(/(?<!\\)\|/).length).toBe(8);
  });

  test('junit: a gate test case and one per finding; suppressed ones are skipped', () => {
    const xml = formatJunit(result, 'seed');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
    expect(xml.match(/<testcase /g)).toHaveLength(shown.length + 1);
    expect(xml).toContain(`<testsuite name="seed" tests="${shown.length + 1}" failures="${shown.length + 1}" errors="0" skipped="0"`);
    expect(xml).toMatch(/<testcase classname="faithful.gate" name="gate"><failure message="score [\d.]+ is over the limit/);
    const decisions = shown.slice(0, 2).map((f) => ({ fingerprint: f.fingerprint!, decision: 'accepted' as const }));
    const reviewed = auditGated(source, target, { baseline: decisions });
    expect(formatJunit(reviewed).match(/<skipped /g)).toHaveLength(reviewed.summary.suppressed!);
  });
});
