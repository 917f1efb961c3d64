import { englishDictionary } from '../lexicon/dictionary.ts';
import { spellingVariants } from '../lexicon/spelling-variants.ts';
import type { Alignment } from '../types.ts';
import { fold } from '../text/fold.ts';
import { isStopword, wordTokens, type WordToken } from '../text/words.ts';
import { eachAlignment, spanIn, type Rule, type RuleContext, type RuleReport } from './rule.ts';

/** Shortest name word compared by spelling: shorter names ("Li", "Ng") differ by one letter from other names. */
const MIN_SPELLED = 5;

/**
 * A name of the aligned source that the target keeps in a broken form, which a machine translation or a
 * paraphraser leaves where it did not know the name:
 * - its words reordered: "Al Weird" Yankovic for "Weird" Al, "the Dragon crew" for the Crew Dragon;
 * - one name split into words: "quest love" for Questlove;
 * - misspelt by a letter or two: "Rondon" for Randon, "Davella" for Tavella.
 * The name is gone from the target (case and diacritics aside), and the broken form is nowhere in the
 * source, so a name the two texts both write is never read as broken. changed-name reports a name
 * replaced by another; this rule reports the source's own name in a damaged spelling or order.
 */
export const brokenName: Rule = {
  meta: {
    id: 'broken-name',
    description: 'A name of the source rendered broken: its words reordered, split into words, or misspelt.',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'major',
    basis: 'the aligned source sentences',
    // Heuristic: names are found by capitalisation, and a misspelling by edit distance.
    defaultConfidence: 0.7,
  },
  check: eachAlignment(inAlignment),
};

interface Side {
  text: string;
  words: WordToken[];
  folded: string[];
  starts: Set<number>;
}

function side(context: RuleContext, ids: string[], doc: 'source' | 'target'): Side {
  const segments = ids.map((id) => context.segmentById.get(id)!);
  const words = segments.flatMap((s) => wordTokens(s.text, s.start));
  return { text: context[doc].text, words, folded: words.map((w) => nameKey(w.text)), starts: new Set(segments.map((s) => s.start)) };
}

function inAlignment(context: RuleContext, alignment: Alignment): RuleReport[] {
  if (!alignment.source.length || !alignment.target.length || !alignment.diff?.some((p) => p.op !== 'equal')) return [];
  const source = side(context, alignment.source, 'source');
  const target = side(context, alignment.target, 'target');
  const inTarget = new Set(target.folded);
  const inSource = new Set(source.folded);
  const reports: RuleReport[] = [];
  const taken = new Set<number>();
  const report = (from: WordToken, to: WordToken, was: { start: number; end: number }, message: string) => {
    for (const w of target.words) if (w.start >= from.start && w.end <= to.end) taken.add(w.start);
    const wasText = context.source.text.slice(was.start, was.end);
    reports.push({ target: spanIn(context.target, from.start, to.end), source: spanIn(context.source, was.start, was.end), message: message.replace('%s', wasText), suggestion: wasText });
  };
  for (const run of nameRuns(source)) {
    const keys = run.map((i) => source.folded[i]!);
    // Reordered: the same words side by side in another order, and the source's order nowhere. A title
    // moved behind a comma ("Matthias Zachert, CEO") is English; words joined by spaces only are one name.
    if (run.length >= 2 && !containsRun(target.folded, keys)) {
      const at = findPermutation(target, keys);
      if (at >= 0) {
        // Words kept in place at either end are not part of what broke ("SpaceX's Crew Dragon").
        let lo = 0;
        let hi = keys.length - 1;
        while (lo < hi && target.folded[at + lo] === keys[lo]) lo++;
        while (hi > lo && target.folded[at + hi] === keys[hi]) hi--;
        const span = { start: source.words[run[lo]!]!.start, end: source.words[run[hi]!]!.end };
        report(target.words[at + lo]!, target.words[at + hi]!, span, 'Name broken: the words of “%s” are in another order');
        continue;
      }
    }
    for (const i of run) {
      const name = source.words[i]!;
      const key = source.folded[i]!;
      // A contraction or an elided name ("We're", "T’Challa") is not spelled out here.
      if (inTarget.has(key) || key.length < MIN_SPELLED || !/^\p{Lu}/u.test(name.text) || /['’]/u.test(key)) continue;
      const split = findSplit(target.folded, key);
      if (split >= 0 && !taken.has(target.words[split]!.start)) {
        report(target.words[split]!, target.words[split + 1]!, name, 'Name broken: “%s” is split into words');
        continue;
      }
      const misspelt = target.words.findIndex(
        (w, j) => !taken.has(w.start) && /^\p{Lu}/u.test(w.text) && !inSource.has(target.folded[j]!) && !/['’]/u.test(target.folded[j]!) && isMisspelling(target.folded[j]!, key) && !isOrdinaryWord(w, target.starts),
      );
      if (misspelt >= 0) report(target.words[misspelt]!, target.words[misspelt]!, name, 'Name misspelt: the source writes “%s”');
    }
  }
  return reports;
}

/** A word as names are compared: case, diacritics and a possessive aside ("Tanaka’s" is "tanaka"). */
function nameKey(word: string): string {
  return fold(word).replace(/['’]s$/u, '');
}

/** Runs of name words of the source: capitalised, not function words, not an ordinary word opening a sentence. */
function nameRuns(source: Side): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  source.words.forEach((w, i) => {
    const adjacent = run.length > 0 && /^\s+$/u.test(source.text.slice(source.words[run.at(-1)!]!.end, w.start));
    if (/^\p{Lu}/u.test(w.text) && !isStopword(w.text) && !isOrdinaryWord(w, source.starts)) {
      if (!adjacent && run.length) runs.push(run), (run = []);
      run.push(i);
    } else if (run.length) runs.push(run), (run = []);
  });
  if (run.length) runs.push(run);
  return runs;
}

function isOrdinaryWord(w: WordToken, sentenceStarts: Set<number>): boolean {
  return sentenceStarts.has(w.start) && englishDictionary().isWord(w.text.toLowerCase());
}

function containsRun(words: string[], run: string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((r, k) => words[i + k] === r)) return true;
  return false;
}

/** Start of a window of the run's words in another order, joined by spaces only, or -1. */
function findPermutation(target: Side, run: string[]): number {
  const want = [...run].sort().join(' ');
  for (let i = 0; i + run.length <= target.folded.length; i++) {
    if (target.folded.slice(i, i + run.length).sort().join(' ') !== want) continue;
    const words = target.words.slice(i, i + run.length);
    if (words.every((w, k) => k === 0 || /^\s+$/u.test(target.text.slice(words[k - 1]!.end, w.start)))) return i;
  }
  return -1;
}

/** Start of two neighbouring words that spell the name ("quest love" for "questlove"), or -1. */
function findSplit(words: string[], key: string): number {
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i]!.length >= 2 && words[i + 1]!.length >= 2 && words[i]! + words[i + 1]! === key) return i;
  }
  return -1;
}

/**
 * One or two letters apart (Damerau-Levenshtein: two for names of eight letters or more), with the same
 * length give or take two: "rondon" for "randon", "davella" for "tavella". A possessive or plural is not
 * a misspelling ("Tavella's").
 */
function isMisspelling(word: string, name: string): boolean {
  if (word.length < MIN_SPELLED || word === name || Math.abs(word.length - name.length) > 2) return false;
  // "Labor" for "Labour" is the name in American spelling.
  if (word.startsWith(name) || name.startsWith(word) || spellingVariants(word, name)) return false;
  const limit = name.length >= 8 ? 2 : 1;
  return editDistance(word, name, limit) <= limit;
}

/** Optimal string alignment distance, stopping early past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return best;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
