import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.ts';
import { ROOT } from '../helpers/seed.ts';

export function run(argv: string[], cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false, cwd });
  return { code, stdout, stderr };
}

/** A fresh temporary folder, optionally with files (path → content) written into it. */
export function tempDir(files: Record<string, string | Buffer> = {}, prefix = 'faithful-gate-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
