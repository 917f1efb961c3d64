/**
 * `npm run fuzz [-- --runs N --seed S --timeout MS --workers W --cli K --only ID]`
 *
 * Runs a bounded number of random and mutated article pairs through faithful and reports every
 * crash (an exit code other than 0, 1 or 2, or an internal error), hang (over the per-input time
 * limit) and invalid output (JSON that does not parse or breaks the contract; an error that is not
 * one line on stderr). Most cases run in process (`runCli` in worker threads, which the time limit
 * terminates); a sample runs through the real CLI (`bin/faithful.js`) as a child process with a
 * timeout. Inputs are generated from the seed, so `--seed S --only ID` replays a failure; failing
 * inputs are also saved (the folder is printed). Exits 1 when anything failed, 0 otherwise.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { corpusFiles, generateCase, problemsOf, Random, type FuzzCase } from './fuzz-inputs.ts';
import type { WorkerResult } from './fuzz-worker.ts';

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');

interface Options {
  runs: number;
  seed: number;
  timeout: number;
  workers: number;
  cli: number;
  only?: number;
  /** Cases a worker runs before it is replaced (bounds memory held by caches). */
  recycle: number;
}

interface Failure {
  id: number;
  kind: string;
  via: 'in-process' | 'cli';
  problems: string[];
  saved?: string;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      runs: { type: 'string' },
      seed: { type: 'string' },
      timeout: { type: 'string' },
      workers: { type: 'string' },
      cli: { type: 'string' },
      only: { type: 'string' },
    },
  });
  const int = (name: string, value: string | undefined, fallback: number, min = 0) => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer >= ${min}, got "${value}"`);
    return n;
  };
  const runs = int('runs', values.runs, 10_000, 1);
  return {
    runs,
    seed: int('seed', values.seed, Math.floor(Math.random() * 2 ** 31)),
    timeout: int('timeout', values.timeout, 10_000, 100),
    workers: int('workers', values.workers, 1, 1),
    cli: int('cli', values.cli, Math.max(3, Math.min(25, Math.ceil(runs / 400)))),
    only: values.only === undefined ? undefined : int('only', values.only, 0),
    recycle: 2_000,
  };
}

/** The ES module build of `tsx/esm/api` (its CommonJS build cannot register hooks in a worker). */
function tsxApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const exported = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api']!;
  return pathToFileURL(join(dirname(manifest), exported.import.default)).href;
}

const BOOTSTRAP = `(async () => {
  const { workerData } = require('node:worker_threads');
  const { register } = await import(workerData.tsx);
  register();
  await import(workerData.entry);
  require('node:worker_threads').parentPort.postMessage({ ready: true });
})().catch((error) => { throw error; });`;

/** A pool of worker threads with a time limit per case: a worker over the limit is terminated and replaced. */
class Pool {
  private readonly idle: Worker[] = [];
  private readonly waiting: Array<(worker: Worker) => void> = [];
  private readonly served = new Map<Worker, number>();
  private live = 0;

  constructor(
    private readonly size: number,
    private readonly scratch: string,
    private readonly options: Options,
  ) {}

  private spawn(): Promise<Worker> {
    this.live++;
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { tsx: tsxApi(), entry: new URL('./fuzz-worker.ts', import.meta.url).href, scratch: this.scratch },
      resourceLimits: { maxOldGenerationSizeMb: 2048 },
    });
    this.served.set(worker, 0);
    return new Promise((resolve, reject) => {
      worker.once('message', () => resolve(worker));
      worker.once('error', reject);
    });
  }

  private async acquire(): Promise<Worker> {
    const worker = this.idle.pop();
    if (worker) return worker;
    if (this.live < this.size) return this.spawn();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(worker: Worker): void {
    if ((this.served.get(worker) ?? 0) >= this.options.recycle) return void this.retire(worker).then(() => this.refill());
    const next = this.waiting.shift();
    if (next) next(worker);
    else this.idle.push(worker);
  }

  private async retire(worker: Worker): Promise<void> {
    this.live--;
    this.served.delete(worker);
    worker.removeAllListeners();
    await worker.terminate();
  }

  private refill(): void {
    const next = this.waiting.shift();
    if (next) void this.spawn().then(next);
  }

  /** Runs one case; a hang (no answer within the limit) or a dead worker becomes a problem. */
  async run(fuzzCase: FuzzCase): Promise<WorkerResult> {
    const worker = await this.acquire();
    this.served.set(worker, (this.served.get(worker) ?? 0) + 1);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        cleanup();
        void this.retire(worker).then(() => this.refill());
        resolve({ id: fuzzCase.id, code: null, problems: [`hang: no answer within ${this.options.timeout} ms`], ms: this.options.timeout });
      }, this.options.timeout);
      const onMessage = (result: WorkerResult) => {
        cleanup();
        this.release(worker);
        resolve(result);
      };
      const onError = (error: Error) => {
        cleanup();
        void this.retire(worker).then(() => this.refill());
        resolve({ id: fuzzCase.id, code: null, problems: [`crash: worker died: ${error.message}`], ms: 0 });
      };
      const cleanup = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(fuzzCase);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((worker) => worker.terminate()));
  }
}

/** Runs one case through the real CLI as a child process, with the time limit as its timeout. */
function runThroughCli(fuzzCase: FuzzCase, scratch: string, timeout: number): WorkerResult {
  const dir = join(scratch, `cli-${fuzzCase.id}`);
  const [source, target] = writeCase(dir, fuzzCase);
  const started = performance.now();
  const child = spawnSync(process.execPath, [join(ROOT, 'bin', 'faithful.js'), 'audit', '--source', source, '--target', target, ...fuzzCase.args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: timeout + 3_000, // the process also starts up and loads tsx
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = performance.now() - started;
  rmSync(dir, { recursive: true, force: true });
  if (child.error && (child.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
    return { id: fuzzCase.id, code: null, problems: [`hang: the CLI ran past ${timeout + 3_000} ms`], ms };
  }
  if (child.signal) return { id: fuzzCase.id, code: null, problems: [`crash: the CLI was killed by ${child.signal}`], ms };
  return { id: fuzzCase.id, code: child.status, problems: problemsOf(fuzzCase, child.status, child.stdout, child.stderr), ms };
}

function writeCase(dir: string, fuzzCase: FuzzCase): [string, string] {
  mkdirSync(dir, { recursive: true });
  const source = join(dir, fuzzCase.source.name);
  const target = join(dir, fuzzCase.target.name === fuzzCase.source.name ? `other-${fuzzCase.target.name}` : fuzzCase.target.name);
  writeFileSync(source, fuzzCase.source.bytes);
  writeFileSync(target, fuzzCase.target.bytes);
  return [source, target];
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`fuzz: ${(error as Error).message}\n`);
    return 2;
  }
  const started = performance.now();
  const corpus = corpusFiles(join(ROOT, 'corpus'));
  const random = new Random(options.seed);
  const total = options.only === undefined ? options.runs : options.only + 1;
  // Generate every case up to the last one wanted, so a case depends only on the seed and its id.
  const cases: FuzzCase[] = [];
  for (let id = 0; id < total; id++) {
    const fuzzCase = generateCase(random, id, corpus);
    if (options.only === undefined || id === options.only) cases.push(fuzzCase);
  }
  const viaCli = new Set<number>();
  if (options.only === undefined) {
    const every = Math.max(1, Math.floor(cases.length / Math.max(1, options.cli)));
    for (let i = 0; i < cases.length && viaCli.size < options.cli; i += every) viaCli.add(cases[i]!.id);
  }
  const scratch = mkdtempSync(join(tmpdir(), 'faithful-fuzz-'));
  const saved = join(tmpdir(), `faithful-fuzz-failures-${options.seed}`);
  process.stdout.write(
    `fuzz: seed ${options.seed}, ${cases.length} inputs (${cases.length - viaCli.size} in process on ${options.workers} worker${options.workers > 1 ? 's' : ''}, ${viaCli.size} through the CLI), ${options.timeout} ms limit each\n`,
  );

  const failures: Failure[] = [];
  const codes = new Map<string, number>();
  const kinds = new Map<string, number>();
  let slowest = { id: -1, ms: 0 };
  const record = (fuzzCase: FuzzCase, result: WorkerResult, via: Failure['via']) => {
    const key = result.code === null ? 'none' : String(result.code);
    codes.set(key, (codes.get(key) ?? 0) + 1);
    kinds.set(fuzzCase.kind, (kinds.get(fuzzCase.kind) ?? 0) + 1);
    if (via === 'in-process' && result.ms > slowest.ms) slowest = { id: fuzzCase.id, ms: result.ms };
    if (!result.problems.length) return;
    const dir = join(saved, `case-${fuzzCase.id}`);
    writeCase(dir, fuzzCase);
    writeFileSync(join(dir, 'args.txt'), fuzzCase.args.join(' ') + '\n');
    failures.push({ id: fuzzCase.id, kind: fuzzCase.kind, via, problems: result.problems, saved: dir });
    process.stdout.write(`  ✗ case ${fuzzCase.id} (${fuzzCase.kind}, ${via}): ${result.problems[0]}\n`);
  };

  const pool = new Pool(options.workers, scratch, options);
  let done = 0;
  const progressEvery = Math.max(1, Math.ceil(cases.length / 10));
  const inProcess = cases.filter((c) => !viaCli.has(c.id));
  let next = 0;
  const lane = async () => {
    while (next < inProcess.length) {
      const fuzzCase = inProcess[next++]!;
      record(fuzzCase, await pool.run(fuzzCase), 'in-process');
      if (++done % progressEvery === 0) process.stdout.write(`  ${done}/${cases.length} (${failures.length} failing)\n`);
    }
  };
  await Promise.all(Array.from({ length: options.workers }, lane));
  await pool.close();
  for (const fuzzCase of cases.filter((c) => viaCli.has(c.id))) {
    record(fuzzCase, runThroughCli(fuzzCase, scratch, options.timeout), 'cli');
    done++;
  }
  rmSync(scratch, { recursive: true, force: true });

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const crashes = failures.filter((f) => f.problems.some((p) => p.startsWith('crash'))).length;
  const hangs = failures.filter((f) => f.problems.some((p) => p.startsWith('hang'))).length;
  const invalid = failures.length - crashes - hangs;
  const list = (map: Map<string, number>) => [...map].sort().map(([k, n]) => `${k}: ${n}`).join(', ');
  process.stdout.write(
    [
      `fuzz: ${done} inputs in ${seconds} s (seed ${options.seed})`,
      `  exit codes  ${list(codes)}`,
      `  inputs      ${list(kinds)}`,
      `  slowest     case ${slowest.id}, ${Math.round(slowest.ms)} ms in process`,
      `  crashes ${crashes}, hangs ${hangs}, invalid output ${invalid}`,
      failures.length ? `  failing inputs saved under ${saved}; replay one with --seed ${options.seed} --only ID` : '',
    ]
      .filter(Boolean)
      .join('\n') + '\n',
  );
  return failures.length ? 1 : 0;
}

process.exitCode = await main();
