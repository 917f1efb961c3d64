/**
 * The real set's annotation files (corpus/real/GATHERING.md): one TSV per pair, one row per changed phrase
 * of the derived text, with the editor's label. Offsets are JavaScript string indices into the pair's
 * target.txt / source.txt, end exclusive; -1 where a side has no span.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REAL_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus', 'real');

export type Label = 'reject' | 'doubtful' | 'accept' | 'other' | '';
export const LABELS: readonly Label[] = ['reject', 'doubtful', 'accept', 'other'];

export interface Annotation {
  start: number;
  end: number;
  sstart: number;
  send: number;
  target: string;
  source: string;
  label: Label;
  note: string;
}

export const ANNOTATION_COLUMNS = ['start', 'end', 'sstart', 'send', 'target', 'source', 'label', 'note'] as const;

const clean = (cell: string) => cell.replace(/[\t\r\n]+/g, ' ');

export function formatAnnotations(rows: Annotation[]): string {
  const lines = rows.map((r) => ANNOTATION_COLUMNS.map((c) => clean(String(r[c]))).join('\t'));
  return [ANNOTATION_COLUMNS.join('\t'), ...lines].join('\n') + '\n';
}

/** Reads an annotation file by its header (columns may be in any order); throws on an unknown label. */
export function readAnnotations(path: string): Annotation[] {
  const [head, ...lines] = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const cols = head!.split('\t').map((c) => c.trim());
  const at = (name: string) => {
    const i = cols.indexOf(name);
    if (i < 0) throw new Error(`${path}: no column ${name}`);
    return i;
  };
  const idx = Object.fromEntries(ANNOTATION_COLUMNS.map((c) => [c, at(c)])) as Record<(typeof ANNOTATION_COLUMNS)[number], number>;
  return lines.map((line, n) => {
    const cells = line.split('\t');
    const label = (cells[idx.label] ?? '').trim().toLowerCase() as Label;
    if (label !== '' && !LABELS.includes(label)) throw new Error(`${path}:${n + 2}: unknown label "${label}"`);
    return {
      start: Number(cells[idx.start]),
      end: Number(cells[idx.end]),
      sstart: Number(cells[idx.sstart]),
      send: Number(cells[idx.send]),
      target: cells[idx.target] ?? '',
      source: cells[idx.source] ?? '',
      label,
      note: cells[idx.note] ?? '',
    };
  });
}
