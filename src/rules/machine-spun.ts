import { scoredSwaps } from '../detect/scored-swaps.ts';
import { documentSignature } from '../detect/spin-signature.ts';
import { spinnerSubstitutions } from '../lexicon/spinner-substitutions.ts';
import { spanIn, type Rule } from './rule.ts';

/**
 * The document verdict a syndication desk needs first: is this a machine-spun copy of the source? A
 * spinner keeps the source's skeleton (its words in place, in order) and swaps content words one for one;
 * a faithful republication swaps next to none, and a fluent rewrite keeps little of the skeleton. The
 * thresholds sit between those (docs/detection.md, "The document verdict"): measured on the real set's
 * controls and copies, and on the evaluation's faithful rewrites.
 */
export const SPUN_SWAP_RATE = 0.08;
export const SPUN_SKELETON = 0.45;
/** A known spinner substitution counts as evidence when it was seen on at least this many sites. */
const KNOWN_SITES = 2;

export const machineSpun: Rule = {
  meta: {
    id: 'machine-spun',
    description: 'The whole copy is machine-spun: the source skeleton kept, its content words swapped one for one.',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'major',
    basis: "the aligned word diff (the document's swap rate and kept skeleton), and the spinner substitutions mined from real spun copies (corpus/lexicons/spinner-substitutions)",
    defaultConfidence: 0.9,
  },
  check(context) {
    const first = context.targetSegments[0];
    if (!first) return [];
    // The kept skeleton does not depend on the swaps: a copy that keeps too little of the source in place
    // (a translation keeps its names and figures only) is not spun, and its swaps need not be scored,
    // which cost a 5,000-sentence bilingual audit about 0.8 s.
    if (documentSignature(context.alignments, []).skeleton < SPUN_SKELETON) return [];
    const swaps = scoredSwaps(context).filter((s) => !s.loose);
    if (swaps.length < 8) return [];
    const signature = documentSignature(context.alignments, swaps);
    if (signature.swapRate < SPUN_SWAP_RATE || signature.skeleton < SPUN_SKELETON) return [];
    const lexicon = spinnerSubstitutions();
    const known = swaps.filter((s) => (lexicon.lookup(s.source.text, s.target.text)?.sites ?? 0) >= KNOWN_SITES);
    const examples = [...new Map(known.map((s) => [`${s.source.text.toLowerCase()}→${s.target.text.toLowerCase()}`, s])).values()].slice(0, 4);
    const knownLine = known.length
      ? `; ${known.length} of the swaps are substitutions real spinners make on other sites (${examples.map((s) => `“${s.source.text}” → “${s.target.text}”`).join(', ')})`
      : '';
    return [
      {
        target: spanIn(context.target, first.start, first.end),
        source: null,
        message:
          `This copy reads as machine-spun: it keeps ${Math.round(signature.skeleton * 100)}% of the source's words in place and swaps ` +
          `${Math.round(signature.swapRate * 100)}% of its content words one for one (${swaps.length} swaps)${knownLine}. Republish the source instead.`,
        suggestion: null,
      },
    ];
  },
};
