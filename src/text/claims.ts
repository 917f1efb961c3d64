import { numberMentions } from './numbers.ts';
import { quotations } from './quotations.ts';
import { wordTokens } from './words.ts';

/**
 * Checkable claims in a sentence, for a fact-checker: numbers and dates, quotations, and
 * capitalised names that do not start the sentence.
 */
export function checkableClaims(text: string): string[] {
  const claims: string[] = [];
  for (const n of numberMentions(text)) claims.push(n.text);
  for (const q of quotations(text)) if (q.text.trim().split(/\s+/).length >= 2) claims.push(`“${q.text}”`);
  claims.push(...properNames(text));
  return [...new Set(claims)];
}

/** Runs of capitalised words not at the start of the sentence ("Guido Crosetto", "Security Council"). */
export function properNames(text: string): string[] {
  const names: string[] = [];
  let run: string[] = [];
  let previousEnd = -1;
  const flush = () => {
    if (run.length) names.push(run.join(' '));
    run = [];
  };
  for (const token of wordTokens(text)) {
    const capitalised = /^\p{Lu}/u.test(token.text) && token.start > 0;
    const adjacent = previousEnd >= 0 && /^\s+$/.test(text.slice(previousEnd, token.start));
    if (capitalised && (run.length === 0 || adjacent)) run.push(token.text);
    else {
      flush();
      if (capitalised) run.push(token.text);
    }
    previousEnd = token.end;
  }
  flush();
  return names;
}
