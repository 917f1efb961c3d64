/**
 * Gives `word` (a base form) the inflection `model` shows, so a suggestion fits the slot:
 * ("train", "coaching") → "training", ("security", "safety") → "security", ("group", "teams") → "groups".
 * Regular English morphology only; a word that already carries the ending is returned as is.
 */
export function inflectLike(word: string, model: string): string {
  const w = word;
  const m = model.toLowerCase();
  const lower = w.toLowerCase();
  if (m.endsWith('ing') && !lower.endsWith('ing')) return addSuffix(w, 'ing');
  if (m.endsWith('ed') && !lower.endsWith('ed') && !lower.endsWith('en')) return addSuffix(w, 'ed');
  if (/[^s]s$/u.test(m) && !/s$/u.test(lower) && !/ss$/u.test(m)) {
    if (/(?:s|x|z|ch|sh)$/u.test(lower)) return `${w}es`;
    if (/[^aeiou]y$/u.test(lower)) return `${w.slice(0, -1)}ies`;
    return `${w}s`;
  }
  return w;
}

function addSuffix(word: string, suffix: 'ing' | 'ed'): string {
  const lower = word.toLowerCase();
  if (lower.endsWith('ie') && suffix === 'ing') return `${word.slice(0, -2)}ying`;
  if (lower.endsWith('e')) return suffix === 'ing' ? `${word.slice(0, -1)}ing` : `${word}d`;
  if (suffix === 'ed' && /[^aeiou]y$/u.test(lower)) return `${word.slice(0, -1)}ied`;
  // One short stressed syllable ending consonant-vowel-consonant doubles the consonant: "stop" → "stopping".
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/u.test(lower)) return `${word}${word.at(-1)}${suffix}`;
  return `${word}${suffix}`;
}
