import { EXAMINED_UNSUPPORTED_WORDS, unsupportedPassages, type UnsupportedPassage } from '../align/unsupported.ts';
import { countWords } from '../segment/segment.ts';
import { claimsIn, sourceClaims, type Claim, type SourceClaims } from '../text/claims.ts';
import { spanIn, type Rule, type RuleReport } from './rule.ts';
import { sentenceSeverity } from './sentence-severity.ts';

/** Claims named in a finding's message; the rest are counted. */
const LISTED_CLAIMS = 8;

/**
 * Added material: one finding per passage with no source (consecutive target sentences outside every
 * alignment), saying how large it is and which checkable claims it carries (figures, names,
 * quotations), the ones the source does not have first. A passage that brings new claims is major by
 * default, one that brings none (a connecting sentence, a restatement) minor, a passage of headings
 * minor. Options (`SentenceSeverityOptions`, per passage): `withClaims`, `plain`, `headings` (a
 * severity or `off`), `minClaims` (new claims that make a passage `withClaims`, default 1),
 * `minWords` (shorter passages are not reported). The share of the target in these passages is gated
 * by `gate.maxUnsupportedShare` (src/score/score.ts).
 */
export const unsupportedSentence: Rule = {
  meta: {
    id: 'unsupported-sentence',
    description: 'A passage of the target (one or more consecutive sentences) has no counterpart in the source.',
    category: 'accuracy/addition',
    defaultSeverity: 'minor',
    basis: 'the sentence alignment',
    // Heuristic: rests on the sentence alignment, which can miss a heavily rewritten sentence.
    defaultConfidence: 0.8,
  },
  check(context) {
    const options = sentenceSeverity(context.options, { withClaims: 'major', plain: 'minor', headings: 'minor', minClaims: 1, minWords: 0 });
    const passages = unsupportedPassages(context.target.segments, (id) => context.alignmentOfTarget.has(id));
    if (!passages.length) return [];
    const source = sourceClaims(context.sourceSegments.map((s) => s.text).join('\n'));
    const reports: RuleReport[] = [];
    for (const passage of passages) {
      if (passage.words < options.minWords) continue;
      const headingsOnly = passage.segments.every((s) => s.kind === 'heading');
      const { fresh, repeated, partial } = claimsOf(passage, source);
      const severity = headingsOnly ? options.headings : fresh.length >= options.minClaims ? options.withClaims : options.plain;
      if (severity === 'off') continue;
      const first = passage.segments[0]!;
      const last = passage.segments[passage.segments.length - 1]!;
      reports.push({
        target: spanIn(context.target, first.start, last.end),
        message: messageOf(passage, fresh, repeated, partial),
        severity,
        graded: options.graded,
        suggestion: null,
      });
    }
    return reports;
  },
};

/**
 * The passage's claims, new ones (not in the source) apart from those the source has. Read from its
 * first EXAMINED_UNSUPPORTED_WORDS words (`partial` when it is longer); a sentence's own first word is
 * never read as a name.
 */
function claimsOf(passage: UnsupportedPassage, source: SourceClaims): { fresh: Claim[]; repeated: Claim[]; partial: boolean } {
  const fresh: Claim[] = [];
  const repeated: Claim[] = [];
  const seen = new Set<string>();
  let read = 0;
  for (const segment of passage.segments) {
    if (read >= EXAMINED_UNSUPPORTED_WORDS) return { fresh, repeated, partial: true };
    read += countWords(segment.text);
    if (segment.kind === 'heading') continue;
    for (const claim of claimsIn(segment.text)) {
      if (seen.has(claim.text)) continue;
      seen.add(claim.text);
      (source.has(claim) ? repeated : fresh).push(claim);
    }
  }
  return { fresh, repeated, partial: false };
}

function messageOf(passage: UnsupportedPassage, fresh: Claim[], repeated: Claim[], partial: boolean): string {
  const segments = passage.segments;
  const headings = segments.filter((s) => s.kind === 'heading').length;
  const sentences = segments.length - headings;
  const what =
    segments.length === 1
      ? `this ${segments[0]!.kind}`
      : [sentences ? plural(sentences, 'sentence') : '', headings ? plural(headings, 'heading') : ''].filter(Boolean).join(' and ');
  const size = `No source for ${what} (${plural(passage.words, 'word')})`;
  const parts = [size];
  const read = partial ? ` in its first ${EXAMINED_UNSUPPORTED_WORDS.toLocaleString('en-US')} words` : '';
  if (fresh.length) parts.push(`new claims to check${read}: ${listed(fresh)}`);
  else if (!repeated.length) parts.push(partial ? `no checkable claims${read}` : 'no new names, figures or quotations');
  if (repeated.length) parts.push(`${fresh.length ? 'also ' : ''}names the source's ${listed(repeated)}`);
  return parts.join('; ');
}

function listed(claims: Claim[]): string {
  const shown = claims.slice(0, LISTED_CLAIMS).map((c) => c.text).join(', ');
  return claims.length > LISTED_CLAIMS ? `${shown} and ${claims.length - LISTED_CLAIMS} more` : shown;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
