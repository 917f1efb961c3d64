/**
 * A fuzz worker thread: writes each case's files into its own scratch folder, runs the CLI in
 * process (`runCli` with captured output) and posts back the exit code and any problems. The main
 * thread enforces the time limit by terminating a worker that does not answer.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { runCli } from '../src/cli/main.ts';
import { problemsOf, type FuzzCase } from './fuzz-inputs.ts';

export interface WorkerResult {
  id: number;
  code: number | null;
  problems: string[];
  ms: number;
}

const scratch: string = workerData.scratch;

parentPort!.on('message', (fuzzCase: FuzzCase) => {
  const dir = join(scratch, `case-${fuzzCase.id}`);
  mkdirSync(dir, { recursive: true });
  const source = join(dir, fuzzCase.source.name);
  const target = join(dir, fuzzCase.target.name === fuzzCase.source.name ? `other-${fuzzCase.target.name}` : fuzzCase.target.name);
  writeFileSync(source, fuzzCase.source.bytes);
  writeFileSync(target, fuzzCase.target.bytes);
  let stdout = '';
  let stderr = '';
  const started = performance.now();
  let code: number | null;
  let problems: string[];
  try {
    code = runCli(['audit', '--source', source, '--target', target, ...fuzzCase.args], {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      isTty: false,
      cwd: dir,
    });
    problems = problemsOf(fuzzCase, code, stdout, stderr);
  } catch (error) {
    code = null;
    problems = [`crash: runCli threw ${(error as Error).stack ?? error}`];
  }
  const ms = performance.now() - started;
  rmSync(dir, { recursive: true, force: true });
  parentPort!.postMessage({ id: fuzzCase.id, code, problems, ms } satisfies WorkerResult);
});
