import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { InputError } from '../ingest/input-error.ts';
import { sameFile } from '../ingest/read-input.ts';

let sequence = 0;

/**
 * Writes through a temporary file in the same folder and a rename, so a reader never sees half a
 * report and a failed write leaves the previous file as it was. The folder is created if missing.
 * Failures are InputErrors naming the path (exit 2, one line), never a stack trace.
 */
export function writeFileAtomic(path: string, content: string): void {
  const dir = dirname(path);
  ensureDir(dir);
  const temporary = join(dir, `.${basename(path)}.${process.pid}-${threadId}-${sequence++}.tmp`);
  try {
    writeFileSync(temporary, content, { flag: 'wx' });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR' || code === 'ENOTEMPTY' || (code === 'EPERM' && isDirectory(path))) {
      throw new InputError(`${path}: cannot write the report, a folder is in the way`);
    }
    throw new InputError(`${path}: cannot write the report (${code ?? (error as Error).message})`);
  }
}

/** Creates the output folder (and its parents) if missing; refuses a path that is a file. */
export function ensureDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new InputError(`${dir}: --out must be a folder, and this is a file`);
    throw new InputError(`${dir}: cannot create the output folder (${code ?? (error as Error).message})`);
  }
  if (!statSync(dir).isDirectory()) throw new InputError(`${dir}: --out must be a folder, and this is a file`);
}

/**
 * Refuses, before anything is written, any output path that is one of the input files (same
 * real path, a symlink to it or a hard link): a report must never replace the article it audits.
 */
export function assertNotInputs(outputs: string[], inputs: string[]): void {
  for (const output of outputs) {
    const input = inputs.find((candidate) => sameFile(output, candidate));
    if (input !== undefined) throw new InputError(`${output}: is an input file (${input}); refusing to overwrite it, choose another --out`);
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
