import { afterAll, describe, expect } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.ts';
import { testWithFreedict } from '../helpers/debian.ts';

// A short market report and two English versions: the machine's garbling (a misread word, a lost main clause, a
// stray name, "who" for a thing) and a faithful one. What a user sees: the exit code, the JSON findings, the text lines.
const dir = mkdtempSync(join(tmpdir(), 'bilingual-new-'));
const italian = [
  'Rifiata il mercato dei titoli di Stato dopo una settimana difficile.',
  'Discorso diverso invece per la Germania, che deve pagare di più il suo debito, ormai in piena campagna elettorale.',
  'Preoccupa anche la crisi in Portogallo.',
].join(' ');
const garbled = [
  'Refuse the government bond market after a difficult week.',
  'Germany, which must pay more for its debt, now in full electoral campaign.',
  'The crisis in Italy Portugal is also worrying.',
].join(' ');
const faithful = [
  'The government bond market gets a breather after a difficult week.',
  'It is a different story for Germany, which must pay more for its debt, now that it is in the middle of an election campaign.',
  'The crisis in Portugal is also worrying.',
].join(' ');
writeFileSync(join(dir, 'it.txt'), italian);
writeFileSync(join(dir, 'garbled.txt'), garbled);
writeFileSync(join(dir, 'faithful.txt'), faithful);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(target: string, format: 'json' | 'text') {
  let stdout = '';
  const code = runCli(['audit', '--source', join(dir, 'it.txt'), '--target', join(dir, target), '--source-lang', 'it', '--target-lang', 'en', '--no-config', '--format', format], {
    stdout: (t) => (stdout += t),
    stderr: () => {},
    isTty: false,
    cwd: dir,
  });
  return { code, stdout };
}

describe('the new bilingual rules through the CLI', () => {
  testWithFreedict('the garbled English fails the gate with each rule on its span and the Italian as evidence', () => {
    const { code, stdout } = run('garbled.txt', 'json');
    expect(code).toBe(1);
    const findings = JSON.parse(stdout).findings as Array<{ rule: string; category: string; severity: string; confidence: number; target: { text: string } | null; source: { text: string } | null }>;
    const mine = findings.filter((f) => ['bilingual-misread-word', 'bilingual-garbled-clause', 'bilingual-stray-name'].includes(f.rule));
    expect(mine.map((f) => [f.rule, f.target?.text, f.source?.text, f.category, f.severity])).toEqual([
      ['bilingual-misread-word', 'Refuse', 'Rifiata', 'accuracy/mistranslation', 'major'],
      ['bilingual-garbled-clause', 'Germany, which must pay more for its debt, now in full electoral campaign.', 'Discorso diverso invece per la Germania', 'accuracy/omission', 'major'],
      ['bilingual-stray-name', 'Italy', 'Portogallo', 'accuracy/addition', 'major'],
    ]);
    for (const f of mine) expect(f.confidence).toBeGreaterThanOrEqual(0.5);
    expect(run('garbled.txt', 'text').stdout).toMatch(/major\s+“Refuse” translates Italian “rifiutare”, one letter away from the source's “Rifiata”.*bilingual-misread-word/u);
  });

  testWithFreedict('the faithful English passes with none of them', () => {
    const { code, stdout } = run('faithful.txt', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).findings.filter((f: { rule: string; confidence: number }) => f.rule.startsWith('bilingual-') && f.confidence >= 0.5)).toEqual([]);
  });
});
