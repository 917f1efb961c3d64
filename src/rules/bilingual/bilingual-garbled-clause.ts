import { fittedConfidence } from '../../bilingual/fitted-confidence.ts';
import { freedictItEn } from '../../bilingual/freedict.ts';
import { englishKeys, italianKeys } from '../../bilingual/keys.ts';
import { isItalianStopword } from '../../bilingual/italian-words.ts';
import { isItalianFiniteVerb, isItalianNoun } from '../../bilingual/italian-lemmas.ts';
import { loadTsv } from '../../lexicon/load-tsv.ts';
import { wordnet } from '../../lexicon/wordnet.ts';
import { spanIn, type Rule, type RuleReport } from '../rule.ts';

/**
 * English closed classes (any English grammar lists them whole): the finite auxiliaries and modals, and the
 * articles, possessives and prepositions after which a verb-looking word is a noun ("the rise", "of gains").
 * Demonstratives and quantifiers are left out: they are pronouns too ("this followed", "some sealed").
 */
const FINITE_AUXILIARIES = new Set('is are was were am has have had does do did will would shall should can could may might must cannot'.split(' '));
const NOT_BEFORE_A_VERB = new Set(
  'the a an its their his her our my your every no of in on at for with by from to into onto upon between about over under after before during through against among without within towards toward than per via like as'.split(' '),
);
/** English relative pronouns that open a clause inside a sentence. */
const RELATIVE = /^(?:which|who|whom|whose|that|where)$/iu;
/** The WordNet synset of "person" (n00007846): a noun with a sense below it can be the antecedent of "who". */
const PERSON = 'n00007846';
/** How far up WordNet's hierarchy a noun's senses are searched for "person" (organisms and groups sit above). */
const PERSON_DEPTH = 8;

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu;

let auxiliaries: Set<string> | null = null;
/** Finite forms of essere and avere (corpus/lexicons/italian-auxiliaries), which morph-it's verb list lacks. */
function italianAuxiliary(word: string): boolean {
  auxiliaries ??= new Set(loadTsv('italian-auxiliaries/finite-forms.txt').map((r) => r[0]!.trim()));
  return auxiliaries.has(word);
}

/**
 * A finite verb of the Italian sentence that is not also a noun or an adjective ("deve", "è", "scende"; not
 * "calo", "rialzo", nor "tranquilla", which morph-it also lists as a form of "tranquillare" but FreeDict
 * knows as the adjective "tranquillo"), or null.
 */
export function italianFiniteVerb(text: string): string | null {
  const lexicon = freedictItEn();
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const w = m[0].toLowerCase();
    if (italianAuxiliary(w) || (isItalianFiniteVerb(w) && !isItalianNoun(w) && !lexicon.knowsStem(w))) return m[0];
  }
  return null;
}

const personCache = new Map<string, boolean>();
/** Whether some noun sense of an English word is a person (WordNet: "president", "investor"; not "rate", "spread"). */
export function canBePerson(word: string): boolean {
  const key = word.toLowerCase();
  const known = personCache.get(key);
  if (known !== undefined) return known;
  const net = wordnet();
  let layer = (net.senses(key).get('n') ?? []).map((s) => s.synset);
  const seen = new Set<string>();
  let found = false;
  for (let depth = 0; depth <= PERSON_DEPTH && layer.length && !found; depth++) {
    const next: string[] = [];
    for (const id of layer) {
      if (id === PERSON) found = true;
      if (seen.has(id)) continue;
      seen.add(id);
      next.push(...(net.synset(id)?.up ?? []));
    }
    layer = next;
  }
  personCache.set(key, found);
  return found;
}

/**
 * Whether a word of an English clause can be its finite verb: an auxiliary or modal, or a word with a WordNet
 * verb sense that is not an -ing form and does not follow a determiner, a preposition or an adjective-only word
 * (then it is a noun: "the rise", "in full electoral campaign"). Names (capitalised inside the sentence) are not.
 */
function canBeFiniteVerb(words: RegExpMatchArray[], i: number): boolean {
  const raw = words[i]![0];
  const w = raw.toLowerCase().replace(/['’]s$/u, '');
  if (FINITE_AUXILIARIES.has(w) || /['’](?:s|re|ve|ll|d)$|n['’]t$/iu.test(raw)) return true;
  if (i > 0 && /^\p{Lu}/u.test(raw)) return false;
  if (/ing$/u.test(w)) return false;
  const net = wordnet();
  if (!net.senses(w).has('v')) return false;
  const before = words[i - 1]?.[0].toLowerCase();
  if (before && (NOT_BEFORE_A_VERB.has(before) || NUMBER_WORDS.has(before) || mostlyAdjective(before))) return false;
  return true;
}

/** Cardinal number words, which stand before nouns as determiners do ("two bonds"). */
const NUMBER_WORDS = new Set('one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion'.split(' '));

/** A word whose adjective senses WordNet's sense-tagged corpus saw more than its noun and verb senses ("electoral", "long"). */
function mostlyAdjective(word: string): boolean {
  const senses = wordnet().senses(word);
  const tags = (pos: 'n' | 'v' | 'a') => (senses.get(pos) ?? []).reduce((n, s) => n + s.tags, 0);
  return senses.has('a') && (tags('a') > tags('n') + tags('v') || (!senses.has('n') && !senses.has('v')));
}

/** An English sentence of six words or more with no word that can be a finite verb outside its relative clauses. */
export function lacksPredicate(text: string): boolean {
  const words = [...text.matchAll(WORD)];
  if (words.length < 6) return false;
  // A relative pronoun without a comma before it may open the main clause's object ("the figure that…"): left alone.
  if (words.some((m) => RELATIVE.test(m[0])) && !/,\s*(?:which|who|whom|whose|where)\b/iu.test(text)) return false;
  const main = [...mainClause(text).matchAll(WORD)];
  return !main.some((_, i) => canBeFiniteVerb(main, i));
}

/**
 * A nominal Italian main clause is lost when at least this many of its content words, and this share of them,
 * have no counterpart in the English (one or two may be free renderings: "giornata" → "day" is not in FreeDict).
 */
const MIN_LOST_WORDS = 3;
const MIN_LOST_SHARE = 2 / 3;

/** The Italian sentence up to its first relative clause (", che …", "il quale …", "dove …"), trimmed: its main clause. */
export function italianMainClause(text: string): { start: number; text: string } {
  // "che" opens a relative clause after a comma (without one it may be a conjunction: "ha detto che");
  // "dove", "cui" and "il quale" open one with or without it ("nelle piazze europee dove gli indici sono…").
  const cut = /,\s*che\b|,?\s+(?:il quale|la quale|i quali|le quali|dove|in cui|per cui|di cui|cui)\b/iu.exec(text);
  const clause = cut ? text.slice(0, cut.index) : text;
  const lead = clause.length - clause.trimStart().length;
  return { start: lead, text: clause.trim() };
}

/**
 * Content words of an Italian clause (four letters or more, not function words, not names) with no key in the
 * English (FreeDict concept, cognate or spelling, as the aligner builds keys), and how many content words it has.
 */
function unrenderedWords(italian: string, english: string): { lost: string[]; content: number } {
  const lexicon = freedictItEn();
  const keys = new Set(englishKeys(english, lexicon));
  const lost: string[] = [];
  let content = 0;
  for (const m of italian.matchAll(/(?<![\p{L}'’])\p{L}[\p{L}\p{M}]{3,}/gu)) {
    // Capitalised words are names (bilingual-name checks them), save the clause's first word.
    if (isItalianStopword(m[0]) || (m.index > 0 && /^\p{Lu}/u.test(m[0]))) continue;
    content++;
    if (!italianKeys(m[0], lexicon).some((k) => keys.has(k))) lost.push(m[0]);
  }
  return { lost, content };
}

/** Half or more of the English words are words of the Italian sentence: a sentence left untranslated (`untranslated-target` reports it). */
function leftInItalian(words: RegExpMatchArray[], italian: string): boolean {
  const source = new Set([...italian.matchAll(WORD)].map((m) => m[0].toLowerCase()));
  return words.filter((m) => source.has(m[0].toLowerCase())).length * 2 >= words.length;
}

/** The sentence less its relative clauses (", which … ," or to the end) and parentheses: its main clause. */
function mainClause(text: string): string {
  return text
    .replace(/\([^)]*\)/gu, ' ')
    .replace(/,\s*(?:which|who|whom|whose|where)\b[^,;:]*(?:[,;:]|$)/giu, ' , ');
}

/**
 * A clause of the English that machine translation garbled, with the aligned Italian sentence as evidence:
 * - **a lost main clause**: the English sentence has no finite verb outside its relative clauses while the
 *   Italian main clause has one, or, where the Italian main clause is nominal ("Discorso diverso invece per la
 *   Francia, che deve scontare …"), while most of its words, three or more, are not rendered ("France, which has to pay
 *   for …, now in full campaign": the main clause is gone, a fragment remains). A nominal Italian clause
 *   rendered as a nominal English one ("Giornata da incubo per lo spread, che …" → "A nightmare day for the
 *   spread, which …") is faithful and left alone;
 * - **"who" for a thing**: "who" after a noun that cannot be a person, where the Italian has "che" ("the rate,
 *   who goes back to climb" for "il tasso, che torna a salire").
 */
export const bilingualGarbledClause: Rule = {
  meta: {
    id: 'bilingual-garbled-clause',
    description: 'An English clause that lost its predicate, or turned Italian "che" into "who" for a thing.',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'major',
    basis: 'the aligned Italian sentence (finite verbs from morph-it, npm italian-verbs-dict, and corpus/lexicons/italian-auxiliaries), English word classes from WordNet 3.1',
    defaultConfidence: fittedConfidence('bilingual-garbled-clause', 0.5),
  },
  check(context) {
    const reports: RuleReport[] = [];
    for (const segment of context.targetSegments) {
      const alignment = context.alignmentOfTarget.get(segment.id);
      if (!alignment || alignment.source.length !== 1 || alignment.target.length !== 1 || segment.kind !== 'sentence') continue;
      const italian = context.segmentById.get(alignment.source[0]!)!;
      const words = [...segment.text.matchAll(WORD)];
      // "who" whose antecedent is a common noun that cannot be a person, with "che" in the Italian.
      const che = /(?<![\p{L}])che(?![\p{L}])/iu.exec(italian.text);
      if (che) {
        words.forEach((m, i) => {
          if (m[0].toLowerCase() !== 'who' || i === 0) return;
          const antecedent = words[i - 1]!;
          const between = segment.text.slice(antecedent.index! + antecedent[0].length, m.index);
          if (!/^\s*,?\s*$/u.test(between) || /^\p{Lu}/u.test(antecedent[0]) || !wordnet().senses(antecedent[0].toLowerCase()).has('n') || canBePerson(antecedent[0])) return;
          const start = segment.start + antecedent.index!;
          reports.push({
            target: spanIn(context.target, start, segment.start + m.index! + m[0].length),
            source: spanIn(context.source, italian.start + che.index, italian.start + che.index + 3),
            message: `“who” refers to “${antecedent[0]}”, which is not a person: the Italian “che” is “which” or “that” here`,
            suggestion: `${antecedent[0]}${between}which`,
            category: 'fluency/grammar',
          });
        });
      }
      // A sentence with no finite verb outside its relative clauses, against the Italian main clause: its verb
      // is gone, or (a nominal clause, as Italian headlines and leads write them) its words are.
      if (!lacksPredicate(segment.text) || leftInItalian(words, italian.text)) continue;
      const clause = italianMainClause(italian.text);
      const verb = italianFiniteVerb(clause.text);
      const { lost, content } = verb ? { lost: [], content: 0 } : unrenderedWords(clause.text, segment.text);
      if (!verb && (lost.length < MIN_LOST_WORDS || lost.length < MIN_LOST_SHARE * content)) continue;
      reports.push({
        target: spanIn(context.target, segment.start, segment.end),
        source: spanIn(context.source, italian.start + clause.start, italian.start + clause.start + clause.text.length),
        message: verb
          ? `The English sentence has no verb outside its relative clauses; the Italian main clause has one (“${verb}”): its predicate was lost`
          : `The English sentence has no verb outside its relative clauses, and the words of the Italian main clause (${lost.map((w) => `“${w}”`).join(', ')}) are not in it: the main clause was lost`,
        suggestion: null,
        category: 'accuracy/omission',
      });
    }
    return reports;
  },
};
