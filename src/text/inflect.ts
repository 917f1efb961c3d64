import { createRequire } from 'node:module';
import { englishDictionary } from '../lexicon/dictionary.ts';

/** The inflections a suggestion copies from the word it replaces. */
type Inflection = 'ing' | 'ed' | 's';

/**
 * WordNet's verb exceptions, irregular form → base ("said" → "say", "went" → "go"), as packaged in npm
 * `wink-lexicon` (MIT; WordNet 3.0 data under the WordNet licence). Loaded on first use.
 */
let verbExceptions: Record<string, string> | undefined;
let formsOfBase: Map<string, string[]> | undefined;

function exceptions(): Record<string, string> {
  verbExceptions ??= createRequire(import.meta.url)('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string>;
  return verbExceptions;
}

/** An irregular verb form other than its base ("said", "gone"), or undefined. */
function irregularBaseOf(word: string): string | undefined {
  const base = Object.hasOwn(exceptions(), word) ? exceptions()[word] : undefined;
  return base && base !== word ? base : undefined;
}

/** Irregular forms of a base, in WordNet's order ("say" → ["said"], "go" → ["went", "gone"]). */
function irregularForms(base: string): string[] {
  if (!formsOfBase) {
    formsOfBase = new Map();
    for (const [form, of] of Object.entries(exceptions())) {
      if (form === of) continue;
      const list = formsOfBase.get(of);
      if (list) list.push(form);
      else formsOfBase.set(of, [form]);
    }
  }
  return formsOfBase.get(base) ?? [];
}

/** The inflection a word shows: -ing, a past (-ed or an irregular past such as "said"), or a plural / third person -s. */
function inflectionOf(word: string): Inflection | null {
  const w = word.toLowerCase();
  // A stem of three letters or more: "coaching", "stopping", not "thing", "being" or "king".
  if (w.endsWith('ing') && w.length >= 6) return 'ing';
  if (w.endsWith('ed') || irregularBaseOf(w)) return 'ed';
  if (/[^s]s$/u.test(w)) return 's';
  return null;
}

/** Whether a word already carries the inflection ("said" is a past, "coaching" an -ing form). */
function carries(word: string, inflection: Inflection): boolean {
  const lower = word.toLowerCase();
  if (inflection === 'ing') return lower.endsWith('ing');
  if (inflection === 'ed') return lower.endsWith('ed') || lower.endsWith('en') || (irregularBaseOf(lower) !== undefined && !lower.endsWith('ing'));
  return /s$/u.test(lower);
}

/**
 * Gives `word` the inflection `model` shows, so a suggestion fits the slot: ("train", "coaching") →
 * "training", ("security", "safety") → "security", ("group", "teams") → "groups", ("say", "mentioned") →
 * "said", ("said", "mentioned") → "said". Regular English morphology first; a form the Hunspell
 * dictionary does not know is tried as an irregular verb through WordNet's exception list; and a made-up
 * form that is still not a word ("saided") is no suggestion: null. A word returned as given (it needs no
 * new ending) is kept whatever it is, since the source wrote it.
 */
export function inflectLike(word: string, model: string): string | null {
  const inflection = inflectionOf(model);
  if (!inflection || carries(word, inflection)) return word;
  const regular = regularForm(word, inflection);
  if (isWord(regular)) return regular;
  const lower = word.toLowerCase();
  const base = irregularBaseOf(lower) ?? lower;
  const irregular = inflection === 'ed' ? irregularForms(base).find((f) => !f.endsWith('ing') && !/[^s]s$/u.test(f)) : undefined;
  if (irregular && isWord(irregular)) return /^\p{Lu}/u.test(word) ? irregular[0]!.toUpperCase() + irregular.slice(1) : irregular;
  return null;
}

function isWord(text: string): boolean {
  const dictionary = englishDictionary();
  return text.split(/\s+/u).every((part) => dictionary.isWord(part));
}

function regularForm(w: string, inflection: Inflection): string {
  const lower = w.toLowerCase();
  if (inflection === 'ing') return addSuffix(w, 'ing');
  if (inflection === 'ed') return addSuffix(w, 'ed');
  if (/(?:s|x|z|ch|sh)$/u.test(lower)) return `${w}es`;
  if (/[^aeiou]y$/u.test(lower)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

function addSuffix(word: string, suffix: 'ing' | 'ed'): string {
  const lower = word.toLowerCase();
  if (lower.endsWith('ie') && suffix === 'ing') return `${word.slice(0, -2)}ying`;
  if (lower.endsWith('e')) return suffix === 'ing' ? `${word.slice(0, -1)}ing` : `${word}d`;
  if (suffix === 'ed' && /[^aeiou]y$/u.test(lower)) return `${word.slice(0, -1)}ied`;
  // One short stressed syllable ending consonant-vowel-consonant doubles the consonant: "stop" → "stopping".
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/u.test(lower)) return `${word}${word.at(-1)}${suffix}`;
  return `${word}${suffix}`;
}
