import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The compact lexicon tables (the Hunspell expansion, WordNet's, the Brown Corpus's) are built when the
 * package is packed (scripts/build-package.ts) and shipped in `lib/tables/`, so the first run after
 * `npm install` reads them instead of building them. Only the compiled package (this file as
 * `lib/lexicon/shipped-tables.js`) reads them; run from the sources, each table is built on first use
 * and cached in `node_modules/.cache/faithful/`, as before.
 */
export const SHIPPED_TABLES = import.meta.url.endsWith('.js') ? join(dirname(fileURLToPath(import.meta.url)), '..', 'tables') : null;

/** Cache paths of the tables this process asked for (the pack script copies them into `lib/tables/`). */
export const tablesAsked = new Set<string>();

/**
 * The file to read for the table cached at `cachePath`: the shipped table of the same name when the
 * package has one, else `cachePath` itself (which the caller builds and writes when it is missing).
 * File names carry a version (and the Hunspell ones the dictionary's size), so a shipped table built from
 * other data than the installed one is never read in its place.
 */
export function tableFile(cachePath: string): string {
  tablesAsked.add(cachePath);
  const shipped = SHIPPED_TABLES && join(SHIPPED_TABLES, basename(cachePath));
  return shipped && existsSync(shipped) ? shipped : cachePath;
}
