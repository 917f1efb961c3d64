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

interface Lemmas {
  /** Inflected form → its lemmas (a form may belong to two verbs, or to a verb and a noun). */
  lemmas: Map<string, string[]>;
  /** Forms that are a finite verb in some reading. */
  finite: Set<string>;
  /** Forms that are a noun (singular or plural) in some reading. */
  nouns: Set<string>;
}

let loaded: Lemmas | null = null;

function add(map: Map<string, string[]>, form: string, lemma: string): void {
  const list = map.get(form);
  if (!list) map.set(form, [lemma]);
  else if (!list.includes(lemma)) list.push(lemma);
}

function load(): Lemmas {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const verbs = require('italian-verbs-dict/dist/verbs.json') as Record<string, Table>;
  const words = require('italian-words-dict/dist/words.json') as Record<string, { G?: string; P?: string }>;
  const out: Lemmas = { lemmas: new Map(), finite: new Set(), nouns: new Set() };
  for (const [infinitive, moods] of Object.entries(verbs)) {
    for (const [mood, table] of Object.entries(moods)) {
      const stack: Array<string | Table> = [table];
      while (stack.length) {
        const node = stack.pop()!;
        if (typeof node === 'string') {
          const form = node.toLowerCase();
          if (form !== infinitive) add(out.lemmas, form, infinitive);
          if (FINITE_MOODS.has(mood)) out.finite.add(form);
        } else stack.push(...Object.values(node));
      }
    }
  }
  for (const [singular, entry] of Object.entries(words)) {
    const s = singular.toLowerCase();
    out.nouns.add(s);
    if (entry.P) {
      const plural = entry.P.toLowerCase();
      out.nouns.add(plural);
      if (plural !== s) add(out.lemmas, plural, s);
    }
  }
  return (loaded = out);
}

/** The lemmas of an Italian word form (infinitive of a verb form, singular of a plural noun); [] when it is a lemma or unknown. */
export function italianLemmas(word: string): readonly string[] {
  return load().lemmas.get(word.toLowerCase().normalize('NFC')) ?? [];
}

/** Whether the form is a finite verb (indicative, conditional, subjunctive or imperative) of some verb. */
export function isItalianFiniteVerb(word: string): boolean {
  return load().finite.has(word.toLowerCase().normalize('NFC'));
}

/** Whether the form is a noun of morph-it's noun list (singular or plural). */
export function isItalianNoun(word: string): boolean {
  return load().nouns.has(word.toLowerCase().normalize('NFC'));
}
