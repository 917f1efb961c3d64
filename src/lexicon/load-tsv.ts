import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shipped lexicons live in `corpus/lexicons/<name>/`, each with a SOURCE.md stating provenance. */
export const LEXICON_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus', 'lexicons');

/** Rows of a tab-separated lexicon file, comment (`#`) and blank lines skipped. */
export function loadTsv(relativePath: string): string[][] {
  const text = readFileSync(join(LEXICON_DIR, relativePath), 'utf8');
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    rows.push(line.split('\t'));
  }
  return rows;
}
