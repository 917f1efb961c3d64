import { fittedConfidence } from '../../bilingual/fitted-confidence.ts';
import { isItalianStopword } from '../../bilingual/italian-words.ts';
import { loadTsv } from '../../lexicon/load-tsv.ts';
import { isStopword } from '../../text/words.ts';
import type { Segment } from '../../types.ts';
import { spanIn, type Rule, type RuleReport } from '../rule.ts';

let words: Set<string> | null = null;
/** The Italian articles and articulated prepositions (corpus/lexicons/italian-function-words). */
export function italianFunctionWords(): Set<string> {
  return (words ??= new Set(loadTsv('italian-function-words/function-words.tsv').map((r) => r[0]!.trim().toLowerCase())));
}

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu;

/**
 * An Italian article or preposition left in the English ("lo spread of our country", "reached i 106 basis
 * points", "gli investors"), where the aligned Italian has that same word. Not flagged: a capitalised one
 * before another capitalised word (a name: "La Repubblica", "Il Sole 24 Ore", "Del Monte"), one inside
 * parentheses or joined by a hyphen or apostrophe, one ending the sentence, and any in a sentence left in
 * Italian as a whole (`untranslated-target` reports that).
 */
export const bilingualUntranslated: Rule = {
  meta: {
    id: 'bilingual-untranslated',
    description: 'An Italian article or preposition left untranslated in the English, where the aligned Italian has it.',
    category: 'accuracy/untranslated',
    defaultSeverity: 'major',
    basis: 'Italian articles and articulated prepositions (corpus/lexicons/italian-function-words) and the aligned Italian',
    // Fitted on the real training half and the faithful fixture translations (eval/bilingual-calibrate.ts); 1 without findings there.
    defaultConfidence: fittedConfidence('bilingual-untranslated', 1),
  },
  check(context) {
    const reports: RuleReport[] = [];
    const list = italianFunctionWords();
    for (const segment of context.targetSegments) {
      const alignment = context.alignmentOfTarget.get(segment.id);
      if (!alignment) continue;
      const italian = new Set(alignment.source.flatMap((id) => italianWordsOf(context.segmentById.get(id)!)));
      const tokens = [...segment.text.matchAll(WORD)];
      if (readsItalian(tokens.map((t) => t[0]))) continue; // a sentence left in Italian: untranslated-target's
      tokens.forEach((m, i) => {
        const word = m[0];
        const lower = word.toLowerCase();
        if (!list.has(lower) || !italian.has(lower)) return;
        if (lower === 'i' && word === 'I') return; // the English pronoun
        const next = tokens[i + 1];
        if (!next) return;
        const before = segment.text[m.index - 1] ?? ' ';
        const after = segment.text[m.index + word.length] ?? ' ';
        if (!/\s/u.test(after) || /[-(’'/]/u.test(before)) return;
        if (/^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(next[0])) return;
        const start = segment.start + m.index;
        reports.push({
          target: spanIn(context.target, start, start + word.length),
          source: italianEvidence(context, alignment.source, lower),
          message: `Italian “${word}” left untranslated in the English`,
          suggestion: null,
        });
      });
    }
    return reports;
  },
};

/** More than a fifth of the words are Italian function words that are not English ones: the sentence is Italian. */
function readsItalian(words: string[]): boolean {
  const italian = words.filter((w) => isItalianStopword(w) && !isStopword(w.toLowerCase())).length;
  return words.length > 0 && italian / words.length > 0.2;
}

function italianWordsOf(segment: Segment): string[] {
  return [...segment.text.matchAll(WORD)].map((m) => m[0].toLowerCase());
}

function italianEvidence(context: Parameters<Rule['check']>[0], ids: string[], lower: string) {
  for (const id of ids) {
    const s = context.segmentById.get(id)!;
    for (const m of s.text.matchAll(WORD)) if (m[0].toLowerCase() === lower) return spanIn(context.source, s.start + m.index, s.start + m.index + m[0].length);
  }
  return null;
}
