import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lexicons.ts';
import { aiksaurusEntry, loadAiksaurus } from './aiksaurus.ts';
import { englishDictionary } from '../src/lexicon/dictionary.ts';
import { mulberry32 } from './rng.ts';

/**
 * A thesaurus spinner that works as real article spinners do (issue 12, item 1): word by word, each
 * eligible content word is swapped, with probability `p`, for a neighbour from a thesaurus, chosen
 * uniformly among the single-word synonyms of all its senses (no sense check), with the inflection kept.
 *
 * The thesaurus is the LibreOffice English thesaurus (Debian `mythes-en-us`,
 * /usr/share/mythes/th_en_US_v2.dat, UTF-8 per its .idx header). It is the EVALUATION'S OWN
 * RESOURCE: no detector under src/ may read mythes, otherwise the spinner pairs would measure a
 * detector against the very list that made the damage (the trap issue 12 describes for the WordNet
 * pairs of eval/perturb.ts). See docs/evaluation-spinner.md.
 */

export const MYTHES_PATH = '/usr/share/mythes/th_en_US_v2.dat';
export const DEFAULT_P = 0.35;
/** Seeds used for the evaluation pairs: each text is spun once per seed. */
export const SPINNER_SEEDS = [1, 2] as const;

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Swap {
  /** The replacement in the spun text. */
  target: Span;
  /** The word it replaced in the original. */
  source: Span;
}

export interface SpinResult {
  text: string;
  gold: Swap[];
}

export interface SpinOptions {
  /** RNG seed; the same seed, p and text always give the same output. Default 1. */
  seed?: number;
  /** Probability of swapping an eligible word. Default 0.35. */
  p?: number;
  /** Thesaurus file. Default /usr/share/mythes/th_en_US_v2.dat. */
  thesaurusPath?: string;
  /**
   * Which thesaurus: 'mythes' (default; LibreOffice, derived from WordNet) or 'moby' (Aiksaurus, built
   * on the Moby thesaurus, not derived from WordNet; eval/aiksaurus.ts).
   */
  thesaurus?: 'mythes' | 'moby';
  /** Aiksaurus data directory for `thesaurus: 'moby'`. Default /usr/share/aiksaurus. */
  aiksaurusDir?: string;
}

/** Part of speech of a thesaurus sense. */
type Pos = 'noun' | 'verb' | 'adj' | 'adv';
/** Inflection of a source word: base form, plural / 3rd person -s, past -ed, -ing. */
export type Tag = 'base' | 's' | 'ed' | 'ing';

interface Entry {
  senses: { pos: Pos; synonyms: string[] }[];
}

// ---------------------------------------------------------------------------------------------
// Thesaurus

const cache = new Map<string, Map<string, Entry>>();

/** Whether the thesaurus file is installed. */
export function thesaurusAvailable(path = MYTHES_PATH): boolean {
  return existsSync(path);
}

/**
 * Parses a MyThes .dat file: line 1 the encoding, then `word|nsenses` followed by nsenses lines
 * `(pos)|syn1|syn2…`. Synonyms marked with a parenthesised note ("(generic term)", "(antonym)",
 * "(similar term)", "(related term)"…) are not synonyms and are dropped, as are multi-word ones.
 */
export function loadThesaurus(path = MYTHES_PATH): Map<string, Entry> {
  const cached = cache.get(path);
  if (cached) return cached;
  const lines = readFileSync(path, 'utf8').split('\n');
  const map = new Map<string, Entry>();
  let i = 1;
  while (i < lines.length) {
    const head = lines[i]!;
    const bar = head.lastIndexOf('|');
    const count = bar > 0 ? Number(head.slice(bar + 1)) : NaN;
    if (!Number.isInteger(count)) {
      i += 1;
      continue;
    }
    const word = head.slice(0, bar);
    const senses: Entry['senses'] = [];
    for (let k = 1; k <= count && i + k < lines.length; k++) {
      const [posField, ...items] = lines[i + k]!.split('|');
      const pos = posField!.replace(/[()]/g, '') as Pos;
      if (pos !== 'noun' && pos !== 'verb' && pos !== 'adj' && pos !== 'adv') continue;
      const synonyms = items.filter((s) => /^[a-z]+$/.test(s) && s !== word);
      senses.push({ pos, synonyms });
    }
    if (senses.length) {
      const existing = map.get(word);
      if (existing) existing.senses.push(...senses);
      else map.set(word, { senses });
    }
    i += count + 1;
  }
  cache.set(path, map);
  return map;
}

// ---------------------------------------------------------------------------------------------
// Closed-class words (never swapped, never chosen as a replacement) and number words.

/** English function words: determiners, pronouns, prepositions, conjunctions, auxiliaries, modals, particles. */
const FUNCTION_WORDS = new Set(
  (
    'a about above across after against ago all along also although am among an and another any are around as at ' +
    'be because been before behind being below beneath beside besides between beyond both but by can could did do does doing done down ' +
    'during each either else enough ever every few for from had has have having he her here hers herself him himself his how however ' +
    'i if in inside into is it its itself just least less like many may me might mine more most much must my myself ' +
    'near neither no nor not now of off on once one only onto or other others our ours ourselves out outside over own ' +
    'per quite rather same several shall she should since so some such than that the their theirs them themselves then there ' +
    'these they this those though through throughout thus till to too toward towards under unless unlike until up upon us ' +
    'very via was we were what whatever when where whether which while who whom whose why will with within without would ' +
    'yet you your yours yourself yourselves get gets got go goes went gone let lets'
  ).split(' '),
);

/** Number words: a spinner keeps numbers. */
const NUMBER_WORDS = new Set(
  (
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen ' +
    'twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions trillion ' +
    'first second third fourth fifth sixth seventh eighth ninth tenth dozen dozens half twice double triple percent'
  ).split(' '),
);

// ---------------------------------------------------------------------------------------------
// Inflection

/**
 * Irregular forms: English irregular verbs (past, past participle) and irregular plurals, from the
 * standard lists of English grammars (e.g. the irregular-verb appendix of the Cambridge Grammar of
 * English); only common ones, enough for news text and for the thesaurus's frequent replacements.
 */
const IRREGULAR_VERBS: [base: string, past: string, participle: string][] = [
  ['arise', 'arose', 'arisen'], ['bear', 'bore', 'borne'], ['beat', 'beat', 'beaten'], ['become', 'became', 'become'],
  ['begin', 'began', 'begun'], ['bend', 'bent', 'bent'], ['bind', 'bound', 'bound'], ['bite', 'bit', 'bitten'],
  ['blow', 'blew', 'blown'], ['break', 'broke', 'broken'], ['bring', 'brought', 'brought'], ['build', 'built', 'built'],
  ['burst', 'burst', 'burst'], ['buy', 'bought', 'bought'], ['catch', 'caught', 'caught'], ['choose', 'chose', 'chosen'],
  ['come', 'came', 'come'], ['cost', 'cost', 'cost'], ['cut', 'cut', 'cut'], ['deal', 'dealt', 'dealt'], ['dig', 'dug', 'dug'],
  ['draw', 'drew', 'drawn'], ['drink', 'drank', 'drunk'], ['drive', 'drove', 'driven'], ['eat', 'ate', 'eaten'],
  ['fall', 'fell', 'fallen'], ['feed', 'fed', 'fed'], ['feel', 'felt', 'felt'], ['fight', 'fought', 'fought'], ['find', 'found', 'found'],
  ['fly', 'flew', 'flown'], ['forbid', 'forbade', 'forbidden'], ['forget', 'forgot', 'forgotten'], ['freeze', 'froze', 'frozen'],
  ['give', 'gave', 'given'], ['grow', 'grew', 'grown'], ['hang', 'hung', 'hung'], ['hear', 'heard', 'heard'], ['hide', 'hid', 'hidden'],
  ['hit', 'hit', 'hit'], ['hold', 'held', 'held'], ['hurt', 'hurt', 'hurt'], ['keep', 'kept', 'kept'], ['know', 'knew', 'known'],
  ['lay', 'laid', 'laid'], ['lead', 'led', 'led'], ['leave', 'left', 'left'], ['lend', 'lent', 'lent'], ['lie', 'lay', 'lain'],
  ['lose', 'lost', 'lost'], ['make', 'made', 'made'], ['mean', 'meant', 'meant'], ['meet', 'met', 'met'], ['pay', 'paid', 'paid'],
  ['put', 'put', 'put'], ['quit', 'quit', 'quit'], ['read', 'read', 'read'], ['ride', 'rode', 'ridden'], ['ring', 'rang', 'rung'],
  ['rise', 'rose', 'risen'], ['run', 'ran', 'run'], ['say', 'said', 'said'], ['see', 'saw', 'seen'], ['seek', 'sought', 'sought'],
  ['sell', 'sold', 'sold'], ['send', 'sent', 'sent'], ['set', 'set', 'set'], ['shake', 'shook', 'shaken'], ['shoot', 'shot', 'shot'],
  ['show', 'showed', 'shown'], ['shut', 'shut', 'shut'], ['sing', 'sang', 'sung'], ['sink', 'sank', 'sunk'], ['sit', 'sat', 'sat'],
  ['sleep', 'slept', 'slept'], ['speak', 'spoke', 'spoken'], ['spend', 'spent', 'spent'], ['split', 'split', 'split'],
  ['spread', 'spread', 'spread'], ['stand', 'stood', 'stood'], ['steal', 'stole', 'stolen'], ['stick', 'stuck', 'stuck'],
  ['strike', 'struck', 'struck'], ['swear', 'swore', 'sworn'], ['sweep', 'swept', 'swept'], ['swim', 'swam', 'swum'],
  ['take', 'took', 'taken'], ['teach', 'taught', 'taught'], ['tear', 'tore', 'torn'], ['tell', 'told', 'told'], ['think', 'thought', 'thought'],
  ['throw', 'threw', 'thrown'], ['understand', 'understood', 'understood'], ['wake', 'woke', 'woken'], ['wear', 'wore', 'worn'],
  ['win', 'won', 'won'], ['withdraw', 'withdrew', 'withdrawn'], ['write', 'wrote', 'written'],
];
const IRREGULAR_PLURALS: [singular: string, plural: string][] = [
  ['child', 'children'], ['man', 'men'], ['woman', 'women'], ['person', 'people'], ['foot', 'feet'], ['tooth', 'teeth'],
  ['mouse', 'mice'], ['goose', 'geese'], ['crisis', 'crises'], ['analysis', 'analyses'], ['thesis', 'theses'],
  ['criterion', 'criteria'], ['phenomenon', 'phenomena'], ['life', 'lives'], ['wife', 'wives'], ['knife', 'knives'],
  ['leaf', 'leaves'], ['half', 'halves'], ['wolf', 'wolves'], ['shelf', 'shelves'], ['thief', 'thieves'],
];

const IRREGULAR_FORMS = new Map<string, { lemma: string; tag: Tag }>();
const IRREGULAR_PAST = new Map<string, string>();
const IRREGULAR_PLURAL = new Map<string, string>();
for (const [base, past, participle] of IRREGULAR_VERBS) {
  if (past !== base) IRREGULAR_FORMS.set(past, { lemma: base, tag: 'ed' });
  if (participle !== base) IRREGULAR_FORMS.set(participle, { lemma: base, tag: 'ed' });
  // 'ed' stands for both past and participle; the replacement takes the simple past (a spun
  // "has rose" is a slip real spinners make too).
  IRREGULAR_PAST.set(base, past);
}
for (const [singular, plural] of IRREGULAR_PLURALS) {
  IRREGULAR_FORMS.set(plural, { lemma: singular, tag: 's' });
  IRREGULAR_PLURAL.set(singular, plural);
}

/**
 * Longer words stressed on a final consonant-vowel-consonant syllable, which double it too (the
 * spelling rule of English grammars: admit → admitted, but visit → visited). Common ones only.
 */
const STRESSED_FINAL = new Set(
  ('admit commit emit omit permit submit transmit acquit equip handicap kidnap worship program format outfit regret ' +
    'control patrol compel expel propel repel rebel refer prefer confer transfer defer deter incur occur recur concur ' +
    'begin forget upset abet allot befit embed').split(' '),
);

/** A word ending consonant-vowel-consonant in a stressed syllable doubles its last letter before -ed/-ing (stop → stopped). */
function doublesFinal(word: string): boolean {
  return /^[^aeiou]*[aeiou][bdgklmnprtv]$/.test(word) || STRESSED_FINAL.has(word);
}

/** The inflected form of `lemma` for `tag`. */
export function inflect(lemma: string, tag: Tag): string {
  if (tag === 'base') return lemma;
  if (tag === 's') {
    const irregular = IRREGULAR_PLURAL.get(lemma);
    if (irregular) return irregular;
    // A plural-only synonym (talks) gets -es like any other (negotiations → talkses): a slip real
    // spinners make too. Not fixed on purpose: corpus/spinner-review/labels.tsv is keyed to this output.
    if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
    if (/(s|x|z|ch|sh)$/.test(lemma)) return `${lemma}es`;
    return `${lemma}s`;
  }
  if (tag === 'ed') {
    const irregular = IRREGULAR_PAST.get(lemma);
    if (irregular) return irregular;
    if (lemma.endsWith('e')) return `${lemma}d`;
    if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
    if (doublesFinal(lemma)) return `${lemma}${lemma.at(-1)}ed`;
    return `${lemma}ed`;
  }
  if (lemma.endsWith('ie')) return `${lemma.slice(0, -2)}ying`;
  if (/[^eioy]e$/.test(lemma)) return `${lemma.slice(0, -1)}ing`;
  if (doublesFinal(lemma)) return `${lemma}${lemma.at(-1)}ing`;
  return `${lemma}ing`;
}

/** Which senses can carry a tag: -ed and -ing are verb forms, -s a plural noun or a 3rd-person verb. */
function posFits(pos: Pos, tag: Tag): boolean {
  if (tag === 'base') return true;
  if (tag === 's') return pos === 'noun' || pos === 'verb';
  return pos === 'verb';
}

function fits(thesaurus: Map<string, Entry>, lemma: string, tag: Tag): boolean {
  return thesaurus.get(lemma)?.senses.some((s) => posFits(s.pos, tag)) ?? false;
}

/** Candidate (lemma, tag) analyses of a lower-case word, most specific first. */
function analyses(word: string): { lemma: string; tag: Tag }[] {
  const out: { lemma: string; tag: Tag }[] = [];
  const irregular = IRREGULAR_FORMS.get(word);
  if (irregular) out.push(irregular);
  const strip = (suffix: string, tag: Tag, ...ends: string[]) => {
    if (!word.endsWith(suffix) || word.length - suffix.length < 2) return;
    const stem = word.slice(0, -suffix.length);
    for (const end of ends) out.push({ lemma: stem + end, tag });
    // stopped → stop, running → run
    if ((tag === 'ed' || tag === 'ing') && /([bdgklmnprtv])\1$/.test(stem)) out.push({ lemma: stem.slice(0, -1), tag });
  };
  strip('ies', 's', 'y');
  if (/(s|x|z|ch|sh|o)es$/.test(word)) strip('es', 's', ''); // taxes → tax, but rates → rate, not rat
  if (!/(ss|us|is)$/.test(word)) strip('s', 's', '');
  strip('ied', 'ed', 'y');
  strip('ed', 'ed', '', 'e');
  strip('ing', 'ing', '', 'e');
  return out;
}

/**
 * The lemma and inflection of a lower-case word, as far as the thesaurus knows it: an inflected
 * analysis whose lemma has a sense that can carry the inflection wins (rates → rate + s), else the
 * word itself as a headword (news), else null.
 */
export function lemmatise(word: string, thesaurus: Map<string, Entry> = loadThesaurus()): { lemma: string; tag: Tag } | null {
  for (const a of analyses(word)) if (a.lemma !== word && fits(thesaurus, a.lemma, a.tag)) return a;
  return thesaurus.has(word) ? { lemma: word, tag: 'base' } : null;
}

/** Single-word synonyms of `lemma` across all its senses that can carry `tag`, deduplicated, in file order. */
export function replacements(lemma: string, tag: Tag, thesaurus: Map<string, Entry> = loadThesaurus()): string[] {
  const seen = new Set<string>();
  for (const sense of thesaurus.get(lemma)?.senses ?? []) {
    if (!posFits(sense.pos, tag)) continue;
    for (const s of sense.synonyms) if (!FUNCTION_WORDS.has(s) && !NUMBER_WORDS.has(s) && s !== lemma) seen.add(s);
  }
  return [...seen];
}

// ---------------------------------------------------------------------------------------------
// The two thesauri behind one interface

/** What the spinner asks a thesaurus: a word's lemma and inflection, and the replacements for it. */
interface Lexicon {
  lemmatise(word: string): { lemma: string; tag: Tag } | null;
  replacements(lemma: string, tag: Tag): string[];
}

function mythesLexicon(thesaurus: Map<string, Entry>): Lexicon {
  return { lemmatise: (word) => lemmatise(word, thesaurus), replacements: (lemma, tag) => replacements(lemma, tag, thesaurus) };
}

/**
 * The Aiksaurus (Moby) thesaurus has no parts of speech, so the inflection is checked by spelling
 * instead: a replacement for an inflected word must give a word Hunspell knows once inflected the same
 * way (raised → boosted, not accessioned; talks never becomes talkses). An inflected analysis counts
 * when its lemma is a headword, inflecting it gives the word back (irregular forms excepted: taken →
 * take) and it has such a replacement; a headword in -s stays itself (news, affairs). Else the word
 * itself, when it is a headword, in its base form.
 */
function mobyLexicon(dir?: string): Lexicon {
  const aiksaurus = loadAiksaurus(dir);
  const dictionary = englishDictionary();
  const replacementsOf = (lemma: string, tag: Tag) =>
    aiksaurusEntry(lemma, aiksaurus).filter(
      (s) => /^[a-z]+$/.test(s) && s !== lemma && !FUNCTION_WORDS.has(s) && !NUMBER_WORDS.has(s) && (tag === 'base' || dictionary.isWord(inflect(s, tag))),
    );
  return {
    replacements: replacementsOf,
    lemmatise(word) {
      const headword = aiksaurus.index.has(word);
      for (const a of analyses(word)) {
        if (a.lemma === word || !aiksaurus.index.has(a.lemma)) continue;
        if (IRREGULAR_FORMS.get(word) !== a && inflect(a.lemma, a.tag) !== word) continue;
        if (a.tag === 's' && headword) break;
        if (replacementsOf(a.lemma, a.tag).length) return a;
      }
      return headword ? { lemma: word, tag: 'base' } : null;
    },
  };
}

/** The lemma and inflection the Moby spinner gives a lower-case word (null: not eligible). */
export function lemmatiseMoby(word: string, dir?: string): { lemma: string; tag: Tag } | null {
  return mobyLexicon(dir).lemmatise(word);
}

// ---------------------------------------------------------------------------------------------
// RNG and the spinner

/** The evaluation's seeded PRNG (eval/rng.ts). */
export const rng = mulberry32;

/** Whether the word at `start` begins a sentence (start of text, or after . ! ? : or a blank line, maybe past a quote or bracket). */
function sentenceInitial(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /["'“‘(\[\s]/.test(text[i]!)) {
    if (text[i] === '\n') return true;
    i -= 1;
  }
  return i < 0 || /[.!?:;—]/.test(text[i]!);
}

function matchCase(replacement: string, original: string): string {
  return /^[A-Z]/.test(original) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

/**
 * Spins `text`: each eligible word (a content word the thesaurus knows, not a name, number or
 * function word, not part of a hyphenated compound or contraction) is replaced with probability `p`
 * by a synonym drawn uniformly from all its senses, inflected like the original, capitalised like it.
 * Returns the spun text and, per swap, the span in the spun text and the span it replaced.
 */
export function spin(text: string, options: SpinOptions = {}): SpinResult {
  const seed = options.seed ?? 1;
  const p = options.p ?? DEFAULT_P;
  const lexicon = options.thesaurus === 'moby' ? mobyLexicon(options.aiksaurusDir) : mythesLexicon(loadThesaurus(options.thesaurusPath ?? MYTHES_PATH));
  const random = rng(seed);
  // Words written capitalised mid-sentence anywhere in the text are names (Bank, May, Reuters).
  const names = new Set<string>();
  for (const m of text.matchAll(/[A-Za-z]+/g)) {
    if (/^[A-Z]/.test(m[0]) && !sentenceInitial(text, m.index)) names.add(m[0].toLowerCase());
  }
  const gold: Swap[] = [];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/[A-Za-z]+/g)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    const before = text[start - 1] ?? '';
    const after = text[end] ?? '';
    const lower = word.toLowerCase();
    if (/[-\d'’]/.test(before) || /[-\d]/.test(after)) continue; // compounds, contractions' tails, alphanumerics
    if (/['’]/.test(after) && !/^['’]s\b/.test(text.slice(end, end + 3))) continue; // don't, we're (possessive 's is fine)
    if (word.length < 3 || /^[A-Z]{2,}$/.test(word) || /[A-Z]/.test(word.slice(1))) continue; // acronyms, CamelCase
    if (/^[A-Z]/.test(word) && (!sentenceInitial(text, start) || names.has(lower))) continue; // names
    if (FUNCTION_WORDS.has(lower) || NUMBER_WORDS.has(lower)) continue;
    const analysis = lexicon.lemmatise(lower);
    if (!analysis) continue;
    const candidates = lexicon.replacements(analysis.lemma, analysis.tag);
    if (!candidates.length) continue;
    if (random() >= p) continue;
    const choice = candidates[Math.floor(random() * candidates.length)]!;
    const replacement = matchCase(inflect(choice, analysis.tag), word);
    out += text.slice(last, start);
    gold.push({ target: { start: out.length, end: out.length + replacement.length, text: replacement }, source: { start, end, text: word } });
    out += replacement;
    last = end;
  }
  out += text.slice(last);
  return { text: out, gold };
}

// ---------------------------------------------------------------------------------------------
// Evaluation pairs

/**
 * The clean texts with a faithful human-style rewrite (the garbled versions are not used), split
 * once and for all into a training half (for fitting weights and thresholds) and a held-out half
 * (only for judging). The list alternates across the three fixture folders and halves each folder.
 */
export const SPINNER_TEXTS: { dir: string; split: 'train' | 'heldout' }[] = [
  { dir: 'unseen-articles/business', split: 'train' },
  { dir: 'held-out/culture', split: 'train' },
  { dir: 'unseen/courts', split: 'train' },
  { dir: 'unseen-articles/climate', split: 'heldout' },
  { dir: 'held-out/diplomacy', split: 'heldout' },
  { dir: 'unseen/culture', split: 'heldout' },
  { dir: 'unseen-articles/crime', split: 'train' },
  { dir: 'held-out/health', split: 'train' },
  { dir: 'unseen/economy', split: 'train' },
  { dir: 'unseen-articles/elections', split: 'heldout' },
  { dir: 'held-out/sport', split: 'heldout' },
  { dir: 'unseen/health', split: 'heldout' },
  { dir: 'unseen-articles/technology', split: 'train' },
  { dir: 'unseen/science', split: 'train' },
  { dir: 'unseen-articles/transport', split: 'heldout' },
  { dir: 'unseen/sport', split: 'heldout' },
];

export interface SpinnerPair {
  /** `<folder>/<text>#seed<n>`. */
  name: string;
  /** The fixture text it comes from (`<folder>/<text>`); a text spun with two seeds has two pairs. */
  text: string;
  split: 'train' | 'heldout';
  seed: number;
  p: number;
  source: string;
  spun: string;
  gold: Swap[];
  /** The faithful rewrite of the same source: a detector should stay quiet on (source, control). */
  control: string;
}

export interface SpinnerPairsOptions {
  /** Seeds; each text is spun once per seed. Default [1, 2]. */
  seeds?: readonly number[];
  p?: number;
  fixturesDir?: string;
  thesaurusPath?: string;
  /** 'mythes' (default) or 'moby' (Aiksaurus): same texts, same split. */
  thesaurus?: 'mythes' | 'moby';
  aiksaurusDir?: string;
}

function readText(path: string): string {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

/** The spinner pairs for fitting (split 'train') and judging (split 'heldout'). Needs the thesaurus installed. */
export function spinnerPairs(options: SpinnerPairsOptions = {}): SpinnerPair[] {
  const seeds = options.seeds ?? SPINNER_SEEDS;
  const p = options.p ?? DEFAULT_P;
  const fixtures = options.fixturesDir ?? join(ROOT, '__tests__', 'fixtures');
  const pairs: SpinnerPair[] = [];
  for (const { dir, split } of SPINNER_TEXTS) {
    const source = readText(join(fixtures, dir, 'source.txt'));
    const control = readText(join(fixtures, dir, 'faithful.txt'));
    for (const seed of seeds) {
      const spun = spin(source, { seed, p, thesaurusPath: options.thesaurusPath, thesaurus: options.thesaurus, aiksaurusDir: options.aiksaurusDir });
      pairs.push({ name: `${dir}#seed${seed}`, text: dir, split, seed, p, source, spun: spun.text, gold: spun.gold, control });
    }
  }
  return pairs;
}
