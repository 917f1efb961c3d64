import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reader for the Aiksaurus English thesaurus: the second spinner source of the thesaurus-spinner
 * evaluation (eval/thesaurus-spinner.ts, `thesaurus: 'moby'`), the one NOT derived from WordNet.
 *
 * Provenance: Aiksaurus by Jared Davis (2001-2003, http://aiksaurus.sourceforge.net/), GPL-2+, built
 * from Grady Ward's Moby Thesaurus (public domain), as packaged by Debian (`libaiksaurus-1.2-data`,
 * version 1.2.1+dev-0.12-7 here; licence in /usr/share/doc/libaiksaurus-1.2-data/copyright). It is read
 * from the installed package at evaluation time; nothing of it is copied into this repository.
 *
 * Format of /usr/share/aiksaurus/ (read from the files; big-endian 16-bit ids throughout):
 * - `words.dat`: one record per headword, in order (the record's index is the word's id): the word in
 *   ASCII with ':' for a space (`a:cappella`, `give:up`), a NUL, then the ids of its meanings, then 0xFFFF.
 * - `meanings.dat`: one record per meaning, in order (index = meaning id): two word ids (the meaning's
 *   title, as the Aiksaurus GUI shows it: "waive / abandon"), then the sorted ids of its member words,
 *   then 0xFFFF.
 * A word's entry is the union of the members of all its meanings, as Aiksaurus lists them. Meanings
 * carry no part of speech.
 *
 * Like mythes, this is the EVALUATION'S OWN RESOURCE: nothing under src/ (the product) may read it.
 */

export const AIKSAURUS_DIR = '/usr/share/aiksaurus';
export const AIKSAURUS_PACKAGE = 'libaiksaurus-1.2-data';

export interface Aiksaurus {
  /** Headwords, ':' turned back into spaces. */
  words: string[];
  /** Per meaning: its title (two words) and its member words. */
  meanings: { title: [string, string]; members: string[] }[];
  /** Headword → ids of its meanings. */
  index: Map<string, number[]>;
}

/** Whether both data files are installed. */
export function aiksaurusAvailable(dir = AIKSAURUS_DIR): boolean {
  return existsSync(join(dir, 'words.dat')) && existsSync(join(dir, 'meanings.dat'));
}

const cache = new Map<string, Aiksaurus>();

function readIds(buf: Buffer, at: number, out: number[]): number {
  let i = at;
  while (i + 1 < buf.length) {
    const v = buf.readUInt16BE(i);
    i += 2;
    if (v === 0xffff) break;
    out.push(v);
  }
  return i;
}

/** Parses words.dat and meanings.dat (cached per directory). */
export function loadAiksaurus(dir = AIKSAURUS_DIR): Aiksaurus {
  const cached = cache.get(dir);
  if (cached) return cached;
  const wordsBuf = readFileSync(join(dir, 'words.dat'));
  const meaningsBuf = readFileSync(join(dir, 'meanings.dat'));
  const words: string[] = [];
  const index = new Map<string, number[]>();
  let i = 0;
  while (i < wordsBuf.length) {
    const nul = wordsBuf.indexOf(0, i);
    if (nul < 0) break;
    const word = wordsBuf.toString('latin1', i, nul).replace(/:/g, ' ');
    const ids: number[] = [];
    i = readIds(wordsBuf, nul + 1, ids);
    words.push(word);
    const existing = index.get(word);
    if (existing) existing.push(...ids);
    else index.set(word, ids);
  }
  const meanings: Aiksaurus['meanings'] = [];
  i = 0;
  while (i < meaningsBuf.length) {
    const ids: number[] = [];
    i = readIds(meaningsBuf, i, ids);
    if (ids.length < 2) continue;
    meanings.push({ title: [words[ids[0]!] ?? '', words[ids[1]!] ?? ''], members: ids.slice(2).map((id) => words[id] ?? '').filter(Boolean) });
  }
  const result = { words, meanings, index };
  cache.set(dir, result);
  return result;
}

/** The Aiksaurus entry of `word` (case as stored; most headwords are lower case): the members of all its meanings, deduplicated, in file order, without the word itself. */
export function aiksaurusEntry(word: string, thesaurus: Aiksaurus = loadAiksaurus()): string[] {
  const seen = new Set<string>();
  for (const id of thesaurus.index.get(word) ?? []) {
    for (const member of thesaurus.meanings[id]?.members ?? []) if (member !== word) seen.add(member);
  }
  return [...seen];
}
