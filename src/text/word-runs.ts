/** Runs of whole words in a word list, found through an index by word. */
export interface WordRuns {
  /** Whether `run` (non-empty) stands in the list as consecutive words. */
  has(run: readonly string[]): boolean;
}

/**
 * Indexes `words` by word. Searching the words joined by spaces for ` a b c ` is what this replaces: one
 * such search per claim or quotation over a whole document made a long audit grow with its length
 * squared. An empty string in `words` separates passages: no non-empty run matches across it.
 */
export function wordRuns(words: readonly string[]): WordRuns {
  const at = new Map<string, number[]>();
  words.forEach((w, i) => {
    const list = at.get(w);
    if (list) list.push(i);
    else at.set(w, [i]);
  });
  return {
    has(run) {
      // Anchored on the run's rarest word.
      let anchor = 0;
      for (let k = 0; k < run.length; k++) {
        const list = at.get(run[k]!);
        if (!list) return false;
        if (list.length < at.get(run[anchor]!)!.length) anchor = k;
      }
      return run.length > 0 && at.get(run[anchor]!)!.some((i) => run.every((w, k) => words[i - anchor + k] === w));
    },
  };
}
