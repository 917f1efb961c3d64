import type { Rule } from '../rules/rule.ts';

/**
 * Built-in rules that compare the target with a source in the same language (words, names, numbers and
 * quotations read the English way): in a bilingual audit they would misread the Italian, so they do not
 * run, and the bilingual rules (src/rules/bilingual/) check the same things with the Italian as evidence.
 */
export const SAME_LANGUAGE_ONLY = new Set([
  'changed-number',
  'changed-name',
  'added-name',
  'broken-name',
  'pronoun-gender',
  'pronoun-referent',
  'changed-attribution',
  'negation-flip',
  // WordNet antonyms of an Italian word and an English one: it never found one on a bilingual pair, and cost
  // a fifth of a 5,000-sentence bilingual audit.
  'antonym-swap',
  'altered-quotation',
  'false-friend',
  'spun-synonym',
  'document-spinning',
  'batch-spinning',
]);

/** The rules of an audit: same-language ones for a same-language pair; else those that still apply, then the bilingual ones. */
export function rulesFor(bilingual: boolean, builtin: Rule[], bilingualRules: Rule[]): Rule[] {
  return bilingual ? [...builtin.filter((r) => !SAME_LANGUAGE_ONLY.has(r.meta.id)), ...bilingualRules] : builtin;
}
