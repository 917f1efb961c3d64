import { segmentLocator } from '../findings/run-rules.ts';
import { spellingVariants } from '../lexicon/spelling-variants.ts';
import { quoteChanges, quotations, quotationWords, type Quotation, type QuoteChange } from '../text/quotations.ts';
import { wordRuns } from '../text/word-runs.ts';
import { contentKeys } from '../text/words.ts';
import type { Segment } from '../types.ts';
import { spanIn, type Rule, type RuleContext, type RuleReport } from './rule.ts';

/** Quotes of fewer words are terms in quote marks ("post-conflict"), not reported speech. */
const MIN_WORDS = 3;
/** Share of a target quotation's content words that a source quotation must hold to be its original. */
const MIN_SHARED = 0.6;
/** Consecutive target quotations this close (characters between them, same line) may be one source quote split. */
const MAX_GAP = 80;
/** How many consecutive target quotations may together make one source quotation. */
const MAX_PARTS = 3;
/** Share of a part's own content words its source quotation must hold for the part to be reported. */
const MIN_PART_SHARED = 0.5;

interface Quote extends Quotation {
  words: string[];
  key: string;
  content: Set<string>;
}

/**
 * A quotation of the target must repeat a quotation of the source word for word (case and punctuation
 * aside). Quotations are read from the whole documents, not sentence by sentence, so a quote that the
 * target split over two sentences, merged or moved is still one quotation:
 *
 * - verbatim somewhere in the source: fine, wherever it stands;
 * - else, a source quotation holding at least 60% of its content words (stems, stopwords aside) is its
 *   original, wherever it stands: the changed words are reported, the source quote is the evidence and
 *   the suggestion. Consecutive target quotes of one line (`“…,” she said. “…”`) are also matched together;
 * - else, in a target passage aligned with a source passage that quotes: the closest quotation of that
 *   passage sharing half the words, or "does not appear in the source".
 *
 * A quotation in a sentence without source and like no source quotation is left to the no-source rule.
 */
export const alteredQuotation: Rule = {
  meta: {
    id: 'altered-quotation',
    description: 'A quotation in the target is not a verbatim quotation from the source.',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'major',
    basis: 'the quotations of the source document',
    // Heuristic: a changed quotation is a fact of the two texts, but matching a target quote to its source quote by shared words can pair the wrong quotes.
    defaultConfidence: 0.9,
  },
  check(context) {
    const sourceQuotes = documentQuotes(context, 'source');
    const targetQuotes = documentQuotes(context, 'target');
    // Whole words: "he said" is not inside "the said". The source quotes' words are indexed once, each
    // quote apart (an empty word between them), instead of searching every source quote for every target quote.
    const sourceRuns = wordRuns(sourceQuotes.flatMap((q) => ['', ...q.words]));
    const verbatim = (parts: Quote[]) => parts.every((q) => q.words.length > 0) && sourceRuns.has(parts.flatMap((q) => q.words));
    const reports: RuleReport[] = [];
    const reported = new Set<Quote>();
    const report = (quote: Quote, original: Quote, shared: number, changes: QuoteChange[]) => {
      reported.add(quote);
      // Respelt for another market only ("your honour" for "your honor"): the words are the speaker's.
      if (onlyRespelt(changes)) return;
      reports.push({
        target: spanIn(context.target, quote.start, quote.end),
        source: spanIn(context.source, original.start, original.end),
        message: `Quotation is not verbatim${describe(changes)}: the source quotes “${original.text}”`,
        suggestion: original.text.replace(/[,;:]$/u, ''),
        // The more of its words the target quote shares with the source quote, the surer the pairing.
        confidence: Math.min(0.95, 0.6 + 0.35 * shared),
      });
    };

    for (const [index, quote] of targetQuotes.entries()) {
      if (reported.has(quote) || quote.words.length < MIN_WORDS || verbatim([quote])) continue;
      const single = bestOriginal(quote.content, sourceQuotes);
      if (single && single.shared >= MIN_SHARED) {
        report(quote, single.quote, single.shared, quoteChanges(single.quote.words, quote.words));
        continue;
      }
      // A source quotation the target split into consecutive quotes: match the parts together, report the changed parts.
      const group = partsAfter(targetQuotes, index, context.target.text);
      const joined = group.length > 1 ? bestOriginal(new Set(group.flatMap((q) => [...q.content])), sourceQuotes) : null;
      if (joined && joined.shared >= MIN_SHARED && !verbatim(group)) {
        for (const part of group) {
          if (reported.has(part) || ` ${joined.quote.key} `.includes(` ${part.key} `)) continue;
          // A neighbouring quote with little of the source quotation's words is another quotation.
          if (shareIn(part.content, joined.quote) < MIN_PART_SHARED) continue;
          report(part, joined.quote, joined.shared, quoteChanges(joined.quote.words, part.words));
        }
        if (reported.has(quote)) continue;
      }
      const fallback = alignedFallback(context, quote, sourceQuotes);
      if (fallback) {
        reported.add(quote);
        reports.push(fallback);
      }
    }
    const covered = [...reported].map((q) => ({ start: q.start, end: q.end }));
    return [...reports, ...sourceSideChanges(context, sourceQuotes, targetQuotes, covered, (q) => verbatim([q]))];
  },
};

/**
 * The other direction: a source quotation whose words the aligned target changed, where the target shows
 * no quotation to hold against it: its quote marks were dropped or broken (“… amounts “), so the first pass
 * cannot see it. The changed stretch of the target is reported, with the source quotation as evidence.
 */
function sourceSideChanges(
  context: RuleContext,
  sourceQuotes: Quote[],
  targetQuotes: Quote[],
  covered: { start: number; end: number }[],
  isVerbatim: (quote: Quote) => boolean,
): RuleReport[] {
  const long = sourceQuotes.filter((q) => q.words.length >= MIN_WORDS);
  if (!long.length) return [];
  const targetRuns = wordRuns(quotationWords(context.target.text));
  const quotesOf = quotesBySegment(long, context.source.segments);
  const reports: RuleReport[] = [];
  const inside = (at: number, q: Quote) => at >= q.start && at <= q.end;
  for (const alignment of context.alignments) {
    const diff = alignment.diff ?? [];
    // The long quotes overlapping the alignment's source sentences, in their document order.
    const indexes = new Set(alignment.source.flatMap((id) => quotesOf.get(id) ?? []));
    const quotes = [...indexes].sort((a, b) => a - b).map((i) => long[i]!);
    for (const quote of quotes) {
      if (targetRuns.has(quote.words)) continue; // verbatim somewhere in the target
      let from = Infinity;
      let to = -1;
      // The changed words on each side, to tell a respelling for another market from a change of words.
      const change: QuoteChange = { source: [], target: [] };
      diff.forEach((part, i) => {
        if (part.op === 'equal') return;
        const words = (part.source ?? part.target)!.text;
        if (!/[\p{L}\p{N}]/u.test(words)) return;
        // Where the part sits in the source: its own span, or (an insert) between its neighbours'.
        const before = diff.slice(0, i).reverse().find((p) => p.source)?.source;
        const after = diff.slice(i + 1).find((p) => p.source)?.source;
        const within = part.source ? inside(part.source.start, quote) && inside(part.source.end, quote) : Boolean(before && after && inside(before.end, quote) && inside(after.start, quote));
        if (!within) return;
        // Where it sits in the target: its own span, or (a deletion) the next kept word.
        const at = part.target ?? diff.slice(i + 1).find((p) => p.target)?.target;
        if (!at) return;
        (part.op === 'delete' ? change.source : change.target).push(...words.toLowerCase().split(/[^\p{L}\p{N}'’]+/u).filter(Boolean));
        from = Math.min(from, at.start);
        to = Math.max(to, part.target ? at.end : wordEnd(context.target.text, at.start));
      });
      if (to < 0 || covered.some((c) => from < c.end && to > c.start) || onlyRespelt([change])) continue;
      // A target quotation over that stretch that the first pass found verbatim is the speaker's words; one
      // it could not pair (reworded past its threshold: "will remain, but on a smaller scale" for "will be
      // here to stay, but at a lower level") is reported here, against the aligned source quotation.
      const marked = targetQuotes.find((q) => from >= q.start && to <= q.end);
      if (marked && isVerbatim(marked)) continue;
      covered.push({ start: from, end: to });
      reports.push({
        target: spanIn(context.target, from, to),
        source: spanIn(context.source, quote.start, quote.end),
        message: marked
          ? `The words of a source quotation were changed: the source quotes “${quote.text}”`
          : `The words of a source quotation were changed, and the target does not mark them as a quotation: the source quotes “${quote.text}”`,
        suggestion: null,
        confidence: 0.8,
      });
    }
  }
  return reports;
}

/**
 * Indexes (into `quotes`) of the quotes overlapping each segment, by segment id. Segments are in text
 * order and do not overlap, so each quote's segments are found by binary search: testing every quote
 * against every alignment made a long document quadratic.
 */
function quotesBySegment(quotes: Quote[], segments: Segment[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    let lo = 0;
    let hi = segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid]!.end <= q.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < segments.length && segments[k]!.start < q.end; k++) {
      if (q.start >= segments[k]!.end) continue;
      const list = out.get(segments[k]!.id);
      if (list) list.push(i);
      else out.set(segments[k]!.id, [i]);
    }
  });
  return out;
}

/** The end of the word that starts at `start`. */
function wordEnd(text: string, start: number): number {
  const m = /^[\p{L}\p{N}'’-]+/u.exec(text.slice(start, start + 64));
  return start + (m ? m[0].length : 1);
}

/** Quotations of a document's non-boilerplate text, read across sentence boundaries. */
function documentQuotes(context: RuleContext, side: 'source' | 'target'): Quote[] {
  const doc = context[side];
  const segmentAt = segmentLocator(doc.segments);
  return quotations(doc.text)
    .filter((q) => {
      const id = segmentAt(q.start);
      return id !== undefined && !context.segmentById.get(id)?.boilerplate;
    })
    .map((q) => {
      const words = quotationWords(q.text);
      return { ...q, words, key: words.join(' '), content: new Set(contentKeys(q.text)) };
    });
}

/** The share of the content words that a source quotation holds. */
function shareIn(content: Set<string>, quote: Quote): number {
  let n = 0;
  for (const key of content) if (quote.content.has(key)) n++;
  return content.size ? n / content.size : 0;
}

/** The source quotation holding the largest share of the given content words (ties: the first). */
function bestOriginal(content: Set<string>, sourceQuotes: Quote[]): { quote: Quote; shared: number } | null {
  if (!content.size) return null;
  let best: { quote: Quote; shared: number } | null = null;
  for (const quote of sourceQuotes) {
    const shared = shareIn(content, quote);
    if (!best || shared > best.shared) best = { quote, shared };
  }
  return best;
}

/** The quote at `index` and the quotes right after it on the same line, a short stretch of text apart. */
function partsAfter(quotes: Quote[], index: number, text: string): Quote[] {
  const parts = [quotes[index]!];
  for (let k = index + 1; k < quotes.length && parts.length < MAX_PARTS; k++) {
    const between = text.slice(parts[parts.length - 1]!.end, quotes[k]!.start);
    if (between.length > MAX_GAP + 2 || /[\r\n]/u.test(between)) break;
    parts.push(quotes[k]!);
  }
  return parts;
}

/**
 * The sentence-level check for a quotation no source quotation resembles: in an aligned passage whose
 * source quotes, the closest of those quotes sharing half the words, or "does not appear in the source".
 */
function alignedFallback(context: RuleContext, quote: Quote, sourceQuotes: Quote[]): RuleReport | null {
  const id = segmentLocator(context.target.segments)(quote.start);
  const alignment = id ? context.alignmentOfTarget.get(id) : undefined;
  if (!alignment) return null; // quotations with no source passage are listed by the no-source rule
  const alignedQuotes = sourceQuotes.filter((q) =>
    alignment.source.some((sid) => {
      const s = context.segmentById.get(sid)!;
      return q.start < s.end && q.end > s.start; // a quote may run over two sentences
    }),
  );
  // The one quotation of the aligned source passage is the original even when the target reworded it past
  // half its words: the alignment pairs them, not the words.
  const closest = closestQuote(quote.words, alignedQuotes.length ? alignedQuotes : sourceQuotes) ?? (alignedQuotes.length === 1 ? alignedQuotes[0]! : null);
  if (!closest && !alignedQuotes.length) return null; // nothing quoted in the source to hold it against
  // Respelt for another market only, as in the main check ("Yes, your honour," for "Yes, your honor,").
  if (closest && onlyRespelt(quoteChanges(closest.words, quote.words))) return null;
  return {
    target: spanIn(context.target, quote.start, quote.end),
    source: closest ? spanIn(context.source, closest.start, closest.end) : null,
    message: closest
      ? `Quotation is not verbatim${describe(quoteChanges(closest.words, quote.words))}: the source quotes “${closest.text}”`
      : 'Quotation does not appear in the source',
    suggestion: closest?.text.replace(/[,;:]$/u, '') ?? null,
  };
}

/** The source quotation sharing the most words with the target quotation, if it shares at least half. */
function closestQuote(words: string[], candidates: Quote[]): Quote | null {
  let best: { quote: Quote; shared: number } | null = null;
  const wanted = new Set(words);
  for (const quote of candidates) {
    const shared = new Set(quote.words.filter((w) => wanted.has(w))).size;
    if (!best || shared > best.shared) best = { quote, shared };
  }
  return best && best.shared >= Math.ceil(wanted.size / 2) ? best.quote : null;
}

/**
 * Every change a word for a word in the other spelling (British and American, corpus/lexicons/spelling-variants),
 * or the same letters hyphenated or spaced another way ("pre-season" for "preseason", "super spreader" for
 * "super-spreader"): the speaker's words, written to another house style.
 */
function onlyRespelt(changes: QuoteChange[]): boolean {
  const real = changes.filter((c) => c.target.length || c.source.length);
  const respaced = (c: QuoteChange) => c.source.length > 0 && c.source.join('') === c.target.join('');
  return real.length > 0 && real.every((c) => respaced(c) || (c.source.length === c.target.length && c.source.every((w, i) => spellingVariants(w, c.target[i]!))));
}

/** ` (“arrive” for “come”, “the” added)`: the changed words, at most four changes named. */
function describe(changes: QuoteChange[]): string {
  const named = changes
    .filter((c) => c.target.length || c.source.length)
    .slice(0, 4)
    .map((c) => (c.target.length && c.source.length ? `“${c.target.join(' ')}” for “${c.source.join(' ')}”` : c.target.length ? `“${c.target.join(' ')}” added` : `“${c.source.join(' ')}” left out`));
  if (!named.length) return '';
  return ` (${named.join(', ')}${changes.length > named.length ? ', …' : ''})`;
}
