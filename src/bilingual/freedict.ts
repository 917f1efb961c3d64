import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../ingest/input-error.ts';
import { isStopword, stem } from '../text/words.ts';
import { italianLemmas } from './italian-lemmas.ts';
import { italianStem, isItalianStopword } from './italian-words.ts';

/** Where Debian's dictd packages put their databases; `FAITHFUL_DICTD` stands over it (tests, other systems). */
export const DICTD_DIR = '/usr/share/dictd';

/** The Debian packages the bilingual audit reads, with the database each one installs. */
export const FREEDICT_PACKAGES = [
  { name: 'dict-freedict-ita-eng', database: 'freedict-ita-eng', direction: 'it-en' },
  { name: 'dict-freedict-eng-ita', database: 'freedict-eng-ita', direction: 'en-it' },
] as const;

/** A concept component never grows past this many words: polysemy would otherwise chain the whole dictionary together. */
const MAX_COMPONENT = 12;

/**
 * The Italian–English word graph of FreeDict (GPL 2+, read from the Debian packages, never copied into
 * the repository): each Italian headword is linked to its one-word English translations and each English
 * headword to its one-word Italian ones, both sides reduced to stems. Linked words share a concept key,
 * so "prezzi" and "prices" meet in the aligner and in the checks.
 */
export class BilingualLexicon {
  private readonly parent = new Map<string, string>();
  private readonly size = new Map<string, number>();
  /** English stems each Italian stem translates to (for the checks that quote the Italian word). */
  readonly translations = new Map<string, Set<string>>();
  /** English stems of FreeDict's proper names (countries, cities: its eng-ita entry is capitalised, "Italy"). */
  readonly englishNames = new Set<string>();
  /** Italian headwords (as written, lower case) FreeDict gives for each English stem: "refus" → rifiutare. */
  readonly italianOf = new Map<string, Set<string>>();

  /**
   * Concept key of an Italian word, or null when the dictionary does not know it. A form FreeDict does not
   * list is looked up by its morph-it lemma ("chiudono" → "chiudere"), so inflected verbs find their entry.
   */
  italian(word: string): string | null {
    const stemmed = this.italianNode(word);
    return stemmed ? this.find(stemmed) : null;
  }

  /** Whether FreeDict lists the word's own stem (not reached through a lemma): "tranquilla" (tranquillo), not "scende". */
  knowsStem(word: string): boolean {
    return this.parent.has(`it:${italianStem(word)}`);
  }

  /** English stems FreeDict gives for an Italian word, by its stem or else by its lemmas. */
  translationsOf(word: string): ReadonlySet<string> | undefined {
    if (this.translationCache.has(word)) return this.translationCache.get(word);
    let result: ReadonlySet<string> | undefined = this.translations.get(italianStem(word));
    if (!result) {
      const found = new Set<string>();
      for (const lemma of italianLemmas(word)) for (const t of this.translations.get(italianStem(lemma)) ?? []) found.add(t);
      result = found.size ? found : undefined;
    }
    this.translationCache.set(word, result);
    return result;
  }

  private readonly translationCache = new Map<string, ReadonlySet<string> | undefined>();

  /** Dictionary node of each Italian word asked about (the aligner and the rules ask about the same words again and again). */
  private readonly nodeOf = new Map<string, string | null>();

  private italianNode(word: string): string | null {
    const known = this.nodeOf.get(word);
    if (known !== undefined) return known;
    let found: string | null = null;
    const node = `it:${italianStem(word)}`;
    if (this.parent.has(node)) found = node;
    else {
      for (const lemma of italianLemmas(word)) {
        const byLemma = `it:${italianStem(lemma)}`;
        if (this.parent.has(byLemma)) {
          found = byLemma;
          break;
        }
      }
    }
    this.nodeOf.set(word, found);
    return found;
  }

  /** Concept key of an English word, or null when the dictionary does not know it. */
  english(word: string): string | null {
    const node = `en:${englishStem(word)}`;
    return this.parent.has(node) ? this.find(node) : null;
  }

  link(italian: string, english: string): void {
    const it = `it:${italianStem(italian)}`;
    const en = `en:${englishStem(english)}`;
    let set = this.translations.get(italianStem(italian));
    if (!set) this.translations.set(italianStem(italian), (set = new Set()));
    set.add(englishStem(english));
    let back = this.italianOf.get(englishStem(english));
    if (!back) this.italianOf.set(englishStem(english), (back = new Set()));
    back.add(italian.toLowerCase());
    for (const node of [it, en]) if (!this.parent.has(node)) this.parent.set(node, node), this.size.set(node, 1);
    const a = this.find(it);
    const b = this.find(en);
    if (a === b) return;
    const total = this.size.get(a)! + this.size.get(b)!;
    if (total > MAX_COMPONENT) return;
    this.parent.set(b, a);
    this.size.set(a, total);
  }

  private find(node: string): string {
    let root = node;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(node, root);
    return root;
  }
}

/** The shared English stem, with a final "e" dropped so that "price" and "prices" meet. */
export function englishStem(word: string): string {
  const s = stem(word);
  return s.length > 3 ? s.replace(/e$/u, '') : s;
}

const cached = new Map<string, BilingualLexicon>();

/** Forgets the loaded dictionaries (tests that point `FAITHFUL_DICTD` elsewhere). */
export function clearFreedictCache(): void {
  cached.clear();
}

/**
 * The lexicon from the two FreeDict databases. Missing packages are an input error (exit 2) naming them:
 * the bilingual audit has no fallback dictionary, and an audit that silently aligned on numbers alone
 * would report omissions that are not there.
 */
export function freedictItEn(dir = process.env.FAITHFUL_DICTD ?? DICTD_DIR): BilingualLexicon {
  const known = cached.get(dir);
  if (known) return known;
  const missing = FREEDICT_PACKAGES.filter((p) => !existsSync(join(dir, `${p.database}.index`)) || !existsSync(join(dir, `${p.database}.dict.dz`)));
  if (missing.length) {
    throw new InputError(
      `the bilingual audit (Italian → English) needs FreeDict: apt-get install ${missing.map((p) => p.name).join(' ')} (looked in ${dir})`,
    );
  }
  const lexicon = new BilingualLexicon();
  for (const p of FREEDICT_PACKAGES) {
    for (const { headword, translations, proper } of readDictd(join(dir, p.database))) {
      if (proper && p.direction === 'en-it') lexicon.englishNames.add(englishStem(headword));
      for (const translation of translations) {
        if (p.direction === 'it-en') lexicon.link(headword, translation);
        else lexicon.link(translation, headword);
      }
    }
  }
  cached.set(dir, lexicon);
  return lexicon;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decode64(text: string): number {
  let value = 0;
  for (const c of text) value = value * 64 + B64.indexOf(c);
  return value;
}

/**
 * Entries of a dictd database: the index gives each headword's offset and length (dictd base 64) in the
 * decompressed dictionary (dictzip is gzip with a random-access table). An entry is the headword line
 * ("prezzo /prˈɛtːso/") and its senses ("1. price, cost"); only one-word translations are kept, as words.
 */
export function* readDictd(base: string): Generator<{ headword: string; translations: string[]; proper: boolean }> {
  const dict = gunzipSync(readFileSync(`${base}.dict.dz`));
  for (const line of readFileSync(`${base}.index`, 'utf8').split('\n')) {
    const [headword, offset, length] = line.split('\t');
    if (!headword || !offset || !length || headword.startsWith('00database')) continue;
    const body = dict.subarray(decode64(offset), decode64(offset) + decode64(length)).toString('utf8');
    const translations: string[] = [];
    for (const sense of body.split('\n').slice(1)) {
      for (const piece of sense.replace(/^\s*\d+\.\s*/u, '').replace(/\([^)]*\)/gu, '').split(/[,;]/u)) {
        const words = piece.trim().toLowerCase().split(/\s+/u).filter((w) => w && w !== 'to' && !isStopword(w) && !isItalianStopword(w));
        if (words.length === 1 && /^\p{L}+$/u.test(words[0]!)) translations.push(words[0]!);
      }
    }
    // The entry's own first line keeps the headword's case: "Italy /ˈɪtəli/" is a proper name.
    if (/^[\p{L}'’]+$/u.test(headword)) yield { headword: headword.toLowerCase(), translations, proper: /^\p{Lu}/u.test(body) };
  }
}
