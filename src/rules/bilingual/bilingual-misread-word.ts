import { englishStem, freedictItEn, type BilingualLexicon } from '../../bilingual/freedict.ts';
import { fittedConfidence } from '../../bilingual/fitted-confidence.ts';
import { italianLemmas } from '../../bilingual/italian-lemmas.ts';
import { isItalianStopword } from '../../bilingual/italian-words.ts';
import { englishKeys, italianKeys } from '../../bilingual/keys.ts';
import { isStopword } from '../../text/words.ts';
import { spanIn, type Rule, type RuleReport } from '../rule.ts';

const WORD = /[\p{L}\p{M}]+/gu;
/** Shortest Italian lemma compared: short words are one letter apart from many others ("casa", "cosa"). */
const MIN_LEMMA = 6;

/**
 * Whether two words of one length differ by one letter inside the word (not the first, not the last two, where
 * Italian inflects: "scorso"/"scorsa", "inizio"/"inizia" are one word): "rifiatare"/"rifiutare".
 */
export function oneLetterApart(a: string, b: string): boolean {
  if (a === b || a.length !== b.length) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return i > 0 && i < a.length - 2 && a.slice(i + 1) === b.slice(i + 1);
}

/** Keys of single words, per lexicon: the rule asks about the same words in every sentence. */
const wordKeys = new WeakMap<BilingualLexicon, { it: Map<string, string[]>; en: Map<string, string[]> }>();
function keysOf(lexicon: BilingualLexicon, side: 'it' | 'en', word: string): string[] {
  let caches = wordKeys.get(lexicon);
  if (!caches) wordKeys.set(lexicon, (caches = { it: new Map(), en: new Map() }));
  const cache = caches[side];
  let keys = cache.get(word);
  if (!keys) cache.set(word, (keys = side === 'it' ? italianKeys(word, lexicon) : englishKeys(word, lexicon)));
  return keys;
}

const unreflexive = (verb: string) => verb.replace(/([aei]r)si$/u, '$1e');

/**
 * An English word that translates an Italian word one letter away from a word of the aligned Italian, which
 * the English does not render: the machine read "rifiata" (rifiatare, breathes again) as "rifiuta" (rifiutare)
 * and wrote "Refuse". Lemmas (morph-it) are compared, so inflection does not hide the near miss; the English
 * word must have no counterpart of its own in the Italian sentence.
 */
export const bilingualMisreadWord: Rule = {
  meta: {
    id: 'bilingual-misread-word',
    description: 'An English word that translates an Italian word one letter away from the one the source has (rifiata → "Refuse", from rifiuta).',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'major',
    basis: 'FreeDict eng-ita and ita-eng (Debian packages), morph-it lemmas (npm italian-verbs-dict, italian-words-dict), the aligned Italian',
    defaultConfidence: fittedConfidence('bilingual-misread-word', 0.5),
  },
  check(context) {
    const reports: RuleReport[] = [];
    const lexicon = freedictItEn();
    for (const segment of context.targetSegments) {
      const alignment = context.alignmentOfTarget.get(segment.id);
      if (!alignment) continue;
      const sources = alignment.source.map((id) => context.segmentById.get(id)!);
      const italian = sources.flatMap((s) => [...s.text.matchAll(WORD)].map((m) => ({ word: m[0], start: s.start + m.index })));
      const italianKeySet = new Set(sources.flatMap((s) => italianKeys(s.text, lexicon)));
      const englishKeySet = new Set(englishKeys(segment.text, lexicon));
      // Italian words that could have been misread: unknown to FreeDict (a word it knows has a reading of its
      // own) and not rendered in the English sentence, with their lemmas.
      const candidates = italian
        .filter((it) => it.word.length >= 4 && !isItalianStopword(it.word) && !lexicon.italian(it.word) && !keysOf(lexicon, 'it', it.word).some((k) => englishKeySet.has(k)))
        .map((it) => ({ ...it, own: [it.word.toLowerCase(), ...italianLemmas(it.word)].filter((o) => o.length >= MIN_LEMMA) }))
        .filter((it) => it.own.length);
      if (!candidates.length) continue;
      // English stems the sentence's Italian words translate to.
      const rendered = new Set(italian.flatMap((w) => [...(lexicon.translationsOf(w.word) ?? [])]));
      for (const m of segment.text.matchAll(WORD)) {
        const lower = m[0].toLowerCase();
        if (lower.length < 4 || isStopword(lower) || (m.index > 0 && /^\p{Lu}/u.test(m[0]))) continue;
        const stem = englishStem(lower);
        const readings = lexicon.italianOf.get(stem);
        if (!readings) continue;
        // The English word has a counterpart in the Italian sentence: it renders that.
        if (rendered.has(stem) || keysOf(lexicon, 'en', lower).some((k) => italianKeySet.has(k))) continue;
        for (const it of candidates) {
          // A reflexive infinitive is compared as its verb ("rifiutarsi" as "rifiutare").
          const misread = [...readings].map(unreflexive).find((r) => r.length >= MIN_LEMMA && it.own.some((o) => oneLetterApart(o, r)));
          if (!misread) continue;
          const start = segment.start + m.index;
          reports.push({
            target: spanIn(context.target, start, start + m[0].length),
            source: spanIn(context.source, it.start, it.start + it.word.length),
            message: `“${m[0]}” translates Italian “${misread}”, one letter away from the source's “${it.word}”: the word was misread`,
            suggestion: null,
            details: [`“${it.word}” (${it.own.slice(1).join(', ') || it.word}) is not rendered in the English sentence; “${misread}” is not in the Italian one`],
          });
          break;
        }
      }
    }
    return reports;
  },
};
