import { readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { InputError } from '../ingest/input-error.ts';
import type { PairPaths } from '../corpus/discover.ts';
import { parseCsv } from '../text/csv.ts';

interface Entry {
  name?: string;
  source: string;
  target: string;
  site?: string;
}

/**
 * Reads a manifest of pairs: JSON (an array of `{name?, source, target}`, or `{"pairs": [...]}`) or
 * CSV with a header row naming `source` and `target` columns (and optionally `name` and `site`, the
 * spinner site whose articles share a substitution map: docs/batch-spinning.md). Paths are
 * relative to the manifest's folder. A malformed manifest is an InputError naming the entry.
 * Names are not trusted: the batch turns them into safe file names inside --out.
 */
export function readManifest(path: string, label = path): PairPaths[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${label}: ${code === 'ENOENT' ? 'no such manifest' : `cannot read (${code ?? 'unknown error'})`}`);
  }
  const entries = extname(path).toLowerCase() === '.csv' ? parseCsvManifest(raw, label) : parseJsonManifest(raw, label);
  if (!entries.length) throw new InputError(`${label}: the manifest lists no pairs`);
  const dir = dirname(path);
  return entries.map((e) => ({
    name: e.name?.trim() || basename(dirname(resolve(dir, e.target))) + '-' + basename(e.target, extname(e.target)),
    source: resolve(dir, e.source),
    target: resolve(dir, e.target),
    ...(e.site?.trim() ? { site: e.site.trim() } : {}),
  }));
}

function parseJsonManifest(raw: string, label: string): Entry[] {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new InputError(`${label}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const list = Array.isArray(data) ? data : (data as { pairs?: unknown })?.pairs;
  if (!Array.isArray(list)) throw new InputError(`${label}: expected an array of {name, source, target} or {"pairs": [...]}`);
  return list.map((item, i) => {
    const key = Array.isArray(data) ? `[${i}]` : `pairs[${i}]`;
    if (!item || typeof item !== 'object') throw new InputError(`${label}: ${key}: must be an object with source and target`);
    const e = item as Record<string, unknown>;
    for (const field of ['source', 'target'] as const) {
      if (typeof e[field] !== 'string' || !(e[field] as string).trim()) throw new InputError(`${label}: ${key}.${field}: must be a non-empty string`);
    }
    if (e.name !== undefined && typeof e.name !== 'string') throw new InputError(`${label}: ${key}.name: must be a string`);
    if (e.site !== undefined && typeof e.site !== 'string') throw new InputError(`${label}: ${key}.site: must be a string`);
    return { name: e.name as string | undefined, source: e.source as string, target: e.target as string, site: e.site as string | undefined };
  });
}

function parseCsvManifest(raw: string, label: string): Entry[] {
  const rows = parseCsv(raw.replace(/^\ufeff/, '')).filter((row) => row.some((cell) => cell.trim()));
  const header = (rows.shift() ?? []).map((h) => h.trim().toLowerCase());
  const at = (name: string) => header.indexOf(name);
  if (at('source') < 0 || at('target') < 0) throw new InputError(`${label}: the CSV header must name "source" and "target" columns (and optionally "name")`);
  return rows.map((row, i) => {
    const source = row[at('source')]?.trim();
    const target = row[at('target')]?.trim();
    if (!source || !target) throw new InputError(`${label}: row ${i + 2}: source and target are required`);
    return { name: at('name') >= 0 ? row[at('name')]?.trim() : undefined, source, target, site: at('site') >= 0 ? row[at('site')]?.trim() : undefined };
  });
}
