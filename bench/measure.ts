/**
 * One measurement in a fresh process, so that load time and peak RSS belong to this input alone.
 * Prints one JSON line: per-stage milliseconds, total, peak RSS, counts, precision and recall.
 *
 *   node --import tsx bench/measure.ts pair SOURCE TARGET [GOLD]
 *   node --import tsx bench/measure.ts warm SOURCE TARGET RUNS     (median in-process time, resources warm)
 *   node --import tsx bench/measure.ts loop MANIFEST               (every pair of a manifest, one after another)
 */
import { readFileSync } from 'node:fs';
import { combine, fromTeamMatch, matchQuality, type Located, type Quality } from './match.ts';

const [mode, sourcePath, targetPath, extra] = process.argv.slice(2);
const timings: Record<string, number> = {};
let last = performance.now();
const lap = (stage: string) => {
  const now = performance.now();
  timings[stage] = (timings[stage] ?? 0) + (now - last);
  last = now;
};

// Load resources: the pipeline's modules and every lexicon the rules load lazily (a one-line audit
// touches them all: Hunspell, boilerplate patterns, WordNet…).
const { audit } = await import('../src/audit.ts');
const { readInput } = await import('../src/ingest/read-input.ts');
const { formatJson } = await import('../src/report/json.ts');
const { formatText } = await import('../src/report/text.ts');
audit({ path: 'warm.txt', text: 'Warm up: the lexicons load once, here.\n' }, { path: 'warm.txt', text: 'Warm up: the lexicons load once here.\n' });
lap('load');

type TeamMatch = (findings: unknown[], gold: unknown) => Parameters<typeof fromTeamMatch>[0];
const teamMatch = await import('../eval/match.ts').then(
  (m) => (m as { matchFindings?: TeamMatch }).matchFindings,
  () => undefined,
);

/** Precision and recall against a gold file: the team's matcher for its gold format, else the local one. */
function qualityOf(findings: Array<Located & object>, goldPath: string): Quality {
  const { gold } = JSON.parse(readFileSync(goldPath, 'utf8')) as { gold: Located[] | { items: Located[] } };
  if (!Array.isArray(gold) && teamMatch) return fromTeamMatch(teamMatch(findings, gold));
  return matchQuality(findings, Array.isArray(gold) ? gold : gold.items);
}

if (mode === 'loop') {
  // The batch without worker threads: pooled precision and recall, and the time of a sequential run.
  const pairs = JSON.parse(readFileSync(sourcePath!, 'utf8')) as Array<{ source: string; target: string }>;
  const start = performance.now();
  const qualities: Quality[] = [];
  for (const pair of pairs) {
    const result = audit(readInput(pair.source), readInput(pair.target));
    formatJson(result);
    qualities.push(qualityOf(result.findings, pair.source.replace(/source\.txt$/, 'gold.json')));
  }
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ ms, pairs: pairs.length, rssMb: process.resourceUsage().maxRSS / 1024, quality: combine(qualities) }) + '\n');
} else if (mode === 'warm') {
  const runs = Number(extra ?? 50);
  const source = readInput(sourcePath!);
  const target = readInput(targetPath!);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < runs + 5; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const result = audit(source, target);
    formatJson(result);
    const cpu = process.cpuUsage(cpuStart);
    if (i >= 5) {
      times.push(performance.now() - start);
      cpuTimes.push((cpu.user + cpu.system) / 1000);
    }
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  process.stdout.write(JSON.stringify({ median: times[times.length >> 1], min: times[0], cpuMedian: cpuTimes[cpuTimes.length >> 1], runs }) + '\n');
} else {
  const cpuStart = process.cpuUsage();
  const source = readInput(sourcePath!);
  const target = readInput(targetPath!);
  lap('ingest');
  const stages: Record<string, number> = {};
  const result = audit(source, target, { timings: stages });
  // Per-rule times (`rule:<id>`) are inside the rules stage: kept apart, not added to the total.
  const rules: Record<string, number> = {};
  for (const [key, value] of Object.entries(stages)) {
    if (key.startsWith('rule:')) rules[key.slice(5)] = value;
    else timings[key] = value;
  }
  last = performance.now();
  formatJson(result);
  formatText(result);
  lap('report');
  const cpu = process.cpuUsage(cpuStart);
  const total = Object.values(timings).reduce((a, b) => a + b, 0);
  const quality = extra ? qualityOf(result.findings, extra) : null;
  process.stdout.write(
    JSON.stringify({
      stages: timings,
      rules,
      total,
      // CPU time of ingest to report (all threads, GC included): steadier than wall time on a shared machine.
      pipelineCpu: (cpu.user + cpu.system) / 1000,
      rssMb: process.resourceUsage().maxRSS / 1024,
      sourceSegments: result.source.segments.length,
      targetSegments: result.target.segments.length,
      findings: result.findings.length,
      quality,
    }) + '\n',
  );
}
