import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The lexicons the project wrote live in `corpus/lexicons/<name>/`, each with a SOURCE.md stating
 * provenance. Third-party lists are read from the data directory instead (src/data/).
 */
export const LEXICON_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus', 'lexicons');

/** Rows of a tab-separated lexicon file, comment (`#`) and blank lines skipped. */
export function loadTsv(relativePath: string): string[][] {
  return loadTsvFile(join(LEXICON_DIR, relativePath));
}

/** Rows of a tab-separated file given by its path, comment (`#`) and blank lines skipped. */
export function loadTsvFile(path: string): string[][] {
  const text = readFileSync(path, 'utf8');
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    rows.push(line.split('\t'));
  }
  return rows;
}
