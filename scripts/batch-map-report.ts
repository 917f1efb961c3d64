/**
 * What the batch substitution map (docs/batch-spinning.md) adds on the hand-written article fixtures:
 * each domain's garbled and faithful translations are audited as one batch run, with the map and with
 * `batch-spinning` off, and the garbled texts' logged errors it catches (background paragraph with no
 * source, or aligned) are counted with the faithful texts' batch-spinning findings (false alarms).
 * Two layouts: the garbled texts one site and the faithful ones another (`meta.json`), and everything
 * one site (the worst case: a faithful article sharing a spinner's map).
 *
 * Run: node --import tsx scripts/batch-map-report.ts [FOLDER...] (default: the unseen articles and the held-out set)
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { auditWithAndWithoutMap } from './batch-map-run.ts';

interface Expected {
  errors: { target: string; category: string; where: 'aligned' | 'background' }[];
}
type Json = { findings: { rule: string; confidence: number; severity: string; category: string; target: { start: number; end: number } | null }[]; summary: { minConfidence: number } };

const root = join(import.meta.dirname, '..', '__tests__', 'fixtures');
const folders = process.argv.slice(2).length ? process.argv.slice(2).map((f) => resolve(f)) : [join(root, 'unseen-articles'), join(root, 'held-out')];

for (const layout of ['two sites', 'one site'] as const) {
  const corpus = mkdtempSync(join(tmpdir(), 'faithful-batch-map-'));
  const expected = new Map<string, { text: string; errors: Expected['errors'] }>();
  for (const folder of folders) {
    for (const domain of readdirSync(folder).sort()) {
      const read = (file: string) => readFileSync(join(folder, domain, file), 'utf8');
      for (const kind of ['garbled', 'faithful'] as const) {
        const name = `${domain}-${kind}`;
        mkdirSync(join(corpus, 'pairs', name), { recursive: true });
        writeFileSync(join(corpus, 'pairs', name, 'source.txt'), read('source.txt'));
        writeFileSync(join(corpus, 'pairs', name, 'target.txt'), read(`${kind}.txt`));
        if (layout === 'two sites') writeFileSync(join(corpus, 'pairs', name, 'meta.json'), JSON.stringify({ site: kind }));
        if (kind === 'garbled') expected.set(name, { text: read('garbled.txt'), errors: (JSON.parse(read('expected.json')) as Expected).errors });
      }
    }
  }
  const said = auditWithAndWithoutMap(corpus);
  const report = (dir: string, name: string) => JSON.parse(readFileSync(join(corpus, dir, `${name}.json`), 'utf8')) as Json;
  const counted = (json: Json) => json.findings.filter((f) => f.confidence >= json.summary.minConfidence);
  const caught = (dir: string, where: 'aligned' | 'background') => {
    let n = 0;
    let of = 0;
    for (const [name, { text, errors }] of expected) {
      const found = counted(report(dir, name));
      for (const e of errors.filter((e) => e.where === where)) {
        of++;
        const start = text.indexOf(e.target);
        const end = start + e.target.length;
        if (start >= 0 && found.some((f) => f.target && f.target.start < end && start < f.target.end && f.category === e.category && f.severity !== 'minor')) n++;
      }
    }
    return `${n}/${of}`;
  };
  const mapFindings = (kind: string) =>
    readdirSync(join(corpus, 'on'))
      .filter((f) => f.endsWith(`-${kind}.json`))
      .reduce((n, f) => n + counted(report('on', f.replace(/\.json$/, ''))).filter((x) => x.rule === 'batch-spinning').length, 0);
  console.log(`${layout}: ${said}`);
  console.log(`  garbled, background errors caught: ${caught('off', 'background')} without the map, ${caught('on', 'background')} with it`);
  console.log(`  garbled, aligned errors caught:    ${caught('off', 'aligned')} without the map, ${caught('on', 'aligned')} with it`);
  console.log(`  batch-spinning findings: ${mapFindings('garbled')} on garbled texts, ${mapFindings('faithful')} on faithful texts (false alarms)`);
}
