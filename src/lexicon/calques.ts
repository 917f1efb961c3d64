import { requireDataFile } from '../data/data-dir.ts';
import { loadTsv, loadTsvFile } from './load-tsv.ts';

/** One row of `corpus/lexicons/calques-it-en/calques.tsv` or `constructions.tsv` (see their SOURCE.md). */
export interface Calque {
  id: string;
  italian: string;
  pattern: RegExp;
  context: 'before-name' | 'none';
  evidence: RegExp | null;
  requiresEvidence: boolean;
  suggestion: string;
  meaning: string;
  /** MQM category of the error; a calque of meaning is a mistranslation, a calque of construction grammar. */
  category: string;
}

/** One usable `it->en` row of LanguageTool's false-friend list: the English look-alike and the real meanings. */
export interface FalseFriend {
  lookAlike: string;
  italian: string;
  meanings: string[];
}

let calqueRows: Calque[] | undefined;
const falseFriendRows = new Map<string, FalseFriend[]>();

export function calquesItEn(): Calque[] {
  calqueRows ??= [...loadTsv('calques-it-en/calques.tsv'), ...loadTsv('calques-it-en/constructions.tsv')].map(([id, italian, pattern, context, evidence, requires, suggestion, meaning, category]) => ({
    id: id!,
    italian: italian!,
    pattern: new RegExp(pattern!, 'gu'),
    context: context === 'before-name' ? 'before-name' : 'none',
    evidence: evidence ? new RegExp(evidence, 'iu') : null,
    requiresEvidence: requires === 'yes',
    suggestion: suggestion!,
    meaning: meaning!,
    category: category || 'accuracy/mistranslation',
  }));
  return calqueRows;
}

/** LanguageTool's list, `false-friends-it-en/false-friends-it-en.tsv` in the data directory (src/data/lists.ts). */
export function falseFriendsItEn(dataDir: string | null | undefined): FalseFriend[] {
  const path = requireDataFile(dataDir, 'false-friends-it-en');
  const cached = falseFriendRows.get(path);
  if (cached) return cached;
  const rows = loadTsvFile(path)
    .filter((row) => row[1] === 'it->en')
    .map(([id, , tokens, translations]) => ({
      lookAlike: id!.toLowerCase(),
      italian: tokens!.replace(/\{.*\}$/u, ''),
      meanings: translations!
        .split(' | ')
        .map((t) => t.replace(/\(.*?\)/gu, '').trim())
        .filter(Boolean),
    }))
    // A row whose look-alike is one of its own meanings (CONFETTI → confetti) warns of nothing in English.
    .filter((row) => !row.meanings.includes(row.lookAlike));
  falseFriendRows.set(path, rows);
  return rows;
}
