import { englishDictionary } from '../lexicon/dictionary.ts';
import { francAll } from 'franc-min';
import { plainlyEnglish } from '../text/plainly-english.ts';
import type { Segment } from '../types.ts';
import { spanIn, type Rule, type RuleReport } from './rule.ts';

/** Options of `untranslated-target` (rule options in the configuration). */
export interface UntranslatedOptions {
  /** ISO 639-3 code of the language the target should be in. Default `eng`. */
  language?: string;
  /** Fewest letters a paragraph needs for language identification on its own. Default 40. */
  minLetters?: number;
}

const DEFAULT_LANGUAGE = 'eng';
const DEFAULT_MIN_LETTERS = 40;
/** With no source language to compare against, a paragraph must be this long and the expected language this unlikely. */
const OPEN_MIN_LETTERS = 80;
const OPEN_MAX_EXPECTED_SCORE = 0.75;
/** How far below the source language the expected one must score (francAll: best = 1). */
const MARGIN = 0.92;
/** A short paragraph of fewer words is a name, a dateline or a label; it is never judged. */
const SHORT_MIN_WORDS = 3;
const SHORT_MIN_LETTERS = 20;

const NAMES: Record<string, string> = {
  eng: 'English', ita: 'Italian', fra: 'French', spa: 'Spanish', deu: 'German', por: 'Portuguese', nld: 'Dutch',
  ron: 'Romanian', pol: 'Polish', rus: 'Russian', ukr: 'Ukrainian', tur: 'Turkish', arb: 'Arabic', cmn: 'Chinese',
};
const nameOf = (code: string) => NAMES[code] ?? `language ${code}`;

/** ISO 639-1 codes (the primary subtag of a BCP 47 tag) of the languages named above, as franc's ISO 639-3. */
const FROM_ISO_639_1: Record<string, string> = {
  en: 'eng', it: 'ita', fr: 'fra', es: 'spa', de: 'deu', pt: 'por', nl: 'nld', ro: 'ron', pl: 'pol', ru: 'rus', uk: 'ukr', tr: 'tur', ar: 'arb', zh: 'cmn',
};

/** The configured target language (`"en"`, `"en-GB"`, `"eng"`) as franc's code, or undefined when unknown. */
function iso639_3(tag: string | undefined): string | undefined {
  const primary = tag?.toLowerCase().split(/[-_]/u)[0];
  if (!primary) return undefined;
  return primary.length === 3 ? primary : FROM_ISO_639_1[primary];
}

/**
 * Target paragraphs still in another language, usually the source's (a passage left untranslated).
 * Language identification (franc, trigram profiles from the UDHR) runs per paragraph with enough
 * letters, choosing between the expected language and the source's (with an English source, among
 * all languages, with a wider margin). A paragraph too short to identify is judged only when the
 * whole target is in another language, and then only when it has three words or more, so a name
 * or a dateline ("Giorgia Meloni", "Roma, 12 marzo") is never flagged. With English expected (the default
 * when no target language is configured) and an English source, a paragraph of 8 lower-case words or more
 * that franc does not read as English is also foreign when under half its words are English words. Each
 * sentence of a flagged paragraph is one finding.
 */
export const untranslatedTarget: Rule = {
  meta: {
    id: 'untranslated-target',
    description: 'A passage of the target is not in the target language (left untranslated).',
    category: 'accuracy/untranslated',
    defaultSeverity: 'major',
    basis: 'language identification (franc-min trigram profiles) per paragraph, against the source language',
    // Heuristic: statistical language identification, which can misread short or name-heavy passages.
    defaultConfidence: 0.8,
  },
  check(context) {
    const options = context.options as UntranslatedOptions;
    const expected = options.language ?? iso639_3(context.language?.target) ?? DEFAULT_LANGUAGE;
    const minLetters = options.minLetters ?? DEFAULT_MIN_LETTERS;
    const sourceLanguage = identify(context.sourceSegments.map((s) => s.text).join(' '), []);
    const candidates = sourceLanguage !== 'und' && sourceLanguage !== expected ? [expected, sourceLanguage] : [];
    const paragraphs = byParagraph(context.targetSegments);
    // The whole target's language matters only for a paragraph too short to judge: judged then, once.
    let wholeJudged: { language: string | null | undefined } | null = null;
    const wholeLanguage = () => (wholeJudged ??= { language: judge(paragraphs.flat().map((s) => s.text).join(' '), expected, candidates, minLetters) }).language;
    const reports: RuleReport[] = [];
    for (const segments of paragraphs) {
      const text = segments.map((s) => s.text).join(' ');
      let language = judge(text, expected, candidates, minLetters);
      // Too short on its own: judged only inside a foreign target, between that language and the expected one.
      if (language === undefined) {
        const whole = wholeLanguage();
        if (whole && words(text) >= SHORT_MIN_WORDS) language = judge(text, expected, [expected, whole], SHORT_MIN_LETTERS) && whole;
      }
      if (!language) continue;
      for (const segment of segments) {
        reports.push({
          target: spanIn(context.target, segment.start, segment.end),
          message: `Not translated: this ${segment.kind} reads as ${nameOf(language)}, not ${nameOf(expected)}`,
          suggestion: null,
        });
      }
    }
    return reports;
  },
};

/** Segments grouped by paragraph, in order. */
function byParagraph(segments: Segment[]): Segment[][] {
  const groups: Segment[][] = [];
  for (const segment of segments) {
    const last = groups.at(-1);
    if (last && last[0]!.paragraph === segment.paragraph) last.push(segment);
    else groups.push([segment]);
  }
  return groups;
}

/**
 * The language a text is in when it is not the expected one; null when it is the expected one
 * (or cannot be told apart from it); undefined when the text is too short to judge.
 */
function judge(text: string, expected: string, candidates: string[], minLetters: number): string | null | undefined {
  const letters = letterCount(text);
  if (letters < (candidates.length ? minLetters : Math.max(minLetters, OPEN_MIN_LETTERS))) return undefined;
  if (expected === 'eng' && looksEnglish(text)) return null;
  const scores = francAll(text, { only: candidates, minLength: 1 });
  const [best, bestScore] = scores[0] ?? ['und', 0];
  if (best === 'und' || best === expected) return null;
  // Among all languages, franc's margin alone misses plain Italian (English at 0.75 of it): when English is
  // expected, a text whose words are mostly not English words is foreign whatever the margin.
  if (!candidates.length && expected === 'eng' && (englishShare(text, FOREIGN_MIN_WORDS) ?? 1) < FOREIGN_MAX_ENGLISH_SHARE) return best;
  const expectedScore = scores.find(([code]) => code === expected)?.[1] ?? 0;
  if (expectedScore > (candidates.length ? MARGIN : OPEN_MAX_EXPECTED_SCORE) * bestScore) return null;
  return best;
}

/**
 * How many letters (code points) a text has, without an array of them (the whole source is counted):
 * ASCII by its code, anything else by the Unicode property.
 */
function letterCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      const lower = code | 32;
      if (lower >= 97 && lower <= 122) n++;
      continue;
    }
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    if (LETTER.test(String.fromCodePoint(point))) n++;
  }
  return n;
}

const LETTER = /^\p{L}$/u;

function identify(text: string, only: string[]): string {
  if (letterCount(text) < DEFAULT_MIN_LETTERS) return 'und';
  if (looksEnglish(text)) return 'eng';
  return francAll(text, { only, minLength: 1 })[0]?.[0] ?? 'und';
}

/** English by either shortcut below; franc is not asked. */
function looksEnglish(text: string): boolean {
  return plainlyEnglish(text) || englishWords(text);
}

/**
 * Short or list-like text that franc misreads ("minister said Meloni don't minister Friday Rome" as
 * Swedish): when nearly every lower-case word is in the English dictionary (Hunspell en_US/en_GB), the
 * text is English. Names are left out of the count; another language's prose shares only a few short
 * words with English ("a", "in", "con").
 */
function englishWords(text: string): boolean {
  return (englishShare(text, ENGLISH_WORDS_MIN) ?? 0) >= ENGLISH_WORDS_SHARE;
}

/** The share of a text's lower-case words (names left out) that the English dictionary knows; undefined under `min` words. */
function englishShare(text: string, min: number): number | undefined {
  const tokens = (text.match(/[\p{L}'’]+/gu) ?? []).filter((t) => /^\p{Ll}/u.test(t) && t.length > 1);
  if (tokens.length < min) return undefined;
  const known = tokens.filter((t) => englishDictionary().isWord(t.replace(/’/gu, "'"))).length;
  return known / tokens.length;
}

const ENGLISH_WORDS_MIN = 3;
const ENGLISH_WORDS_SHARE = 0.9;
/** With English expected and no other language to compare: at least this many lower-case words, under this share of them English, is foreign. */
const FOREIGN_MIN_WORDS = 8;
const FOREIGN_MAX_ENGLISH_SHARE = 0.5;

function words(text: string): number {
  return text.match(/\p{L}+/gu)?.length ?? 0;
}
