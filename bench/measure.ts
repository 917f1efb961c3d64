/**
 * One measurement in a fresh process, so that load time and peak RSS belong to this input alone.
 * Prints one JSON line: per-stage milliseconds, total, peak RSS, counts, precision and recall.
 *
 *   node --import tsx bench/measure.ts pair SOURCE TARGET [GOLD]
 *   node --import tsx bench/measure.ts warm SOURCE TARGET RUNS     (median in-process time, resources warm)
 *   node --import tsx bench/measure.ts loop MANIFEST               (every pair of a manifest, one after another)
 */
import { readFileSync } from 'node:fs';

const [mode, sourcePath, targetPath, extra] = process.argv.slice(2);
const timings: Record<string, number> = {};
let last = performance.now();
const lap = (stage: string) => {
  const now = performance.now();
  timings[stage] = (timings[stage] ?? 0) + (now - last);
  last = now;
};

// Load resources: the pipeline's modules, the Hunspell dictionary and the boilerplate patterns.
const { audit } = await import('../src/audit.ts');
const { readInput } = await import('../src/ingest/read-input.ts');
const { formatJson } = await import('../src/report/json.ts');
const { formatText } = await import('../src/report/text.ts');
const { englishDictionary } = await import('../src/lexicon/dictionary.ts');
const { looksLikeBoilerplate } = await import('../src/ingest/boilerplate.ts');
const { matchQuality } = await import('./match.ts');
englishDictionary().isWord('warm');
looksLikeBoilerplate('warm');
lap('load');

if (mode === 'loop') {
  // The batch without worker threads: pooled precision and recall, and the time of a sequential run.
  const pairs = JSON.parse(readFileSync(sourcePath!, 'utf8')) as Array<{ source: string; target: string }>;
  const start = performance.now();
  const findings: Parameters<typeof matchQuality>[0] = [];
  const gold: Parameters<typeof matchQuality>[1] = [];
  let offset = 0;
  for (const pair of pairs) {
    const result = audit(readInput(pair.source), readInput(pair.target));
    formatJson(result);
    // Pool the pairs by shifting each pair's offsets past the previous ones, so spans never meet across pairs.
    const shift = <T extends { start: number; end: number } | null>(span: T) => (span ? { start: span.start + offset, end: span.end + offset } : null);
    for (const f of result.findings) findings.push({ category: f.category, target: shift(f.target), source: shift(f.source) });
    const pairGold = (JSON.parse(readFileSync(pair.source.replace(/source\.txt$/, 'gold.json'), 'utf8')) as { gold: Parameters<typeof matchQuality>[1] }).gold;
    for (const g of pairGold) gold.push({ category: g.category, target: shift(g.target), source: shift(g.source) });
    offset += result.source.text.length + result.target.text.length + 1;
  }
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ ms, pairs: pairs.length, rssMb: process.resourceUsage().maxRSS / 1024, quality: matchQuality(findings, gold) }) + '\n');
} else if (mode === 'warm') {
  const runs = Number(extra ?? 50);
  const source = readInput(sourcePath!);
  const target = readInput(targetPath!);
  const times: number[] = [];
  for (let i = 0; i < runs + 5; i++) {
    const start = performance.now();
    const result = audit(source, target);
    formatJson(result);
    if (i >= 5) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  process.stdout.write(JSON.stringify({ median: times[times.length >> 1], min: times[0], runs }) + '\n');
} else {
  const source = readInput(sourcePath!);
  const target = readInput(targetPath!);
  lap('ingest');
  const stages: Record<string, number> = {};
  const result = audit(source, target, { timings: stages });
  Object.assign(timings, stages);
  last = performance.now();
  formatJson(result);
  formatText(result);
  lap('report');
  const total = Object.values(timings).reduce((a, b) => a + b, 0);
  const quality = extra
    ? matchQuality(result.findings, (JSON.parse(readFileSync(extra, 'utf8')) as { gold: Parameters<typeof matchQuality>[1] }).gold)
    : null;
  process.stdout.write(
    JSON.stringify({
      stages: timings,
      total,
      rssMb: process.resourceUsage().maxRSS / 1024,
      sourceSegments: result.source.segments.length,
      targetSegments: result.target.segments.length,
      findings: result.findings.length,
      quality,
    }) + '\n',
  );
}
