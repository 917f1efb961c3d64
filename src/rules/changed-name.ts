import { englishDictionary } from '../lexicon/dictionary.ts';
import { senseRelations } from '../lexicon/sense-relation.ts';
import type { Alignment, DiffPart } from '../types.ts';
import { fold } from '../text/fold.ts';
import { isStopword, wordTokens, type WordToken } from '../text/words.ts';
import { eachAlignment, spanIn, type Rule, type RuleContext, type RuleReport } from './rule.ts';

/** Word-for-word replacements longer than this are rewrites, not a changed name. */
const MAX_RUN = 3;

/**
 * A name of a person, place or organisation replaced by another name, or dropped, between aligned
 * sentences. Only clear cases: the names sit in a short word-for-word replacement (or a short deletion
 * between unchanged words), the new name is nowhere in the aligned source and the old one nowhere in the
 * aligned target, and the two are not names of one entity ("U.S.", "US", "United States", and
 * "Washington" for the U.S. government, which WordNet links as part and whole).
 */
export const changedName: Rule = {
  meta: {
    id: 'changed-name',
    description: 'A name of a person, place or organisation changed or dropped between aligned sentences.',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'major',
    basis: 'the aligned source sentences',
    // Heuristic: names are found by capitalisation and compared across an alignment that can be wrong.
    defaultConfidence: 0.8,
  },
  check: eachAlignment(inAlignment),
};

function inAlignment(context: RuleContext, alignment: Alignment): RuleReport[] {
  const diff = alignment.diff ?? [];
  // Most aligned pairs delete nothing: nothing to read then.
  if (!diff.some((part) => part.op === 'delete' && part.source)) return [];
  const starts = new Set([...alignment.source, ...alignment.target].map((id) => context.segmentById.get(id)!.start));
  const sourceText = alignment.source.map((id) => context.segmentById.get(id)!.text).join(' ');
  const targetText = alignment.target.map((id) => context.segmentById.get(id)!.text).join(' ');
  const sourceKeys = nameKeys(sourceText);
  const targetKeys = nameKeys(targetText);
  const lowerTarget = fold(targetText);
  const reports: RuleReport[] = [];
  const used = new Set<DiffPart>();
  const isUsed = (part: DiffPart) => used.has(part);
  for (let i = 0; i < diff.length; i++) {
    const part = diff[i]!;
    if (part.op !== 'delete' || !part.source) continue;
    // The replacement may come before or after the deletion in jsdiff's output.
    const before = diff[i - 1];
    const next = diff[i + 1]?.op === 'insert' ? diff[i + 1] : before?.op === 'insert' && !isUsed(before) ? before : diff[i + 1];
    const deletedWords = wordTokens(part.source.text, part.source.start);
    // Present as a whole word, not inside another ("Marsh" is not kept by "Marshall"); case and diacritics aside.
    const inTarget = (name: string) => wholeWord(name).test(lowerTarget);
    const oldNames = names(deletedWords, starts).filter((n) => !targetKeys.has(key(n.text)) && !inTarget(n.text));
    if (!oldNames.length || deletedWords.length > MAX_RUN) continue;
    if (next?.op === 'insert' && next.target && !used.has(next)) {
      const insertedWords = wordTokens(next.target.text, next.target.start);
      if (Math.abs(insertedWords.length - deletedWords.length) > 1) continue;
      // Between unchanged words the swap is in place, so a name moved in from elsewhere in the sentence
      // counts too ("the Ship of State" → "the Ship of President"); otherwise the new name must be new.
      const after = diff[Math.max(i, diff.indexOf(next)) + 1];
      const inPlace = isWordEqual(diff[Math.min(i, diff.indexOf(next)) - 1]) && (after === undefined || after.op === 'equal');
      const newNames = names(insertedWords, starts).filter((n) => inPlace || !sourceKeys.has(key(n.text)));
      if (!newNames.length || sameEntity(part.source.text, next.target.text) || sameEntity(oldNames.map((n) => n.text).join(' '), newNames.map((n) => n.text).join(' '))) continue;
      const from = newNames[0]!;
      const to = newNames.at(-1)!;
      const was = oldNames.map((n) => n.text).join(' ');
      reports.push({
        target: spanIn(context.target, from.start, to.end),
        source: spanIn(context.source, oldNames[0]!.start, oldNames.at(-1)!.end),
        message: `Name changed: the source has “${was}”, the target “${context.target.text.slice(from.start, to.end)}”`,
        suggestion: was,
      });
      used.add(next);
    } else if (isWordEqual(before) && isWordEqual(next)) {
      // A name deleted between unchanged words: dropped.
      const was = oldNames.map((n) => n.text).join(' ');
      reports.push({
        target: null,
        source: spanIn(context.source, oldNames[0]!.start, oldNames.at(-1)!.end),
        message: `Name dropped: the target leaves out “${was}”`,
        category: 'accuracy/omission',
        suggestion: null,
      });
    }
  }
  return reports;
}

/** A name as a whole word of a folded text; compiled once per name, since a long document repeats its names. */
function wholeWord(name: string): RegExp {
  let pattern = wholeWordCache.get(name);
  if (!pattern) {
    if (wholeWordCache.size >= 10_000) wholeWordCache.clear();
    wholeWordCache.set(name, (pattern = new RegExp(`(?<![\\p{L}])${fold(name).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, 'u')));
  }
  return pattern;
}

const wholeWordCache = new Map<string, RegExp>();

function isWordEqual(part: DiffPart | undefined): boolean {
  return part?.op === 'equal' && /\p{L}/u.test(part.target?.text ?? '');
}

/** Capitalised words that are names: not function words, and not an ordinary word capitalised at a sentence start. */
function names(words: readonly WordToken[], sentenceStarts: Set<number>): WordToken[] {
  return words.filter((w) => {
    if (!/^\p{Lu}/u.test(w.text) || isStopword(w.text)) return false;
    if (sentenceStarts.has(w.start) && englishDictionary().isWord(w.text.toLowerCase())) return false;
    return true;
  });
}

/**
 * "U.S." and "US" are one key; so are "Meloni" and "Meloni’s", "Oslo" and "Oslo-based" (a compound
 * adjective), and a name as syndicated copy writes it: "Fenerbahçe" and "Fenerbahce", "İstanbul" and
 * "Istanbul", "Reuters" and "REUTERS" (diacritics and case folded).
 */
function key(name: string): string {
  return fold(name.replace(/-\p{Ll}[\p{Ll}-]*$/u, '').replace(/['’]s$/u, '').replace(/[.’']/gu, ''));
}

/** Keys of every capitalised word of a text, and the initials of its capitalised runs ("United States" → "us"). */
function nameKeys(text: string): Set<string> {
  const keys = new Set<string>();
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1) keys.add(run.map((w) => w[0]).join('').toLowerCase());
    run = [];
  };
  for (const w of wordTokens(text)) {
    if (/^\p{Lu}/u.test(w.text)) {
      keys.add(key(w.text));
      run.push(w.text);
    } else flush();
  }
  flush();
  return keys;
}

/**
 * Two names for one entity: the same letters, one the initials of the other ("U.S." / "United States"),
 * or names WordNet links as synonyms or part and whole, which is how news writes a country by its
 * capital ("Washington" for the U.S., "Rome" for Italy).
 */
function sameEntity(a: string, b: string): boolean {
  const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').toLowerCase();
  const initials = (s: string) => (s.match(/\p{Lu}\p{L}*/gu) ?? []).map((w) => w[0]).join('').toLowerCase();
  const [la, lb] = [letters(a), letters(b)];
  if (la === lb || la === initials(b) || lb === initials(a)) return true;
  const name = (s: string) => s.replace(/['’]s\b/gu, '').replace(/[^\p{L}.\s-]/gu, '').trim().toLowerCase();
  return senseRelations(name(a), name(b), ['synonym', 'hypernym']).length > 0;
}

