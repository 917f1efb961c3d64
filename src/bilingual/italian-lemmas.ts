import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SortedTable } from '../lexicon/sorted-table.ts';
import { tableFile } from '../lexicon/shipped-tables.ts';
import { writeAtomic } from '../lexicon/wordnet.ts';

/**
 * Italian lemmas from morph-it (Baroni and Zanchetta's free morphological lexicon of Italian, CC BY-SA 2.0 /
 * LGPL), as packaged on npm by RosaeNLG: `italian-verbs-dict` (every conjugated form of 6,122 verbs) and
 * `italian-words-dict` (gender and plural of 17,470 nouns). Read from node_modules at run time, never copied
 * into the repository. FreeDict's headwords are infinitives and singulars, so an inflected verb ("chiudono",
 * "rifiata") reaches its entry through its lemma ("chiudere", "rifiatare"), which the light stemmer of
 * `italian-words.ts` cannot do.
 *
 * Parsing the 6.9 MB verb table and inverting it cost a bilingual audit about 0.5 s, so what the lookups
 * need (form → lemmas, finite verb, noun) is written once per installation as one sorted table in
 * `node_modules/.cache/faithful/` (shipped in `lib/tables/` by the pack script, like the Hunspell and WordNet
 * tables), and later processes look forms up in its bytes by binary search. The file name carries both
 * packages' sizes, so another morph-it is never read in the place of the installed one.
 */

type Table = { [key: string]: string | Table };

/** The moods whose forms are finite verbs (they can be the predicate of a clause). */
const FINITE_MOODS = new Set(['ind', 'cond', 'sub', 'impr']);

const CACHE_VERSION = 1;

function add(map: Map<string, string[]>, form: string, lemma: string): void {
  const known = map.get(form);
  if (known === undefined) map.set(form, [lemma]);
  else if (!known.includes(lemma)) known.push(lemma);
}

/** Every string of a conjugation table, with the mood it sits under. */
function forEachForm(table: Table, visit: (form: string, mood: string) => void): void {
  for (const [mood, node] of Object.entries(table)) {
    const stack: Array<string | Table> = [node];
    while (stack.length) {
      const next = stack.pop()!;
      if (typeof next === 'string') visit(next, mood);
      else for (const v of Object.values(next)) stack.push(v);
    }
  }
}

/**
 * The lookup table, from the packages' JSON: one line per form, `form \t F N lemmas`, where F is 1 for a
 * finite verb form, N 1 for a noun (singular or plural), and lemmas the form's infinitives and singulars,
 * comma-separated, in the order the JSON lists them (empty when the form is a lemma only).
 */
export function buildLemmaTable(verbs: Record<string, Table>, words: Record<string, { G?: string; P?: string }>): string {
  const lemmas = new Map<string, string[]>();
  const finite = new Set<string>();
  const nouns = new Set<string>();
  for (const [infinitive, moods] of Object.entries(verbs)) {
    forEachForm(moods, (form, mood) => {
      if (form !== infinitive) add(lemmas, form, infinitive);
      if (FINITE_MOODS.has(mood)) finite.add(form);
    });
  }
  for (const [singular, entry] of Object.entries(words)) {
    if (entry.P && entry.P !== singular) add(lemmas, entry.P, singular);
    nouns.add(singular);
    if (entry.P) nouns.add(entry.P);
  }
  const forms = [...new Set([...lemmas.keys(), ...finite, ...nouns])];
  // Code unit order: the order SortedTable's byte comparison expects for words.
  forms.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rows: string[] = [];
  for (const form of forms) {
    // A form with a tab, a line break or a comma could not be written; morph-it has none.
    if (/[\t\n,]/u.test(form)) continue;
    rows.push(`${form}\t${finite.has(form) ? 1 : 0}${nouns.has(form) ? 1 : 0}${(lemmas.get(form) ?? []).join(',')}`);
  }
  return rows.join('\n') + '\n';
}

let table: SortedTable | null = null;

function lemmaTable(): SortedTable {
  if (table) return table;
  const require = createRequire(import.meta.url);
  const verbsPath = require.resolve('italian-verbs-dict/dist/verbs.json');
  const wordsPath = require.resolve('italian-words-dict/dist/words.json');
  const dir = join(dirname(dirname(dirname(verbsPath))), '.cache', 'faithful');
  const file = tableFile(join(dir, `morph-it-${CACHE_VERSION}-${statSync(verbsPath).size}-${statSync(wordsPath).size}.tsv`));
  if (existsSync(file) && statSync(file).size > 0) return (table = new SortedTable(readFileSync(file)));
  const text = buildLemmaTable(require(verbsPath) as Record<string, Table>, require(wordsPath) as Record<string, { G?: string; P?: string }>);
  try {
    mkdirSync(dir, { recursive: true });
    writeAtomic(file, text);
  } catch {
    // A read-only installation builds the table in every process.
  }
  return (table = new SortedTable(text));
}

/** A word as the tables write it: lower case, accents composed ("è", not "e" and a combining grave). */
const key = (word: string) => {
  const w = word.toLowerCase();
  return /\p{M}/u.test(w) ? w.normalize('NFC') : w;
};

interface Entry {
  lemmas: readonly string[];
  finite: boolean;
  noun: boolean;
}

const NONE: Entry = { lemmas: [], finite: false, noun: false };
/** Forms already looked up (a document repeats its words); bounded for long-lived processes. */
const seen = new Map<string, Entry>();

function entry(word: string): Entry {
  const k = key(word);
  let found = seen.get(k);
  if (found === undefined) {
    const line = lemmaTable().get(k);
    found = line === undefined ? NONE : { finite: line[0] === '1', noun: line[1] === '1', lemmas: line.length > 2 ? line.slice(2).split(',') : [] };
    if (seen.size >= 100_000) seen.clear();
    seen.set(k, found);
  }
  return found;
}

/** The lemmas of an Italian word form (infinitive of a verb form, singular of a plural noun); [] when it is a lemma or unknown. */
export function italianLemmas(word: string): readonly string[] {
  return entry(word).lemmas;
}

/** Whether the form is a finite verb (indicative, conditional, subjunctive or imperative) of some verb. */
export function isItalianFiniteVerb(word: string): boolean {
  return entry(word).finite;
}

/** Whether the form is a noun of morph-it's noun list (singular or plural). */
export function isItalianNoun(word: string): boolean {
  return entry(word).noun;
}
