import { createRequire } from 'node:module';

/**
 * Italian lemmas from morph-it (Baroni and Zanchetta's free morphological lexicon of Italian, CC BY-SA 2.0 /
 * LGPL), as packaged on npm by RosaeNLG: `italian-verbs-dict` (every conjugated form of 6,122 verbs) and
 * `italian-words-dict` (gender and plural of 17,470 nouns). Read from node_modules at run time, never copied
 * into the repository. FreeDict's headwords are infinitives and singulars, so an inflected verb ("chiudono",
 * "rifiata") reaches its entry through its lemma ("chiudere", "rifiatare"), which the light stemmer of
 * `italian-words.ts` cannot do.
 */

type Table = { [key: string]: string | Table };

/** The moods whose forms are finite verbs (they can be the predicate of a clause). */
const FINITE_MOODS = new Set(['ind', 'cond', 'sub', 'impr']);

let verbs: Record<string, Table> | null = null;
let words: Record<string, { G?: string; P?: string }> | null = null;
/** Inflected form → its lemma, or its lemmas when two share the form (a form of two verbs, or of a verb and a noun). */
let lemmas: Map<string, string | string[]> | null = null;
let finite: Set<string> | null = null;
let nouns: Set<string> | null = null;

function tables(): { verbs: Record<string, Table>; words: Record<string, { G?: string; P?: string }> } {
  if (!verbs || !words) {
    const require = createRequire(import.meta.url);
    verbs = require('italian-verbs-dict/dist/verbs.json') as Record<string, Table>;
    words = require('italian-words-dict/dist/words.json') as Record<string, { G?: string; P?: string }>;
  }
  return { verbs, words };
}

function add(map: Map<string, string | string[]>, form: string, lemma: string): void {
  const known = map.get(form);
  if (known === undefined) map.set(form, lemma);
  else if (typeof known === 'string') {
    if (known !== lemma) map.set(form, [known, lemma]);
  } else if (!known.includes(lemma)) known.push(lemma);
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

function lemmaTable(): Map<string, string | string[]> {
  if (lemmas) return lemmas;
  const t = tables();
  const map = new Map<string, string | string[]>();
  for (const [infinitive, moods] of Object.entries(t.verbs)) {
    forEachForm(moods, (form) => {
      if (form !== infinitive) add(map, form, infinitive);
    });
  }
  for (const [singular, entry] of Object.entries(t.words)) if (entry.P && entry.P !== singular) add(map, entry.P, singular);
  return (lemmas = map);
}

/** A word as the tables write it: lower case, accents composed ("è", not "e" and a combining grave). */
const key = (word: string) => {
  const w = word.toLowerCase();
  return /\p{M}/u.test(w) ? w.normalize('NFC') : w;
};

/** The lemmas of an Italian word form (infinitive of a verb form, singular of a plural noun); [] when it is a lemma or unknown. */
export function italianLemmas(word: string): readonly string[] {
  const found = lemmaTable().get(key(word));
  return found === undefined ? [] : typeof found === 'string' ? [found] : found;
}

/** Whether the form is a finite verb (indicative, conditional, subjunctive or imperative) of some verb. */
export function isItalianFiniteVerb(word: string): boolean {
  if (!finite) {
    const set = new Set<string>();
    for (const moods of Object.values(tables().verbs)) forEachForm(moods, (form, mood) => FINITE_MOODS.has(mood) && set.add(form));
    finite = set;
  }
  return finite.has(key(word));
}

/** Whether the form is a noun of morph-it's noun list (singular or plural). */
export function isItalianNoun(word: string): boolean {
  if (!nouns) {
    const set = new Set<string>();
    for (const [singular, entry] of Object.entries(tables().words)) {
      set.add(singular);
      if (entry.P) set.add(entry.P);
    }
    nouns = set;
  }
  return nouns.has(key(word));
}
