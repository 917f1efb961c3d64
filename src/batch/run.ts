import { availableParallelism, loadavg } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { loadPlugin } from '../config/load.ts';
import type { PairPaths } from '../corpus/discover.ts';
import { safeReportName } from '../report/safe-name.ts';
import { ensureDir, writeFileAtomic } from '../report/write-atomic.ts';
import { builtinRules } from '../rules/index.ts';
import type { Format } from '../cli/args.ts';
import type { RunSettings } from '../cli/settings.ts';
import { mergeJunit } from '../report/junit.ts';
import { formatBatchHtml, formatBatchMarkdown, formatBatchTerminal } from './index-page.ts';
import { forgetKeptAudits, relativeTo, runPairJob, type JobSetup, type PairJob, type PairOutcome } from './job.ts';
import { carrySwaps } from './second-pass.ts';

/** Where the batch writes its terminal summary and progress (the CLI passes its own io; it fits). */
export interface BatchIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress bar). Default: false. */
  isStderrTty?: boolean;
  /** Folder the report paths are shown relative to. */
  cwd: string;
}

export interface BatchOptions {
  settings: RunSettings;
  formats: Format[];
  /** Absolute output folder. */
  out: string;
  /** Threads (this one and workers); default: the idle CPUs, at most one per pair. 1 runs in this thread only. */
  jobs?: number;
  color: boolean;
  io: BatchIo;
}

/** How long the main thread waits for a worker to start (load TypeScript and the pipeline). */
const READY_TIMEOUT_MS = 30_000;
/** Pairs a worker holds at once (the one it audits and the next). */
const IN_FLIGHT = 2;
/** How long one pair may take before its worker is given up on. */
const PAIR_TIMEOUT_MS = 300_000;

/**
 * Audits many pairs, in worker threads and this one when there are several, writes one report per
 * pair and format plus `index.html` and `summary.md`, and returns the exit code: 1 when any pair fails
 * the gate; otherwise 2 when any pair could not be read (it is listed, the others still run); else 0.
 */
export function runBatch(pairs: PairPaths[], options: BatchOptions): number {
  const { io } = options;
  const started = performance.now();
  ensureDir(options.out);
  const jobs = uniqueNames(pairs).map((p, index) => ({ index, ...p }));
  const setup: JobSetup = { settings: options.settings, formats: options.formats, out: options.out, cwd: io.cwd };
  const threads = Math.max(1, Math.min(options.jobs ?? idleCpus(), jobs.length));
  const progress = progressBar(io, jobs.length);
  const pool = threads > 1 ? startPool(setup, threads) : null;
  let ran: Ran;
  let carried: ReturnType<typeof carrySwaps>;
  try {
    ran = pool ? pool.run(jobs, progress) : { outcomes: runHere(jobs, setup, progress), threads: 1, problem: undefined };
    progress.done();
    if (ran.problem) io.stderr(`faithful: no worker thread could help (${ran.problem}); the pairs were audited in the main thread\n`);
    ran.outcomes.sort((a, b) => a.index - b.index);
    // Second pass: each site's substitution map, learned from all its pairs, carried to its other articles (docs/batch-spinning.md).
    const quiet = { tick() {}, done() {} };
    carried = carrySwaps(jobs, ran.outcomes, (again) => (pool ? pool.run(again, quiet).outcomes : runHere(again, setup, quiet)), options.settings);
  } finally {
    pool?.close();
    forgetKeptAudits();
  }
  const outcomes = ran.outcomes;
  const seconds = (performance.now() - started) / 1000;

  for (const o of outcomes) if (o.error) io.stderr(`faithful: ${o.name}: ${o.error.kind === 'internal' ? 'internal error: ' : ''}${o.error.message}\n`);
  const display = { ...options, outcomes, cwd: io.cwd, seconds, threads: ran.threads, threadsNote: threadsNote(options.jobs, jobs.length, ran.threads), config: options.settings.config };
  writeFileAtomic(`${options.out}/index.html`, formatBatchHtml(display));
  writeFileAtomic(`${options.out}/summary.md`, formatBatchMarkdown(display));
  const extra: string[] = [];
  if (options.formats.includes('junit')) {
    // CI dashboards read one file: every pair's suite, and an error case per unreadable pair.
    const suites = outcomes.map((o) => (o.files.junit ? { name: o.name, xml: readFileSync(join(options.out, o.files.junit), 'utf8') } : { name: o.name, error: o.error?.message }));
    writeFileAtomic(`${options.out}/junit.xml`, mergeJunit(suites));
    extra.push('junit.xml');
  }
  io.stdout(formatBatchTerminal(display));
  if (carried.swaps) {
    io.stdout(`substitution map: ${carried.swaps} spun swap${carried.swaps === 1 ? '' : 's'} confirmed in ${carried.teachers} pair${carried.teachers === 1 ? '' : 's'}; ${carried.again} other pair${carried.again === 1 ? '' : 's'} audited again with it\n`);
  }
  io.stdout(`reports written to ${relativeTo(io.cwd, options.out)}/ (index.html, summary.md${extra.map((e) => ', ' + e).join('')})\n`);
  const inactive = [...new Set(outcomes.flatMap((o) => o.summary?.inactive ?? []).map((i) => i.rule))];
  if (inactive.length) io.stdout(`not run: ${inactive.join(', ')} (their lists are not in the data directory; each report says why; faithful data install)\n`);
  if (outcomes.some((o) => o.summary && !o.summary.pass)) return 1;
  if (outcomes.some((o) => o.error)) return 2;
  return 0;
}

/**
 * Why a run used fewer threads than `--jobs` asked for, or undefined: one thread per pair at most, and a
 * worker still starting (loading the pipeline) when this thread had audited every pair.
 */
function threadsNote(requested: number | undefined, pairs: number, used: number): string | undefined {
  if (requested === undefined || used >= requested) return undefined;
  if (pairs < requested && used >= pairs) return `--jobs ${requested}: one thread per pair at most`;
  const others = Math.min(requested, pairs) - used;
  return `--jobs ${requested}: every pair was done before the other thread${others === 1 ? '' : 's'} had started (a worker thread takes a second or two to load)`;
}

/**
 * The default number of threads: the CPUs not already busy (CPU count minus the one-minute load
 * average, at least 1), as `make -l` does. On a saturated machine a second thread only competes with
 * the first (measured: 50 pairs took 8 s on two threads against 6 s on one at load 9 on 2 CPUs).
 */
function idleCpus(): number {
  const cpus = availableParallelism();
  return Math.max(1, Math.min(cpus, Math.round(cpus - loadavg()[0]!)));
}

function runHere(jobs: PairJob[], setup: JobSetup, progress: Progress): PairOutcome[] {
  const { plugins, rules } = prepareHere(setup);
  return jobs.map((job) => {
    const outcome = runPairJob(job, setup, plugins, rules);
    progress.tick(job.name);
    return outcome;
  });
}

interface Slot {
  worker: Worker;
  port: MessagePort;
  ready: boolean;
  dead: boolean;
  /** Pairs sent and not answered, in order: the first is being audited, the next waits in the worker. */
  jobs: PairJob[];
  /** When the first of `jobs` started. */
  since: number;
}

interface Ran {
  outcomes: PairOutcome[];
  threads: number;
  problem?: string;
}

interface Pool {
  run(jobs: PairJob[], progress: Progress): Ran;
  close(): void;
}

/**
 * `threads - 1` worker threads, and this thread too, for the passes of one batch: the second pass
 * (the substitution map) reuses the first pass's threads, whose pipeline, lexicons and caches are
 * warm, instead of starting new ones. Workers post results on their ports and bump a shared counter;
 * between two pairs of its own this thread reads the ports with receiveMessageOnPort and hands each
 * idle worker the next pair; when no pair is left to take it sleeps on the counter (Atomics.wait). So
 * `runCli` stays synchronous, a small batch finishes before workers have even started (they are then
 * dropped), and a worker that cannot start costs nothing.
 */
function startPool(setup: JobSetup, threads: number): Pool {
  // Word 0 counts messages; word 1 + i is set when worker i's thread ends (so a crash is seen at once).
  const counter = new SharedArrayBuffer(4 * threads);
  const signal = new Int32Array(counter);
  const bootstrap = workerBootstrap();
  const slots: Slot[] = [];
  for (let i = 0; i < threads - 1; i++) {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(bootstrap, { eval: true, workerData: { port: port2, counter, setup, slot: i }, transferList: [port2] });
    worker.on('error', () => {}); // a worker that dies is noticed by its silence and its pair reported
    worker.unref();
    slots.push({ worker, port: port1, ready: false, dead: false, jobs: [], since: performance.now() });
  }
  const startedAt = performance.now();
  let here: { plugins: ReturnType<typeof loadPlugin>; rules: ReturnType<typeof ruleMetasOf> } | undefined;

  const run = (jobs: PairJob[], progress: Progress): Ran => {
    // A second-pass pair goes to the thread that kept its first audit (slot index, -1: this thread), any other to whoever is free.
    const shared: PairJob[] = [];
    const owned = new Map<number, PairJob[]>();
    for (const job of jobs) {
      const owner = job.keptBy;
      if (owner === undefined || (owner >= 0 && (!slots[owner] || slots[owner]!.dead))) shared.push(job);
      else owned.set(owner, [...(owned.get(owner) ?? []), job]);
    }
    const take = (owner: number) => owned.get(owner)?.shift() ?? shared.shift();
    const outcomes: PairOutcome[] = [];
    const fail = (job: PairJob, message: string) =>
      outcomes.push({ index: job.index, name: job.name, source: job.source, target: job.target, files: {}, error: { kind: 'internal', message }, ms: 0 });
    // Each worker holds the pair it audits and the next one: this thread reads the ports only between
    // audits of its own, and a worker with nothing queued would wait for it (measured: up to half its time).
    const assign = (slot: Slot, i: number) => {
      if (!slot.jobs.length) slot.since = performance.now();
      while (slot.jobs.length < IN_FLIGHT) {
        const job = take(i);
        if (!job) break;
        slot.jobs.push(job);
        slot.port.postMessage(job);
      }
    };
    /** A worker that stopped or was given up on: its first pair fails, the ones it had not started go back to the queue. */
    const drop = (slot: Slot, message: string) => {
      const [current, ...waiting] = slot.jobs;
      if (current) fail(current, message);
      shared.unshift(...waiting);
      slot.jobs = [];
    };
    let problem: string | undefined;
    let helped = 0;
    // Workers already up from an earlier pass are idle: give each a pair at once.
    for (const [i, slot] of slots.entries()) if (slot.ready && !slot.dead) assign(slot, i);
    while (outcomes.length < jobs.length) {
      const seen = Atomics.load(signal, 0);
      for (const [i, slot] of slots.entries()) {
        for (let m = receiveMessageOnPort(slot.port); m; m = receiveMessageOnPort(slot.port)) {
          const message = m.message as { ready?: true; fatal?: string; outcome?: PairOutcome };
          if (message.ready) {
            slot.ready = true;
            assign(slot, i);
          } else if (message.fatal !== undefined) {
            slot.dead = true;
            problem = message.fatal;
          } else if (message.outcome) {
            outcomes.push(message.outcome);
            const done = message.outcome.index;
            slot.jobs = slot.jobs.filter((j) => j.index !== done);
            slot.since = performance.now();
            helped++;
            progress.tick(message.outcome.name);
            assign(slot, i);
          }
        }
      }
      const now = performance.now();
      for (const [i, slot] of slots.entries()) {
        if (slot.dead) continue;
        if (Atomics.load(signal, 1 + i)) {
          slot.dead = true;
          problem ??= 'a worker stopped';
          drop(slot, 'the worker thread auditing this pair stopped unexpectedly');
          continue;
        }
        const stuck = slot.jobs.length > 0 && now - slot.since > PAIR_TIMEOUT_MS;
        const neverReady = !slot.ready && now - startedAt > READY_TIMEOUT_MS;
        if (stuck || neverReady) {
          if (neverReady) problem = `no answer within ${READY_TIMEOUT_MS / 1000} s`;
          slot.dead = true;
          void slot.worker.terminate();
          drop(slot, `gave up after ${PAIR_TIMEOUT_MS / 1000} s`);
        }
      }
      if (outcomes.length >= jobs.length) break;
      // A dead thread's pairs (kept audits lost with it) are anyone's, audited afresh.
      for (const [i, slot] of slots.entries()) {
        if (!slot.dead || !owned.get(i)?.length) continue;
        shared.push(...owned.get(i)!.splice(0));
        for (const [j, other] of slots.entries()) if (other.ready && !other.dead) assign(other, j);
      }
      const job = take(-1);
      if (job) {
        here ??= prepareHere(setup);
        outcomes.push(runPairJob(job, setup, here.plugins, here.rules, -1));
        progress.tick(job.name);
        continue;
      }
      Atomics.wait(signal, 0, seen, 1000);
    }
    const used = slots.filter((s) => s.ready).length;
    return { outcomes, threads: 1 + used, problem: helped === 0 && slots.every((s) => s.dead) ? problem : undefined };
  };

  const close = () => {
    for (const slot of slots) {
      slot.port.close();
      void slot.worker.terminate();
    }
  };
  return { run, close };
}

function prepareHere(setup: JobSetup) {
  const plugins = setup.settings.pluginPaths.flatMap((path, i) => loadPlugin(path, `plugins[${i}]`));
  return { plugins, rules: ruleMetasOf(plugins) };
}

function ruleMetasOf(plugins: ReturnType<typeof loadPlugin>) {
  return [...builtinRules, ...plugins].map((r) => r.meta);
}

/**
 * The worker's entry. The compiled package (this file as lib/batch/run.js, or inside lib/cli.bundle.js)
 * starts the worker from the CLI bundle when there is one, else imports lib/batch/worker.js; run from
 * the sources, it registers tsx first (resolved from this package) and imports `worker.ts`. A worker
 * that cannot start says so on its port instead of staying silent.
 */
function workerBootstrap(): string {
  const compiled = import.meta.url.endsWith('.js');
  const bundle = new URL('../cli.bundle.js', import.meta.url);
  if (compiled && existsSync(bundle)) return workerCode(`(await import(${JSON.stringify(bundle.href)})).startBatchWorker();`);
  const entry = new URL(compiled ? './worker.js' : './worker.ts', import.meta.url).href;
  return workerCode(`${compiled ? '' : `(await import(${JSON.stringify(tsxApi())})).register();`}
  await import(${JSON.stringify(entry)});`);
}

/** A worker thread's code around `start` (which loads the pipeline and starts the worker). */
function workerCode(start: string): string {
  return `const { workerData } = require('node:worker_threads');
process.on('exit', () => {
  const signal = new Int32Array(workerData.counter);
  Atomics.store(signal, 1 + workerData.slot, 1);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});
(async () => {
  ${start}
})().catch((error) => {
  workerData.port.postMessage({ fatal: String(error && error.message || error) });
  const signal = new Int32Array(workerData.counter);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
});`;
}

/** The ES module build of `tsx/esm/api`, resolved from this package (its CommonJS build cannot register in a worker). */
function tsxApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const exported = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api']!;
  return pathToFileURL(join(dirname(manifest), exported.import.default)).href;
}

/** Pair names made safe (no path can leave --out) and unique (`name`, `name-2`, …). */
function uniqueNames(pairs: PairPaths[]): PairPaths[] {
  const used = new Set<string>(['index', 'summary', 'junit']); // the batch's own files: index.html, summary.md, junit.xml
  return pairs.map((pair) => {
    const base = safeReportName(pair.name);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    used.add(name.toLowerCase());
    return { ...pair, name };
  });
}

interface Progress {
  tick(name: string): void;
  done(): void;
}

/** A one-line progress bar on stderr when it is a terminal; silent otherwise. */
function progressBar(io: BatchIo, total: number): Progress {
  if (!io.isStderrTty) return { tick() {}, done() {} };
  let count = 0;
  const width = 30;
  const draw = (name: string) => {
    const filled = Math.round((count / total) * width);
    io.stderr(`\r\u001b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${count}/${total} ${name.slice(0, 40)}`);
  };
  draw('');
  return {
    tick(name) {
      count++;
      draw(name);
    },
    done() {
      io.stderr('\r\u001b[K');
    },
  };
}
