import { fold } from './fold.ts';
import { numberMentions } from './numbers.ts';
import { quotations, quotationWords } from './quotations.ts';
import { wordRuns } from './word-runs.ts';
import { isStopword, wordTokens, type WordToken } from './words.ts';

/** A checkable claim of a sentence: a figure, a quotation or a name. */
export interface Claim {
  kind: 'number' | 'quotation' | 'name';
  /** As a fact-checker reads it in a list: the figure, the name, or the quotation in quote marks. */
  text: string;
  /** The value of a figure. */
  value?: number;
  /** A quotation's words in full (the text shows its start). */
  quote?: string;
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
  for (const q of quotations(text)) if (q.text.trim().split(/\s+/).length >= 2) add({ kind: 'quotation', text: quoteClaim(q.text), quote: q.text });
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
  // Indexed by word: a search of the whole source per claim made long documents quadratic.
  const words = wordRuns(wordsOf(text));
  return {
    has(claim) {
      if (claim.kind === 'number') return claim.value !== undefined && values.has(claim.value);
      const wanted = claim.kind === 'quotation' ? quotationWords(fold(claim.quote ?? claim.text)) : wordsOf(claim.text);
      return wanted.length > 0 && words.has(wanted);
    },
  };
}

function wordsOf(text: string): string[] {
  return fold(text).replace(/[’‘]/g, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
}

/** Quotations listed as claims show this many words at most: the claim is that it was said, not the whole sentence. */
const QUOTE_WORDS = 5;

/** A quotation as a claim: in quote marks, cut after QUOTE_WORDS words ("“We had almost given up…”"). */
function quoteClaim(text: string): string {
  const words = text.trim().split(/\s+/u);
  return words.length > QUOTE_WORDS ? `“${words.slice(0, QUOTE_WORDS).join(' ').replace(/[,;:]$/u, '')}…”` : `“${text.trim().replace(/[,;:]$/u, '')}”`;
}

/**
 * Names of a sentence: runs of capitalised words ("Guido Crosetto", "Security Council"), their leading
 * function words dropped ("The", "We"). A word that opens the sentence, or a clause after an opening quote,
 * colon or dash, is capitalised for its place, so it counts only inside a longer run ("Harbor
 * Logistics said…") or written in capitals (an agency dateline: "MANCHESTER, England").
 */
export function properNames(text: string): string[] {
  const names: string[] = [];
  const tokens = wordTokens(text);
  let run: WordToken[] = [];
  const flush = () => {
    let words = run.map((t) => t.text);
    while (words.length && isStopword(words[0]!)) words = words.slice(1);
    const joined = words.length ? text.slice(run[run.length - words.length]!.start, run.at(-1)!.end) : '';
    const opensClause = run.length > 0 && opensAt(text, run[0]!.start);
    const kept = opensClause && run.length === 1 && !isDateline(run[0]!.text) ? [] : words;
    if (kept.length) names.push(joined.replace(/\s+/gu, ' '));
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const capitalised = /^\p{Lu}/u.test(token.text);
    const previous = run.at(-1);
    const adjacent = previous !== undefined && /^\s+$/u.test(text.slice(previous.end, token.start));
    // "Bank of England", "Board of Peace": "of" and "for" between capitalised words join them into one name.
    const next = tokens[i + 1];
    if (!capitalised && adjacent && /^(?:of|for)$/u.test(token.text) && next && /^\p{Lu}/u.test(next.text) && /^\s+$/u.test(text.slice(token.end, next.start))) {
      run.push(token);
      continue;
    }
    if (capitalised && (run.length === 0 || adjacent)) run.push(token);
    else {
      flush();
      if (capitalised) run.push(token);
    }
  }
  flush();
  return names;
}

/** Whether a word at `offset` opens the sentence or a clause: nothing but an opening quote, a colon or a dash before it. */
function opensAt(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 4), offset);
  return offset === 0 || (/[“«„"'‘:—–-]\s*$/u.test(before) && !/[\p{L}\p{N}]/u.test(before.replace(/^.*[“«„"'‘:—–-]/u, '')));
}

/** An all-capitals word of three letters or more (a dateline's city, an agency): a name wherever it stands. */
function isDateline(word: string): boolean {
  return word.length >= 3 && word === word.toUpperCase() && /\p{Lu}/u.test(word);
}
