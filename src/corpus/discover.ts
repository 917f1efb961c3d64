import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface PairPaths {
  name: string;
  source: string;
  target: string;
}

const EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

/** The pair in a folder: its `source.*` and `target.*` files, or null when it is not a pair folder. */
export function pairInFolder(dir: string, name: string): PairPaths | null {
  const files = readdirSync(dir);
  const find = (stem: string) => files.find((f) => EXTENSIONS.some((ext) => f === stem + ext));
  const source = find('source');
  const target = find('target');
  return source && target ? { name, source: join(dir, source), target: join(dir, target) } : null;
}

/** Every pair folder directly under `root`, sorted by name; other folders (lexicons) are skipped. */
export function discoverPairs(root: string): PairPaths[] {
  return readdirSync(root)
    .filter((name) => statSync(join(root, name)).isDirectory())
    .sort()
    .map((name) => pairInFolder(join(root, name), name))
    .filter((pair): pair is PairPaths => pair !== null);
}
