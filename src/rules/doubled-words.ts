import { spanIn, type Rule, type RuleReport } from './rule.ts';
import { wordTokens } from '../text/words.ts';

/**
 * Repeats that English grammar allows ("he had had enough", "the fact that that proves", "what it is is").
 * A doubled word among these is left alone; any other doubled word is a slip.
 */
const GRAMMATICAL_REPEATS = new Set(['had', 'that', 'is', 'do', 'bye', 'very', 'so', 'no', 'far', 'again', 'more', 'on', 'ha', 'yes']);

/** The same word twice in a row, separated only by spaces ("the the"): a typing or spinning slip. */
export const doubledWords: Rule = {
  meta: {
    id: 'doubled-words',
    description: 'The same word written twice in a row.',
    category: 'fluency/grammar',
    defaultSeverity: 'minor',
    basis: 'the target text (a short list of grammatical repeats is allowed)',
  },
  check(context) {
    const reports: RuleReport[] = [];
    for (const segment of context.targetSegments) {
      const tokens = wordTokens(segment.text, segment.start);
      for (let i = 1; i < tokens.length; i++) {
        const a = tokens[i - 1]!;
        const b = tokens[i]!;
        // "the the", "The the"; not "FOO foo" (code), not single letters ("d d"), not across a line break.
        const sameWord = a.text === b.text || a.text === b.text[0]!.toUpperCase() + b.text.slice(1);
        if (!sameWord || a.text.length < 2 || !/^\p{L}/u.test(a.text) || a.text === a.text.toUpperCase()) continue;
        if (!/^[ \u00a0]$/u.test(context.target.text.slice(a.end, b.start))) continue;
        if (GRAMMATICAL_REPEATS.has(a.text.toLowerCase())) continue;
        reports.push({
          target: spanIn(context.target, a.start, b.end),
          message: `“${a.text}” is written twice`,
          suggestion: a.text,
        });
      }
    }
    return reports;
  },
};
