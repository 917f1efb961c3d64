import { freedictItEn, englishStem } from '../../bilingual/freedict.ts';
import { loadTsv } from '../../lexicon/load-tsv.ts';
import { spanIn, type Rule, type RuleReport } from '../rule.ts';

export interface Homograph {
  forms: string[];
  other: string[];
  domain: string;
}

let table: Homograph[] | null = null;
/** corpus/lexicons/homographs-it-en/homographs.tsv */
export function homographs(): Homograph[] {
  return (table ??= loadTsv('homographs-it-en/homographs.tsv').map(([forms, other, domain]) => ({
    forms: forms!.split(',').map((w) => w.trim().toLowerCase()),
    other: other!.split(',').map((w) => w.trim().toLowerCase()),
    domain: domain!.trim(),
  })));
}

/**
 * Measured on the real training half before shipping (docs/bilingual.md): too few findings there to trust a
 * fixed precision, so the rule stays just under the gate's default confidence (0.5) until more pairs are labelled.
 */
export const HOMOGRAPH_CONFIDENCE = 0.45;

const WORD = /[\p{L}\p{M}]+/gu;

let markers: Set<string> | null = null;
/** The Italian document is financial news: two different words of corpus/lexicons/homographs-it-en/finance-markers.tsv. */
export function isFinancial(italian: string): boolean {
  markers ??= new Set(loadTsv('homographs-it-en/finance-markers.tsv').map((r) => r[0]!.trim().toLowerCase()));
  const seen = new Set<string>();
  for (const m of italian.matchAll(WORD)) if (markers.has(m[0].toLowerCase())) seen.add(m[0].toLowerCase());
  return seen.size >= 2;
}

/**
 * An English word whose only counterpart in the aligned Italian is an Italian word that has that reading in
 * another sense ("regained its share" for "ripreso quota", "the recall of Mario Draghi" for "il richiamo",
 * "the width of the scissor" for "la forbice"), in an Italian document that is financial news (the table's
 * senses are that domain's). The Italian word and both readings are in the message.
 */
export const bilingualHomograph: Rule = {
  meta: {
    id: 'bilingual-homograph',
    description: 'An English word that renders the aligned Italian word in its other sense (titoli → titles, borsa → bag).',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'major',
    basis: 'homograph table corpus/lexicons/homographs-it-en, FreeDict ita-eng (Debian package) and the aligned Italian',
    defaultConfidence: HOMOGRAPH_CONFIDENCE,
  },
  check(context) {
    const reports: RuleReport[] = [];
    if (!isFinancial(context.source.text)) return reports;
    const lexicon = freedictItEn();
    for (const segment of context.targetSegments) {
      const alignment = context.alignmentOfTarget.get(segment.id);
      if (!alignment) continue;
      const sources = alignment.source.map((id) => context.segmentById.get(id)!);
      const italian = sources.flatMap((s) => [...s.text.matchAll(WORD)].map((m) => ({ word: m[0], lower: m[0].toLowerCase(), start: s.start + m.index })));
      const english = [...segment.text.matchAll(WORD)];
      const lowerText = segment.text.toLowerCase();
      for (const row of homographs()) {
        const evidence = italian.find((w) => row.forms.includes(w.lower));
        if (!evidence) continue;
        if (row.domain.split(/,\s*/u).some((d) => lowerText.includes(d.replace(/\s*\(.*\)$/u, '').toLowerCase()))) continue;
        for (const m of english) {
          const lower = m[0].toLowerCase();
          if (!row.other.includes(lower)) continue;
          // Another Italian word of the sentence that translates to this one accounts for it.
          const stem = englishStem(lower);
          if (italian.some((w) => !row.forms.includes(w.lower) && lexicon.translationsOf(w.word)?.has(stem))) continue;
          const start = segment.start + m.index;
          reports.push({
            target: spanIn(context.target, start, start + m[0].length),
            source: spanIn(context.source, evidence.start, evidence.start + evidence.word.length),
            message: `“${m[0]}” renders Italian “${evidence.word}” in another sense: here it means ${row.domain}, not ${lower}`,
            suggestion: row.domain.split(/,\s*/u)[0]!.replace(/\s*\(.*\)$/u, ''),
          });
        }
      }
    }
    return reports;
  },
};
