import { fold } from './fold.ts';
import { numberMentions } from './numbers.ts';
import { quotations, quotationWords } from './quotations.ts';
import { wordTokens } from './words.ts';

/** A checkable claim of a sentence: a figure, a quotation or a name. */
export interface Claim {
  kind: 'number' | 'quotation' | 'name';
  /** As a fact-checker reads it in a list: the figure, the name, or the quotation in quote marks. */
  text: string;
  /** The value of a figure. */
  value?: number;
}

/**
 * Checkable claims in a sentence, for a fact-checker: numbers and dates, quotations, and
 * capitalised names that do not start the sentence.
 */
export function checkableClaims(text: string): string[] {
  return claimsIn(text).map((c) => c.text);
}

/** The claims of `checkableClaims` with their kinds (and a figure's value), each once. */
export function claimsIn(text: string): Claim[] {
  const claims: Claim[] = [];
  const seen = new Set<string>();
  const add = (claim: Claim) => {
    if (seen.has(claim.text)) return;
    seen.add(claim.text);
    claims.push(claim);
  };
  for (const n of numberMentions(text)) add({ kind: 'number', text: n.text, value: n.value });
  for (const q of quotations(text)) if (q.text.trim().split(/\s+/).length >= 2) add({ kind: 'quotation', text: `“${q.text}”` });
  for (const name of properNames(text)) add({ kind: 'name', text: name });
  return claims;
}

/** What a source says, indexed once to tell a target's new claims from those it repeats. */
export interface SourceClaims {
  /** Whether the source carries the claim: the same figure by value, the name or the quoted words (case and diacritics aside). */
  has(claim: Claim): boolean;
}

export function sourceClaims(text: string): SourceClaims {
  const values = new Set(numberMentions(text).map((n) => n.value));
  // Words folded and joined by single spaces, padded, so that a name or quotation is found as whole words.
  const words = ` ${wordsOf(text).join(' ')} `;
  return {
    has(claim) {
      if (claim.kind === 'number') return claim.value !== undefined && values.has(claim.value);
      const wanted = claim.kind === 'quotation' ? quotationWords(fold(claim.text)).join(' ') : wordsOf(claim.text).join(' ');
      return wanted.length > 0 && words.includes(` ${wanted} `);
    },
  };
}

function wordsOf(text: string): string[] {
  return fold(text).replace(/[’‘]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
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
