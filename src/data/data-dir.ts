import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_LISTS, type DataList } from './lists.ts';

/** The package root (this file is src/data/data-dir.ts). */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where a checkout finds the team's data by default: `../shared/data` beside the package root. */
export const DEFAULT_DATA_DIR = join(PACKAGE_ROOT, '..', 'shared', 'data');

/** A rule that did not run, and why (JSON `summary.inactive`). */
export interface InactiveRule {
  rule: string;
  reason: string;
}

/**
 * The data directory of third-party lists: the `FAITHFUL_DATA` environment variable, else `configured`
 * (the configuration's `data` key, already absolute), else `../shared/data` beside the package root when
 * it exists; null when there is none.
 */
export function resolveDataDir(configured?: string | null): string | null {
  const fromEnv = process.env.FAITHFUL_DATA;
  if (fromEnv) return resolve(fromEnv);
  if (configured) return resolve(configured);
  return existsSync(DEFAULT_DATA_DIR) ? DEFAULT_DATA_DIR : null;
}

/** The file of `list` in `dir`, or null when the directory or the file is missing. */
export function dataFile(dir: string | null | undefined, list: DataList): string | null {
  if (!dir) return null;
  const path = join(dir, list.name, list.file);
  return existsSync(path) && statSync(path).isFile() ? path : null;
}

/** The file of the list named `name` in `dir`; throws when it is missing (callers check `inactiveRules` first). */
export function requireDataFile(dir: string | null | undefined, name: string): string {
  const list = DATA_LISTS.find((l) => l.name === name);
  const path = list ? dataFile(dir, list) : null;
  if (!path) throw new Error(`data list ${name} is not in the data directory (${dir ?? 'none'})`);
  return path;
}

/** The rules among `ruleIds` whose list is missing from `dir`, with a reason a reader can act on. */
export function inactiveRules(dir: string | null, ruleIds: Iterable<string>): InactiveRule[] {
  const ids = new Set(ruleIds);
  const inactive: InactiveRule[] = [];
  for (const list of DATA_LISTS) {
    if (!ids.has(list.rule) || dataFile(dir, list)) continue;
    const where = dir ? `not in the data directory ${dir}` : 'no data directory (FAITHFUL_DATA, the configuration\'s "data" key, or ../shared/data)';
    inactive.push({ rule: list.rule, reason: `needs the ${list.name} list (${list.name}/${list.file}): ${where}; run "faithful data install"` });
  }
  return inactive;
}
