/**
 * English personal and possessive pronouns (a closed class: grammar, not a lexicon). A translation may
 * name whom a pronoun stands for ("She said" → "Meloni said"): a rewording, not a spun word.
 */
const PERSONAL_PRONOUNS = new Set([
  'i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours', 'you', 'your', 'yours',
  'he', 'him', 'his', 'she', 'her', 'hers', 'it', 'its', 'they', 'them', 'their', 'theirs',
]);

export function isPersonalPronoun(word: string): boolean {
  return PERSONAL_PRONOUNS.has(word.toLowerCase().replace(/['’]s$/u, ''));
}
