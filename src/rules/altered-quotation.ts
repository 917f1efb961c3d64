import { quotations, quotationWords, type Quotation } from '../text/quotations.ts';
import { spanIn, type Rule, type RuleReport } from './rule.ts';

/** Quotes of fewer words are terms in quote marks ("post-conflict"), not reported speech. */
const MIN_WORDS = 3;

/**
 * A quotation in an aligned target passage must repeat a quotation of the source word for word
 * (case and punctuation aside). When it does not, the closest source quotation is the evidence
 * and the suggested wording.
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
    const sourceQuotes = context.sourceSegments.flatMap((s) => quotations(s.text, s.start));
    const sourceKeys = sourceQuotes.map((q) => quotationWords(q.text).join(' '));
    const reports: RuleReport[] = [];
    for (const segment of context.targetSegments) {
      const alignment = context.alignmentOfTarget.get(segment.id);
      if (!alignment) continue; // quotations with no source passage are listed by the no-source rule
      for (const quote of quotations(segment.text, segment.start)) {
        const words = quotationWords(quote.text);
        if (words.length < MIN_WORDS) continue;
        const key = words.join(' ');
        if (sourceKeys.some((sourceKey) => sourceKey.includes(key))) continue;
        const alignedQuotes = sourceQuotes.filter((q) =>
          alignment.source.some((id) => {
            const s = context.segmentById.get(id)!;
            return q.start >= s.start && q.end <= s.end;
          }),
        );
        const closest = closestQuote(words, alignedQuotes.length ? alignedQuotes : sourceQuotes);
        if (!closest && !alignedQuotes.length) continue; // nothing quoted in the source to hold it against
        reports.push({
          target: spanIn(context.target, quote.start, quote.end),
          source: closest ? spanIn(context.source, closest.start, closest.end) : null,
          message: closest
            ? `Quotation is not verbatim: the source quotes “${closest.text}”`
            : 'Quotation does not appear in the source',
          suggestion: closest?.text.replace(/[,;:]$/u, '') ?? null,
        });
      }
    }
    return reports;
  },
};

/** The source quotation sharing the most words with the target quotation, if it shares at least half. */
function closestQuote(words: string[], candidates: Quotation[]): Quotation | null {
  let best: { quote: Quotation; shared: number } | null = null;
  const wanted = new Set(words);
  for (const quote of candidates) {
    const shared = new Set(quotationWords(quote.text).filter((w) => wanted.has(w))).size;
    if (!best || shared > best.shared) best = { quote, shared };
  }
  return best && best.shared >= Math.ceil(wanted.size / 2) ? best.quote : null;
}
