import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ConfigRef } from '../types.ts';

/** A configuration file as reports name it: its path (relative to `cwd` when inside it) and the sha256 of its bytes. */
export function configRef(path: string, cwd: string): ConfigRef {
  return { path: path.startsWith(cwd + '/') ? path.slice(cwd.length + 1) : path, sha256: createHash('sha256').update(readFileSync(path)).digest('hex') };
}
