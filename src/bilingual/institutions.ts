import { loadTsv } from '../lexicon/load-tsv.ts';

export interface Institution {
  /** The Italian forms, as written (capitalised). */
  forms: string[];
  /** The names English gives it, first the usual one. */
  english: string[];
  kind: string;
}

let table: Map<string, Institution> | null = null;

/** corpus/lexicons/institutions-it-en/institutions.tsv, by lower-cased Italian form. */
function institutions(): Map<string, Institution> {
  if (table) return table;
  table = new Map();
  for (const [forms, english, kind] of loadTsv('institutions-it-en/institutions.tsv')) {
    const row = { forms: forms!.split(',').map((f) => f.trim()), english: english!.split(',').map((e) => e.trim()), kind: (kind ?? '').trim() };
    for (const f of row.forms) table.set(f.toLowerCase(), row);
  }
  return table;
}

/** The institution an Italian word names ("Bce", "Camera", "Stato"), if the list has it. */
export function institutionOf(word: string): Institution | undefined {
  return institutions().get(word.toLowerCase());
}

/** Whether an English text names the institution in one of its English names, whole words, case as listed for acronyms. */
export function namesInstitution(english: string, institution: Institution): boolean {
  return institution.english.some((name) => {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+');
    // An acronym ("EU", "UN") must be written in capitals; a name in any case ("the government").
    const flags = /^\p{Lu}{2,}$/u.test(name) ? 'u' : 'iu';
    return new RegExp(`(?<![\\p{L}])${escaped}s?(?![\\p{L}])`, flags).test(english);
  });
}
