import { isStopword, type WordToken } from '../text/words.ts';
import { wordnet } from './wordnet.ts';

/**
 * The source word and its neighbour form a WordNet term ("security force") and the target word and the
 * same neighbour do not ("safety force"): the substitution breaks a fixed term.
 */
export function brokenTerm(sourceText: string, source: WordToken, targetText: string, target: WordToken): string | undefined {
  const after = (text: string, at: number, n: number) => /^(?:\s+[\p{L}-]+)+/u.exec(text.slice(at, at + 60))?.[0].trim().split(/\s+/u).slice(0, n);
  const before = (text: string, at: number, n: number) => wordsBefore(text.slice(Math.max(0, at - 60), at))?.trim().split(/\s+/u).slice(-n);
  const same = (a: string[] | undefined, b: string[] | undefined) => a && b && a.length === b.length && a.every((w, i) => w.toLowerCase() === b[i]!.toLowerCase());
  // The term with its following neighbour ("security force") or two, through a preposition ("board of
  // directors", "term of office"), and with its preceding content word.
  for (const n of [1, 2]) {
    const sNext = after(sourceText, source.end, n);
    const tNext = after(targetText, target.end, n);
    if (!sNext || sNext.length < n || !same(sNext, tNext) || (n === 2 && !isStopword(sNext[0]!))) continue;
    const term = `${source.text} ${sNext.join(' ')}`;
    if (isTerm(term) && !isTerm(`${target.text} ${tNext!.join(' ')}`)) return term;
  }
  const sPrev = before(sourceText, source.start, 1);
  const tPrev = before(targetText, target.start, 1);
  if (sPrev?.length && same(sPrev, tPrev) && !isStopword(sPrev[0]!)) {
    if (isTerm(`${sPrev[0]} ${source.text}`) && !isTerm(`${tPrev![0]} ${target.text}`)) return `${sPrev[0]} ${source.text}`;
  }
  return undefined;
}

const SPACE = /^\s$/u;
const LETTER = /^[\p{L}-]$/u;

/**
 * What `/(?:[\p{L}-]+\s+)+$/u` matches in `text` (words, each followed by white space, up to the end), or
 * undefined. Read backwards from the end: that expression, anchored at the end, is tried from every
 * position of the text, and it ran for every swap.
 */
function wordsBefore(text: string): string | undefined {
  const points = Array.from(text); // code points, as the expression reads them
  const run = (from: number, test: RegExp) => {
    let i = from;
    while (i > 0 && test.test(points[i - 1]!)) i--;
    return i;
  };
  let start = points.length;
  for (;;) {
    const spaces = run(start, SPACE);
    if (spaces === start) break;
    const letters = run(spaces, LETTER);
    if (letters === spaces) break;
    start = letters;
  }
  return start === points.length ? undefined : points.slice(start).join('');
}

/**
 * A WordNet multi-word term, inflected or not: "ice shelves" (ice shelf), "boards of directors"
 * (board of directors). WordNet's own lookup inflects only whole single words, so the head is
 * reduced here: the last word of a compound, the first of a phrase with a preposition.
 */
function isTerm(words: string): boolean {
  const net = wordnet();
  const known = (w: string) => net.baseForms(w, 'n').length > 0 || net.baseForms(w, 'v').length > 0;
  if (known(words)) return true;
  const parts = words.split(' ');
  if (parts.length < 2) return false;
  const head = parts.length > 2 && isStopword(parts[1]!) ? 0 : parts.length - 1;
  return net.baseForms(parts[head]!, 'n').some((base) => base !== parts[head] && known(parts.map((p, i) => (i === head ? base : p)).join(' ')));
}
