/**
 * The real set's manifest, corpus/real/pairs.tsv: where each pair's texts came from, how they were trimmed,
 * their sha256, and the split. The texts themselves are copyrighted and live in the gitignored
 * corpus/real/texts/<name>/{source,target}.txt (corpus/real/GATHERING.md).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REAL_DIR } from './annotations.ts';

export type Split = 'train' | 'heldout';
export type PairKind = 'spun' | 'garbled' | 'control';

export interface RealPair {
  name: string;
  split: Split;
  kind: PairKind;
  site: string;
  originalUrl: string;
  derivedUrl: string;
  trim: string;
  sourceSha256: string;
  targetSha256: string;
}

export const MANIFEST_COLUMNS = ['name', 'split', 'kind', 'site', 'original_url', 'derived_url', 'trim', 'source_sha256', 'target_sha256'] as const;
export const MANIFEST_PATH = join(REAL_DIR, 'pairs.tsv');

/** Rows of a tab-separated manifest read by its header line (`#` and blank lines skipped); none when it is absent. */
export function readTable(path: string): ((column: string) => string)[] {
  if (!existsSync(path)) return [];
  const [head, ...lines] = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const cols = head!.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return (column: string) => cells[cols.indexOf(column)] ?? '';
  });
}

export function readManifest(path = MANIFEST_PATH): RealPair[] {
  return readTable(path).map((get) => {
    return {
      name: get('name'),
      split: get('split') as Split,
      kind: get('kind') as PairKind,
      site: get('site'),
      originalUrl: get('original_url'),
      derivedUrl: get('derived_url'),
      trim: get('trim'),
      sourceSha256: get('source_sha256'),
      targetSha256: get('target_sha256'),
    };
  });
}

export const textPath = (name: string, side: 'source' | 'target') => join(REAL_DIR, 'texts', name, `${side}.txt`);

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export interface PairTexts {
  source: string;
  target: string;
}

/** The pair's texts when both are present and match their sha256; otherwise why not. */
export function loadTexts(pair: RealPair): PairTexts | { missing: string } {
  return loadChecked((side) => textPath(pair.name, side), pair);
}

/** Both texts of a pair from their paths, when present and matching the sha256 a manifest gives; otherwise why not. */
export function loadChecked(pathOf: (side: 'source' | 'target') => string, shas: { sourceSha256: string; targetSha256: string }): PairTexts | { missing: string } {
  const out: Partial<PairTexts> = {};
  for (const side of ['source', 'target'] as const) {
    const path = pathOf(side);
    if (!existsSync(path)) return { missing: `${side}.txt absent` };
    const text = readFileSync(path, 'utf8');
    if (sha256(text) !== (side === 'source' ? shas.sourceSha256 : shas.targetSha256)) return { missing: `${side}.txt differs from its sha256` };
    out[side] = text;
  }
  return out as PairTexts;
}

/**
 * Held-out by site, decided by the site's name alone (its sha256), never by results: a site is on one side
 * only, and about 40% of sites are held out.
 */
export function splitOf(site: string): Split {
  return parseInt(sha256(site).slice(0, 2), 16) < 0.4 * 256 ? 'heldout' : 'train';
}
