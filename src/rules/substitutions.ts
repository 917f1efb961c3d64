import { judgeSubstitution, type Judgement } from '../lexicon/sense-relation.ts';
import { brokenTerm } from '../lexicon/terms.ts';
import { wordnet } from '../lexicon/wordnet.ts';
import type { Alignment, DiffPart, Span } from '../types.ts';
import { sharedSlot, slotAt, widenForParticiple } from '../text/pos-slot.ts';
import { isStopword, wordTokens, type WordToken } from '../text/words.ts';
import type { RuleContext } from './rule.ts';

/** A word (or WordNet multi-word term) of the source replaced by one of the target in an aligned pair. */
export interface Substitution {
  source: Span;
  target: Span;
  judgement: Judgement;
  /** The source word made a WordNet term with its neighbour ("security force") that the target breaks. */
  brokenTerm?: string;
  alignment: Alignment;
}

const cache = new WeakMap<Alignment[], Substitution[]>();

/**
 * Word substitutions of the aligned pairs, judged with WordNet. Computed once per audit and shared by
 * the spun-synonym rule (aligned sentences) and the document-spinning rule (unaligned ones).
 *
 * Pairs come from the word diff: the deleted and inserted runs next to each other are compared word by
 * word (any WordNet relation counts), and words deleted and inserted anywhere else in the same aligned
 * pair are compared only when they share a synset or a parent (a reordered sentence moves words).
 */
export function substitutions(context: RuleContext): Substitution[] {
  let found = cache.get(context.alignments);
  if (!found) {
    found = context.alignments.flatMap((a) => substitutionsIn(context, a));
    cache.set(context.alignments, found);
  }
  return found;
}

/** `slotAt` of a text's words, memoised by span. */
function slotsOf(text: string): (word: WordToken) => ReturnType<typeof slotAt> {
  const slots = new Map<string, ReturnType<typeof slotAt>>();
  return (word) => {
    const key = `${word.start}:${word.end}`;
    let slot = slots.get(key);
    if (slot === undefined) slots.set(key, (slot = slotAt(text, word.start, word.end)));
    return slot;
  };
}

interface Run {
  words: WordToken[];
  index: number;
}

/**
 * How far apart (in diff parts) a deletion and an insertion may be to pair as a moved word. An aligned
 * group of a few sentences has far fewer parts; without a bound, a huge one-line pair paired every
 * insertion with every deletion (quadratic: 8.5 s for a 100,000-character line).
 */
const FAR_PARTS = 200;

function substitutionsIn(context: RuleContext, alignment: Alignment): Substitution[] {
  const diff = alignment.diff ?? [];
  const sourceText = context.source.text;
  const targetText = context.target.text;
  // Words present on both sides of the pair are not substituted, wherever the diff put them.
  const sourceWords = new Set(alignment.source.flatMap((id) => wordTokens(context.segmentById.get(id)!.text).map((t) => t.text.toLowerCase())));
  const targetWords = new Set(alignment.target.flatMap((id) => wordTokens(context.segmentById.get(id)!.text).map((t) => t.text.toLowerCase())));
  const starts = new Set([...alignment.source, ...alignment.target].map((id) => context.segmentById.get(id)!.start));
  const deleted: Run[] = [];
  const inserted: Run[] = [];
  const partsOf = new Map<WordToken, WordToken[]>();
  diff.forEach((part: DiffPart, index) => {
    if (part.op === 'delete' && part.source) deleted.push({ index, words: contentWords(part.source, sourceText, targetWords, starts, partsOf) });
    if (part.op === 'insert' && part.target) inserted.push({ index, words: contentWords(part.target, targetText, sourceWords, starts) });
  });
  const out: Substitution[] = [];
  const usedSource = new Set<number>();
  // The same two words meet again and again in a long pair: judge each pairing once.
  const judgements = new Map<string, ReturnType<typeof judgeSubstitution>>();
  // Each word is judged in the part of speech its slot allows, in the source and in the target.
  // A word's slot is read once: the look-ahead below judges the same source word against many target words.
  const sourceSlot = slotsOf(sourceText);
  const targetSlot = slotsOf(targetText);
  const judge = (from: WordToken, to: WordToken, kinds: Parameters<typeof judgeSubstitution>[2]) => {
    const slot = widenForParticiple(sharedSlot(sourceSlot(from), targetSlot(to)), from.text, to.text);
    const key = `${from.text}\u0000${to.text}\u0000${kinds!.join(',')}\u0000${slot ? [...slot].join('') : ''}`;
    let judgement = judgements.get(key);
    if (!judgement) judgements.set(key, (judgement = judgeSubstitution(from.text, to.text, kinds, slot)));
    return judgement;
  };
  // A moved word pairs with the inserted word nearest its own place in the sentence (spinners and
  // translators keep the order of most words): a later inserted word that relates to the source word and
  // sits closer to its place takes it ("train" → "coaching", not the earlier "taken").
  const extent = (ids: string[]) => {
    const segs = ids.map((id) => context.segmentById.get(id)!);
    const start = Math.min(...segs.map((x) => x.start));
    return { start, length: Math.max(1, Math.max(...segs.map((x) => x.end)) - start) };
  };
  const sourceExtent = extent(alignment.source);
  const targetExtent = extent(alignment.target);
  const place = (at: number, side: { start: number; length: number }) => (at - side.start) / side.length;
  const laterWords = inserted.flatMap((r) => r.words);
  const closerLater = (source: WordToken, word: WordToken) => {
    const here = place(source.start, sourceExtent);
    const mine = Math.abs(here - place(word.start, targetExtent));
    return laterWords.some(
      (w) => w.start > word.start && Math.abs(here - place(w.start, targetExtent)) < mine && judge(source, w, ['synonym', 'hypernym']).relation?.kind === 'synonym',
    );
  };
  for (const run of inserted) {
    const near = deleted.filter((d) => Math.abs(d.index - run.index) <= 2 && !diff.slice(Math.min(d.index, run.index) + 1, Math.max(d.index, run.index)).some((p) => p.op === 'equal' && /[\p{L}\p{N}]/u.test(p.target?.text ?? '')));
    for (const word of run.words) {
      let best: { source: WordToken; judgement: Judgement } | null = null;
      // Next to each other, any relation counts, a shared parent only for a one-word replacement
      // (join → hitch); elsewhere in the pair (a reordered sentence moves words) only a shared synset
      // or parent, and only a shared synset can accuse. Any source word that keeps the meaning clears the word.
      const local = near.flatMap((d) => d.words);
      const far = deleted.filter((d) => !near.includes(d) && Math.abs(d.index - run.index) <= FAR_PARTS).flatMap((d) => d.words);
      const judged: { source: WordToken; judgement: Judgement; accuses: boolean }[] = [];
      for (const term of local) {
        // A two-word term that the word does not relate to is tried word by word: a lost space can leave
        // "Little league is" against "Short leagueis", where "short" replaced "little" alone.
        for (const source of [term, ...(partsOf.get(term) ?? [])]) {
          if (usedSource.has(source.start) && source === term) continue;
          const judgement = judge(source, word, local.length === 1 ? ['synonym', 'hypernym', 'sibling'] : ['synonym', 'hypernym']);
          if (judgement.verdict !== 'unrelated') {
            judged.push({ source, judgement, accuses: true });
            break;
          }
        }
      }
      for (const source of far) {
        if (usedSource.has(source.start)) continue;
        const judgement = judge(source, word, ['synonym', 'hypernym']);
        // Asked only of a pairing that would count: the look-ahead judges other words too.
        if (judgement.verdict !== 'unrelated' && !closerLater(source, word)) judged.push({ source, judgement, accuses: judgement.relation?.kind === 'synonym' });
      }
      judged.sort((x, y) => y.judgement.score - x.judgement.score);
      const keeps = judged.find((j) => j.judgement.verdict === 'keeps');
      best = keeps ?? judged.find((j) => j.accuses) ?? null;
      if (!best) continue;
      usedSource.add(best.source.start);
      const sub: Substitution = {
        source: { start: best.source.start, end: best.source.end, text: best.source.text },
        target: { start: word.start, end: word.end, text: word.text },
        judgement: best.judgement,
        alignment,
      };
      const term = brokenTerm(sourceText, best.source, targetText, word);
      if (term) sub.brokenTerm = term;
      out.push(sub);
    }
  }
  return out;
}

/** Content words of a diff run: letters only, not function words, not names (capitalised), not shared with the other side. */
function contentWords(span: Span, text: string, otherSide: Set<string>, sentenceStarts: Set<number>, partsOf?: Map<WordToken, WordToken[]>): WordToken[] {
  const net = wordnet();
  // A capital that only starts the sentence is not a name ("Asked about Italy, …").
  const tokens = wordTokens(span.text, span.start).map((t) =>
    sentenceStarts.has(t.start) && /^\p{Lu}\p{Ll}+$/u.test(t.text) ? { ...t, text: t.text.toLowerCase() } : t,
  );
  const merged: WordToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1];
    // Two words WordNet lists as one term ("long run", "armed forces") compare as one.
    if (b && /^\s+$/u.test(text.slice(a.end, b.start)) && /^\p{Ll}+$/u.test(a.text) && /^\p{Ll}+$/u.test(b.text)) {
      const term = `${a.text} ${b.text}`;
      if (net.baseForms(term, 'n').length || net.baseForms(term, 'v').length) {
        // The words' own text: a sentence-initial capital was lowered above ("Little league" → "little league").
        const whole = { start: a.start, end: b.end, text: `${a.text}${text.slice(a.end, b.start)}${b.text}` };
        // Its words, for a caller that pairs them one by one when the term finds no counterpart.
        partsOf?.set(whole, [a, b].filter((t) => !isStopword(t.text) && !otherSide.has(t.text.toLowerCase())));
        merged.push(whole);
        i++;
        continue;
      }
    }
    merged.push(a);
  }
  return merged.filter((t) => {
    if (!/^\p{Ll}[\p{Ll}\s-]*$/u.test(t.text) || t.text.length < 3 || isStopword(t.text)) return false;
    if (otherSide.has(t.text.toLowerCase())) return false;
    return text.slice(t.start, t.end).toLowerCase() === t.text;
  });
}
