/**
 * Table of how the detectors do on the hand-written unseen articles (__tests__/fixtures/unseen-articles):
 * per domain, the logged errors in garbled.txt, how many are flagged at their place and category with
 * severity above minor (split by where they sit: aligned sentence or no-source background paragraph), and
 * the findings on faithful.txt outside its background paragraph (false alarms).
 *
 * Run: node --import tsx scripts/unseen-report.ts [--missed] [FOLDER] (default: the unseen articles;
 * `__tests__/fixtures/held-out` is the held-out set, measured without tuning on it)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { audit } from '../src/audit.ts';
import type { AuditResult, Finding } from '../src/types.ts';
import { DEFAULT_GATE, isConfident } from '../src/score/score.ts';

/** Findings as the gate counts them: at or above the default confidence threshold (suspects below it are not alarms). */
const counted = (result: AuditResult) => result.findings.filter((f) => isConfident(f, result.summary.minConfidence ?? DEFAULT_GATE.minConfidence));

interface Expected {
  background: string;
  errors: { target: string; category: string; kind: string; where: 'aligned' | 'background' }[];
}

// A folder of article fixtures may be given (`__tests__/fixtures/held-out`); the unseen articles by default.
const folderArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
const DIR = folderArg ? resolve(folderArg) : join(import.meta.dirname, '..', '__tests__', 'fixtures', 'unseen-articles');
const overlaps = (f: Finding, start: number, end: number) => Boolean(f.target && f.target.start < end && start < f.target.end);

interface Row {
  domain: string;
  logged: number;
  loggedBg: number;
  caught: number;
  caughtAligned: number;
  caughtBg: number;
  falseAlarms: number;
  falseAlarmsBg: number;
}

const rows: Row[] = [];
const missed: string[] = [];
for (const domain of readdirSync(DIR).sort()) {
  const read = (file: string) => ({ path: file, text: readFileSync(join(DIR, domain, file), 'utf8') });
  const expected = JSON.parse(readFileSync(join(DIR, domain, 'expected.json'), 'utf8')) as Expected;
  const source = read('source.txt');
  const garbled = read('garbled.txt');
  const result = audit(source, garbled);
  const row: Row = { domain, logged: expected.errors.length, loggedBg: 0, caught: 0, caughtAligned: 0, caughtBg: 0, falseAlarms: 0, falseAlarmsBg: 0 };
  for (const error of expected.errors) {
    const start = garbled.text.indexOf(error.target);
    const end = start + error.target.length;
    const hit = start >= 0 && counted(result).some((f) => overlaps(f, start, end) && f.category === error.category && f.severity !== 'minor');
    if (error.where === 'background') row.loggedBg++;
    if (hit) {
      row.caught++;
      if (error.where === 'background') row.caughtBg++;
      else row.caughtAligned++;
    } else missed.push(`${domain}:${error.target} (${error.where}; ${error.kind})`);
  }
  const faithful = read('faithful.txt');
  const bgStart = faithful.text.indexOf(expected.background);
  const bgEnd = bgStart + expected.background.length;
  for (const f of counted(audit(source, faithful))) {
    const inBg = bgStart >= 0 && overlaps(f, bgStart, bgEnd);
    if (!inBg) row.falseAlarms++;
    // In the background, the passage's unsupported-sentence note is expected (no source; major when it brings
    // new names or figures); anything else is a false alarm there.
    else if (f.rule !== 'unsupported-sentence') row.falseAlarmsBg++;
  }
  rows.push(row);
}

const total: Row = rows.reduce(
  (t, r) => ({
    domain: 'TOTAL',
    logged: t.logged + r.logged,
    loggedBg: t.loggedBg + r.loggedBg,
    caught: t.caught + r.caught,
    caughtAligned: t.caughtAligned + r.caughtAligned,
    caughtBg: t.caughtBg + r.caughtBg,
    falseAlarms: t.falseAlarms + r.falseAlarms,
    falseAlarmsBg: t.falseAlarmsBg + r.falseAlarmsBg,
  }),
  { domain: 'TOTAL', logged: 0, loggedBg: 0, caught: 0, caughtAligned: 0, caughtBg: 0, falseAlarms: 0, falseAlarmsBg: 0 },
);

const header = ['domain', 'logged', 'caught', 'aligned caught/logged', 'background caught/logged', 'faithful FA outside bg', 'faithful FA in bg'];
const cells = (r: Row) => [
  r.domain,
  String(r.logged),
  `${r.caught} (${Math.round((100 * r.caught) / Math.max(1, r.logged))}%)`,
  `${r.caughtAligned}/${r.logged - r.loggedBg}`,
  `${r.caughtBg}/${r.loggedBg}`,
  String(r.falseAlarms),
  String(r.falseAlarmsBg),
];
const table = [header, ...rows.map(cells), cells(total)];
const widths = header.map((_, i) => Math.max(...table.map((line) => line[i]!.length)));
const format = (line: string[]) => line.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(format(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(format(cells(r)));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
console.log(format(cells(total)));
if (process.argv.includes('--missed')) {
  console.log('\nNot caught:');
  for (const m of missed) console.log(`  ${m}`);
}
