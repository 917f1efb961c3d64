import { fittedConfidence } from '../../bilingual/fitted-confidence.ts';
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
 * Fitted on the real training half and the faithful fixture translations (eval/bilingual-calibrate.ts); 0.45,
 * just under the gate, before any finding was measured.
 */
export const HOMOGRAPH_CONFIDENCE = fittedConfidence('bilingual-homograph', 0.45);

const WORD = /[\p{L}\p{M}]+/gu;

let markers: Set<string> | null = null;
/** The Italian document is financial news: two different words of corpus/lexicons/homographs-it-en/finance-markers.tsv. */
export function isFinancial(italian: string): boolean {
  markers ??= new Set(loadTsv('homographs-it-en/finance-markers.tsv').map((r) => r[0]!.trim().toLowerCase()));
  const seen = new Set<string>();
  for (const m of italian.matchAll(WORD)) if (markers.has(m[0].toLowerCase())) seen.add(m[0].toLowerCase());
  return seen.size >= 2;
}

/** Where a word stands in its sentence, 0 (first) to 1 (last), by its index among the sentence's words. */
function relative<T>(words: T[], offset: number, at: (w: T) => number = (w) => (w as RegExpMatchArray).index!): number {
  const i = words.findIndex((w) => at(w) >= offset);
  return (i < 0 ? words.length - 1 : i) / Math.max(1, words.length - 1);
}

/**
 * Relative places of the English words that give a row's domain reading, in any inflection ("reprimanded" for
 * "reprimand"); a reading of several words counts only whole ("stock list", not "list").
 */
function domainReadings(row: Homograph, english: RegExpMatchArray[]): number[] {
  const readings = row.domain.split(/,\s*/u).map((d) => d.replace(/\s*\(.*\)$/u, '').toLowerCase().split(/\s+/u).map(englishStem));
  const stems = english.map((m) => englishStem(m[0].toLowerCase()));
  const out: number[] = [];
  stems.forEach((_, i) => {
    if (readings.some((r) => r.every((w, k) => stems[i + k] === w))) out.push(i / Math.max(1, english.length - 1));
  });
  return out;
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
      for (const row of homographs()) {
        const evidence = italian.find((w) => row.forms.includes(w.lower));
        if (!evidence) continue;
        const domainAt = domainReadings(row, english);
        for (const m of english) {
          const lower = m[0].toLowerCase();
          if (!row.other.includes(lower)) continue;
          // The domain reading in the sentence accounts for the Italian word when it stands nearer the Italian
          // word's place than this word does ("reprimanded" at the end of a sentence whose "richiamo" is early
          // renders another verb, and "recall" is still the wrong sense).
          const at = relative(english, m.index);
          const italianAt = relative(italian, evidence.start - sources[0]!.start, (w) => w.start - sources[0]!.start);
          if (domainAt.some((d) => Math.abs(d - italianAt) <= Math.abs(at - italianAt))) continue;
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
