import { loadTsv } from '../lexicon/load-tsv.ts';
import type { DiffPart } from '../types.ts';
import { spanIn, type Rule, type RuleReport } from './rule.ts';

/** Words an insertion may have and still be read as one added adverb; longer ones are rewrites. */
const MAX_WORDS = 2;

const EFFECT: Record<string, string> = {
  hedge: 'the source states it as fact; the copy hedges it',
  habit: 'the source states one event; the copy makes it habitual',
  former: 'here it means formerly: the copy says it no longer holds',
};

let adverbs: Map<string, { cls: string; after: Set<string> }> | null = null;

/** corpus/lexicons/modal-strength/adverbs.tsv (SOURCE.md), read once. */
function adverbTable(): Map<string, { cls: string; after: Set<string> }> {
  adverbs ??= new Map(
    loadTsv('modal-strength/adverbs.tsv')
      .filter(([word]) => word !== 'word')
      .map(([word, cls, after]) => [word!, { cls: cls!, after: new Set((after ?? '').split('|').filter(Boolean)) }]),
  );
  return adverbs;
}

/**
 * An adverb the aligned source does not have, added by the copy, that changes what the clause asserts:
 * a hedge ("it was probably the most in three months"), a habit ("they usually rose 4% in 2019"), or a thing
 * of the past ("the fund was once draining cash"). Only insertions between kept words: a rewrite may move them.
 */
export const addedHedge: Rule = {
  meta: {
    id: 'added-hedge',
    description: 'An adverb added by the copy that hedges a statement, makes it habitual, or moves it into the past.',
    category: 'accuracy/addition',
    defaultSeverity: 'major',
    basis: 'the aligned source; adverb classes after Quirk et al. (1985) (corpus/lexicons/modal-strength/adverbs.tsv)',
    // Measured on the real training sites (docs/detection.md).
    defaultConfidence: 0.7,
  },
  check(context) {
    const table = adverbTable();
    const reports: RuleReport[] = [];
    for (const alignment of context.alignments) {
      const diff = alignment.diff ?? [];
      const sourceWords = new Set(alignment.source.flatMap((id) => (context.segmentById.get(id)!.text.toLowerCase().match(/\p{L}+/gu) ?? [])));
      diff.forEach((part, i) => {
        if (part.op !== 'insert' || !part.target) return;
        // Inserted outright, between kept words: no deletion beside it.
        if (!isEqual(diff[i - 1]) || !(isEqual(diff[i + 1]) || i + 1 === diff.length)) return;
        const words = part.target.text.match(/\p{L}+/gu) ?? [];
        if (!words.length || words.length > MAX_WORDS) return;
        for (const m of part.target.text.matchAll(/\p{L}+/gu)) {
          const word = m[0].toLowerCase();
          const entry = table.get(word);
          if (!entry || sourceWords.has(word)) continue;
          const before = diff[i - 1]!.target!.text.match(/\p{L}+/gu)?.at(-1)?.toLowerCase() ?? '';
          if (entry.after.size && !entry.after.has(before)) continue;
          const start = part.target.start + m.index;
          reports.push({
            target: spanIn(context.target, start, start + m[0].length),
            source: null,
            message: `“${m[0]}” added: ${EFFECT[entry.cls] ?? 'it changes what the clause asserts'}`,
            suggestion: null,
          });
        }
      });
    }
    return reports;
  },
};

const isEqual = (part: DiffPart | undefined) => part?.op === 'equal' && part.target !== null;
