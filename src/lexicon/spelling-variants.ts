import { loadTsv } from './load-tsv.ts';

/**
 * British and American spellings of one word ("favour" / "favor", "palaeontologist" / "paleontologist"):
 * both are rewritten with the correspondences of corpus/lexicons/spelling-variants and compared.
 */
let patterns: [RegExp, string][] | undefined;

function americanOf(word: string): string {
  patterns ??= loadTsv('spelling-variants/patterns.tsv').map(([from, to]) => [new RegExp(from!, 'u'), to!.replace(/\$(\d)/gu, '$$$1')]);
  let w = word.toLowerCase();
  for (const [from, to] of patterns) w = w.replace(from, to);
  return w;
}

export function spellingVariants(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x !== y && americanOf(x) === americanOf(y);
}
