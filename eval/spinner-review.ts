import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A human reviewer's verdict on every gold swap of the thesaurus-spinner pairs (spinnerPairs() in
 * ./thesaurus-spinner.ts): `accept` when the substitute is one a desk editor would let stand in that
 * sentence, `reject` when they would change it back. Made without seeing any detector output; see
 * corpus/spinner-review/README.md. Offsets depend on the spinner's seeds and the fixture texts, so the
 * file is regenerated only when those change (__tests__/eval/spinner-review.test.ts catches drift).
 */

export type ReviewLabel = 'accept' | 'reject';

export interface ReviewRow {
  /** Pair name, as SpinnerPair.name (`<folder>/<text>#seed<n>`). */
  pair: string;
  /** Start offset of the swap's target span in the spun text. */
  targetStart: number;
  /** The original word. */
  source: string;
  /** The word the spinner put in. */
  target: string;
  label: ReviewLabel;
}

export const SPINNER_REVIEW_PATH = join(import.meta.dirname, '..', 'corpus', 'spinner-review', 'labels.tsv');

const HEADER = 'pair\ttargetStart\tsource\ttarget\tlabel';

/** The rows of labels.tsv, in file order. Throws on a malformed header, line, offset or label. */
export function reviewRows(path = SPINNER_REVIEW_PATH): ReviewRow[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  if (lines[0] !== HEADER) throw new Error(`${path}: expected header "${HEADER}"`);
  const rows: ReviewRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const cells = line.split('\t');
    const [pair, start, source, target, label] = cells;
    if (cells.length !== 5 || !pair || !source || !target || !/^\d+$/.test(start ?? '') || (label !== 'accept' && label !== 'reject')) {
      throw new Error(`${path}:${i + 1}: malformed line ${JSON.stringify(line)}`);
    }
    rows.push({ pair, targetStart: Number(start), source, target, label });
  }
  return rows;
}

/** Review labels keyed by `${pair}\t${targetStart}`. Throws on a duplicate key. */
export function reviewLabels(path = SPINNER_REVIEW_PATH): Map<string, ReviewLabel> {
  const map = new Map<string, ReviewLabel>();
  for (const row of reviewRows(path)) {
    const key = `${row.pair}\t${row.targetStart}`;
    if (map.has(key)) throw new Error(`${path}: duplicate label for ${JSON.stringify(key)}`);
    map.set(key, row.label);
  }
  return map;
}
