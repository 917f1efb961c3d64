import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Repository root (this file is src/eval/lexicons.ts). */
export const ROOT = join(import.meta.dirname, '..', '..');

export interface FalseFriend {
  /** The English word the source really has (what the Italian word means). */
  meaning: string;
  /** The Italian word a translation came through. */
  italian: string;
  /** The English look-alike of the Italian word that a careless translation writes. */
  lookalike: string;
  provenance: string;
}

/**
 * Italian-English false friends as edits: where a clean English text has `meaning`, a translation
 * through Italian may write `lookalike`. Read from the project's lexicon when the rules ship one
 * (`corpus/lexicons/false-friends-it-en/false-friends-it-en.tsv`), else from the shared data set
 * (LanguageTool's false-friends.xml, LGPL 2.1+; see its SOURCE.md). Only `it->en` rows are used:
 * they say what the Italian word really means.
 */
export function loadFalseFriends(): Map<string, FalseFriend> {
  const candidates = [
    join(ROOT, 'corpus', 'lexicons', 'false-friends-it-en', 'false-friends-it-en.tsv'),
    join(ROOT, '..', 'shared', 'data', 'false-friends-it-en', 'false-friends-it-en.tsv'),
  ];
  const path = candidates.find((p) => existsSync(p));
  const result = new Map<string, FalseFriend>();
  if (!path) return result;
  const [header, ...rows] = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const columns = header!.split('\t');
  const col = (name: string) => columns.indexOf(name);
  const [id, direction, pattern, translations] = [col('rulegroup_id'), col('direction'), col('pattern_tokens'), col('translations')];
  if ([id, direction, pattern, translations].some((i) => i < 0)) return result;
  for (const row of rows) {
    const f = row.split('\t');
    if (f[direction] !== 'it->en') continue;
    const lookalike = f[id]!.toLowerCase();
    const italian = f[pattern]!.replace(/\{.*\}$/, '');
    for (const meaning of f[translations]!.split('|').map((t) => t.trim())) {
      if (!/^[a-z]+$/.test(meaning) || meaning === lookalike) continue;
      if (!result.has(meaning)) result.set(meaning, { meaning, italian, lookalike, provenance: 'LanguageTool false-friends.xml' });
    }
  }
  return result;
}
