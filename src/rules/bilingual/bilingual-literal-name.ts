import { fittedConfidence } from '../../bilingual/fitted-confidence.ts';
import { englishStem, freedictItEn } from '../../bilingual/freedict.ts';
import { institutionOf, namesInstitution } from '../../bilingual/institutions.ts';
import type { Segment } from '../../types.ts';
import { spanIn, type Rule, type RuleContext, type RuleReport } from '../rule.ts';

/** A capitalised word of either language, and the particles a name may hold ("Palazzo della Consulta"). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{M}]+(?:\s+\p{Lu}[\p{L}\p{M}]+)+/gu;

const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A one-word Italian institution (corpus/lexicons/institutions-it-en: "la Camera", "il Senato") rendered as its
 * dictionary word ("the Room"): the English sentence has none of the institution's English names and has a
 * FreeDict translation of the Italian word. Only a capitalised word inside the sentence counts as the name.
 */
function literalInstitutions(context: RuleContext, segment: Segment, sources: Segment[]): RuleReport[] {
  const lexicon = freedictItEn();
  const out: RuleReport[] = [];
  for (const source of sources) {
    for (const m of source.text.matchAll(/(?<=[\p{L},;:'’]\s+|[\p{L}]['’])\p{Lu}[\p{Ll}\p{M}]+/gu)) {
      const institution = institutionOf(m[0]);
      if (!institution || namesInstitution(segment.text, institution)) continue;
      const translations = lexicon.translationsOf(m[0]);
      if (!translations) continue;
      const literal = [...segment.text.matchAll(/[\p{L}\p{M}]+/gu)].find((e) => translations.has(englishStem(e[0].toLowerCase())) && !institution.english.some((n) => n.toLowerCase() === e[0].toLowerCase()));
      if (!literal) continue;
      const start = segment.start + literal.index;
      out.push({
        target: spanIn(context.target, start, start + literal[0].length),
        source: spanIn(context.source, source.start + m.index, source.start + m.index + m[0].length),
        message: `“${literal[0]}” translates the Italian institution “${m[0]}” as a common word: it is the ${institution.english[0]}`,
        suggestion: institution.english[0]!,
      });
    }
  }
  return out;
}

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
      reports.push(...literalInstitutions(context, segment, alignment.source.map((id) => context.segmentById.get(id)!)));
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
