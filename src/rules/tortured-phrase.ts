import { isOrdinaryEnglish, torturedPhrases } from '../lexicon/tortured-phrases.ts';
import { wordTokens } from '../text/words.ts';
import { spanIn, type Rule, type RuleReport } from './rule.ts';

/**
 * A known spinner fingerprint ("counterfeit consciousness" for "artificial intelligence") from the
 * Problematic Paper Screener's list, when the source does not use the phrase itself.
 */
export const torturedPhrase: Rule = {
  meta: {
    id: 'tortured-phrase',
    description: 'A known "tortured phrase": the output of a synonym spinner for an established term.',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'major',
    basis: 'Problematic Paper Screener tortured phrases (the tortured-phrases list in the data directory, Cabanac, Labbé, Magazinov 2021)',
  },
  check(context) {
    const index = torturedPhrases(context.dataDir);
    const sourceText = context.source.text.toLowerCase().replace(/\s+/gu, ' ');
    const reports: RuleReport[] = [];
    for (const segment of context.targetSegments) {
      const tokens = wordTokens(segment.text, segment.start);
      // Lower-cased once: a common first word has many entries, each compared word by word.
      const lower = tokens.map((t) => t.text.toLowerCase());
      for (let i = 0; i < tokens.length; i++) {
        for (const entry of index.get(lower[i]!) ?? []) {
          if (i + entry.words.length > tokens.length || entry.words.some((w, k) => lower[i + k] !== w)) continue;
          const run = tokens.slice(i, i + entry.words.length);
          const phrase = entry.words.join(' ');
          if (sourceText.includes(phrase) || isOrdinaryEnglish(entry.words)) continue;
          const span = spanIn(context.target, run[0]!.start, run.at(-1)!.end);
          reports.push({
            target: span,
            message: `“${span.text}” is a known tortured phrase (a spinner's rewording of “${entry.expected}”)`,
            suggestion: entry.expected,
          });
        }
      }
    }
    return reports;
  },
};
