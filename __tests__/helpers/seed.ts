import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentInput } from '../../src/types.ts';

export const ROOT = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
export const SEED_DIR = join(ROOT, 'corpus', 'bloomberg-italy-isf-gaza');
export const SEED_SOURCE = join(SEED_DIR, 'source.txt');
export const SEED_TARGET = join(SEED_DIR, 'target.txt');

export function seedPair(): { source: DocumentInput; target: DocumentInput } {
  return {
    source: { path: 'source.txt', text: readFileSync(SEED_SOURCE, 'utf8') },
    target: { path: 'target.txt', text: readFileSync(SEED_TARGET, 'utf8') },
  };
}

export function doc(text: string, path = 'inline.txt'): DocumentInput {
  return { path, text };
}
