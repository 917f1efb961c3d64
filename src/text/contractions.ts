import { loadTsv } from '../lexicon/load-tsv.ts';

/**
 * Contracted and full forms of the auxiliaries and the negator ("didn't" and "did not", "they're" and
 * "they are"): one statement in two registers, not a swap of meaning. The forms are data
 * (corpus/lexicons/contractions, SOURCE.md).
 */
interface ContractionTable {
  words: Map<string, string[][]>;
  suffixes: [string, string[][]][];
  hosts: Set<string>;
}

let table: ContractionTable | null = null;

function contractions(): ContractionTable {
  if (table) return table;
  const words = new Map<string, string[][]>();
  const suffixes: [string, string[][]][] = [];
  const hosts = new Set<string>();
  for (const [kind, form, expansions = ''] of loadTsv('contractions/contractions.tsv')) {
    const readings = expansions.split('|').filter(Boolean).map((e) => e.split(' '));
    if (kind === 'word') words.set(form!, readings);
    else if (kind === 'suffix') suffixes.push([form!, readings]);
    else if (kind === 'host') hosts.add(form!);
  }
  // Longest clitic first: "n't" before "'t"-like shorter endings, should any be added.
  suffixes.sort((a, b) => b[0].length - a[0].length);
  return (table = { words, suffixes, hosts });
}

/** The readings of one lower-case word: itself, and what it stands for when it is a contraction. */
function readingsOf(word: string): string[][] {
  const w = word.replace(/’/gu, "'");
  const { words, suffixes, hosts } = contractions();
  const whole = words.get(w);
  if (whole) return [[w], ...whole];
  for (const [suffix, readings] of suffixes) {
    if (!w.endsWith(suffix) || w.length === suffix.length) continue;
    const host = w.slice(0, -suffix.length);
    // After a noun "'s" is the possessive ("Tesla's"), not "is".
    if (suffix === "'s" && !hosts.has(host)) return [[w]];
    return [[w], ...readings.map((r) => [host, ...r])];
  }
  return [[w]];
}

/** Every reading of a run of words, as one space-joined string each (at most a few dozen: runs are short). */
function readingsOfRun(words: readonly string[]): Set<string> {
  let out: string[][] = [[]];
  for (const word of words) {
    const next: string[][] = [];
    for (const prefix of out) for (const reading of readingsOf(word)) next.push([...prefix, ...reading]);
    out = next.slice(0, 64);
  }
  return new Set(out.map((r) => r.join(' ')));
}

/** Whether two runs of lower-case words say the same once contractions are read out ("did not" and "didn't"). */
export function sameUnderContraction(a: readonly string[], b: readonly string[]): boolean {
  if (![...a, ...b].some((w) => /['’]/u.test(w))) return false;
  const left = readingsOfRun(a);
  for (const reading of readingsOfRun(b)) if (left.has(reading)) return true;
  return false;
}
