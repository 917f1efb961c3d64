import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LEXICON_DIR, loadTsvFile } from './load-tsv.ts';

/**
 * Substitutions real spinners made, mined from the training pairs of the real set (source phrase →
 * spinner phrase, how often, on how many sites, and what the editors said of them): corpus/lexicons/
 * spinner-substitutions/ (SOURCE.md names the pages, scripts/real-set/mine-lexicon.ts rebuilds it).
 */
export interface SubstitutionStats {
  count: number;
  sites: number;
  reject: number;
  doubtful: number;
  accept: number;
}

export interface SubstitutionEntry extends SubstitutionStats {
  source: string;
  target: string;
}

export class SubstitutionLexicon {
  private readonly byPair = new Map<string, SubstitutionEntry>();
  private readonly byTargetKey = new Map<string, SubstitutionEntry[]>();
  /** Longest spinner phrase, in words (bounds the no-source scan). */
  readonly longest: number;

  constructor(readonly entries: SubstitutionEntry[]) {
    let longest = 1;
    for (const e of entries) {
      this.byPair.set(`${phraseKey(e.source)}\t${phraseKey(e.target)}`, e);
      const k = phraseKey(e.target);
      (this.byTargetKey.get(k) ?? this.byTargetKey.set(k, []).get(k)!).push(e);
      longest = Math.max(longest, e.target.split(' ').length);
    }
    this.longest = longest;
  }

  /** The entry for this source phrase → this target phrase, matched by light stems ("rates" → "fees" is "rate" → "fee"). */
  lookup(source: string, target: string): SubstitutionEntry | undefined {
    return this.byPair.get(`${phraseKey(source)}\t${phraseKey(target)}`);
  }

  /** Entries whose spinner phrase is this phrase (what the spinner may have replaced). */
  originalsOf(target: string): SubstitutionEntry[] {
    return this.byTargetKey.get(phraseKey(target)) ?? [];
  }

  /** The same by a key already made with `wordKey` for each word, joined by one space (a scan of n-grams builds keys once per word). */
  originalsOfKey(key: string): SubstitutionEntry[] {
    return this.byTargetKey.get(key) ?? [];
  }
}

/**
 * Lower case, one space, each word without its plural ending: the key both sides are matched by ("rates"
 * → "fees" is "rate" → "fee"). Only the plural: verb forms are kept apart ("said" is not "say").
 */
export function phraseKey(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’.-]+/u)
    .filter(Boolean)
    .map(singular)
    .join(' ');
}

/** One word's key: lower case, without its plural ending. */
export function wordKey(word: string): string {
  return singular(word.toLowerCase());
}

function singular(word: string): string {
  if (word.length <= 3 || word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:s|x|z|ch|sh)es$/u.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

export const SUBSTITUTIONS_PATH = join(LEXICON_DIR, 'spinner-substitutions', 'substitutions.tsv');
export const SUBSTITUTION_COLUMNS = ['source', 'target', 'count', 'sites', 'reject', 'doubtful', 'accept'] as const;

let shared: SubstitutionLexicon | undefined;
let override: SubstitutionLexicon | null = null;

/**
 * Runs `fn` with another lexicon in place of the shipped one. The evaluation scores a training pair with
 * the lexicon mined from the other training sites, so that a pair never reads its own editors' verdicts.
 */
export function withSubstitutionLexicon<T>(lexicon: SubstitutionLexicon, fn: () => T): T {
  const before = override;
  override = lexicon;
  try {
    return fn();
  } finally {
    override = before;
  }
}

/** The shipped lexicon (empty when the file is absent: a checkout before the real set was mined). */
export function spinnerSubstitutions(): SubstitutionLexicon {
  if (override) return override;
  if (!shared) {
    const rows = existsSync(SUBSTITUTIONS_PATH) ? loadTsvFile(SUBSTITUTIONS_PATH) : [];
    const [head, ...body] = rows;
    const col = (name: string) => head?.indexOf(name) ?? -1;
    shared = new SubstitutionLexicon(
      body.map((r) => ({
        source: r[col('source')]!,
        target: r[col('target')]!,
        count: Number(r[col('count')]),
        sites: Number(r[col('sites')]),
        reject: Number(r[col('reject')]),
        doubtful: Number(r[col('doubtful')]),
        accept: Number(r[col('accept')]),
      })),
    );
  }
  return shared;
}
