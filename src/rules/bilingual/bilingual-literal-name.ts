import { fittedConfidence } from '../../bilingual/fitted-confidence.ts';
import { englishStem, freedictItEn } from '../../bilingual/freedict.ts';
import { spanIn, type Rule, type RuleReport } from '../rule.ts';

/** A capitalised word of either language, and the particles a name may hold ("Palazzo della Consulta"). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{M}]+(?:\s+\p{Lu}[\p{L}\p{M}]+)+/gu;

const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A multi-word capitalised name of the Italian rendered word by word in the English: each word of an English
 * capitalised run is a FreeDict translation of a different word of the Italian name and none is kept as
 * written ("Business Square" for "Piazza Affari", "Madam Palace" for "Palazzo Madama"). Names are kept in
 * Italian or given their English name; a word-for-word rendering is neither.
 */
export const bilingualLiteralName: Rule = {
  meta: {
    id: 'bilingual-literal-name',
    description: 'A multi-word Italian name translated word by word (Piazza Affari → Business Square).',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'major',
    basis: "the Italian source's capitalised runs and FreeDict ita-eng word translations (Debian package)",
    // Fitted on the real training half and the faithful fixture translations (eval/bilingual-calibrate.ts); 1 without findings there.
    defaultConfidence: fittedConfidence('bilingual-literal-name', 1),
  },
  check(context) {
    const reports: RuleReport[] = [];
    const lexicon = freedictItEn();
    for (const segment of context.targetSegments) {
      const alignment = context.alignmentOfTarget.get(segment.id);
      if (!alignment) continue;
      const names = alignment.source.flatMap((id) => {
        const s = context.segmentById.get(id)!;
        return [...s.text.matchAll(CAPITALISED_RUN)].map((m) => ({ words: m[0].split(/\s+/u), start: s.start + m.index, end: s.start + m.index + m[0].length }));
      });
      if (!names.length) continue;
      for (const m of segment.text.matchAll(CAPITALISED_RUN)) {
        const english = m[0].split(/\s+/u);
        for (const name of names) {
          if (name.words.length !== english.length) continue;
          if (english.some((e) => name.words.some((i) => fold(i) === fold(e)))) continue;
          const used = new Set<number>();
          const literal = english.every((e) => {
            const i = name.words.findIndex((w, k) => !used.has(k) && lexicon.translationsOf(w)?.has(englishStem(e)));
            if (i < 0) return false;
            used.add(i);
            return true;
          });
          if (!literal) continue;
          const start = segment.start + m.index;
          const italian = name.words.join(' ');
          reports.push({
            target: spanIn(context.target, start, start + m[0].length),
            source: spanIn(context.source, name.start, name.end),
            message: `“${m[0]}” translates the Italian name “${italian}” word by word`,
            suggestion: italian,
          });
          break;
        }
      }
    }
    return reports;
  },
};
