/**
 * The package as a user gets it, for the start-up and batch figures: `npm pack` (whose prepack compiles
 * lib/ and builds the lexicon tables), the tarball unpacked into a temporary folder, and that folder's
 * node_modules pointed at this checkout's (the same dependency versions npm would install; no registry
 * needed). Its bin runs the compiled CLI, as after `npm install faithful-audit`. `.ci/run` does the real
 * install from the tarball into an empty project.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface InstalledPackage {
  /** The installed package's bin/faithful.js. */
  bin: string;
  files: number;
  packedBytes: number;
  unpackedBytes: number;
  dispose(): void;
}

export function installPackage(root: string): InstalledPackage {
  const dir = mkdtempSync(join(tmpdir(), 'faithful-bench-pkg-'));
  const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr.trim().split('\n').slice(-2).join(' | ')}`);
  const [info] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as { filename: string; size: number; unpackedSize: number; entryCount: number }[];
  const tarball = join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz'))!);
  const untar = spawnSync('tar', ['xzf', tarball, '-C', dir]);
  if (untar.status !== 0) throw new Error(`tar failed: ${String(untar.stderr).trim()}`);
  const pkg = join(dir, 'package');
  symlinkSync(join(root, 'node_modules'), join(pkg, 'node_modules'), 'dir');
  return {
    bin: join(pkg, 'bin', 'faithful.js'),
    files: info!.entryCount,
    packedBytes: info!.size ?? statSync(tarball).size,
    unpackedBytes: info!.unpackedSize,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
