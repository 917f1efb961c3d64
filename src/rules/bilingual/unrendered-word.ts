import { fittedConfidence } from '../../bilingual/fitted-confidence.ts';
import { freedictItEn } from '../../bilingual/freedict.ts';
import { isItalianStopword } from '../../bilingual/italian-words.ts';
import { englishKeys, italianKeys } from '../../bilingual/keys.ts';
import { spanIn, type Rule, type RuleReport } from '../rule.ts';

/**
 * Fitted on the real training half and the faithful fixture translations (eval/bilingual-calibrate.ts): the
 * share of its findings that sit on a labelled damaged phrase. FreeDict is small and translations are free, so
 * most unmatched words are fair renderings: the findings are low-confidence suspects, never scored or gated by
 * default (docs/bilingual.md). 0.05 was a fixed guess from the fixtures before the fit.
 */
export const UNRENDERED_CONFIDENCE = fittedConfidence('unrendered-word', 0.05);

/**
 * Content words of an Italian sentence that FreeDict knows but whose translations the aligned English lacks
 * (no shared concept, cognate or spelling): a possible omission or mistranslation, at low confidence.
 * Capitalised words (names, checked by `bilingual-name`) and figures are left out.
 */
export const unrenderedWord: Rule = {
  meta: {
    id: 'unrendered-word',
    description: 'An Italian content word whose dictionary translations the aligned English does not have (possible omission or mistranslation).',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'minor',
    basis: 'FreeDict ita-eng and eng-ita (Debian packages) and the aligned English',
    defaultConfidence: UNRENDERED_CONFIDENCE,
  },
  check(context) {
    const reports: RuleReport[] = [];
    const lexicon = freedictItEn();
    for (const alignment of context.alignments) {
      const targetKeys = new Set(alignment.target.flatMap((id) => englishKeys(context.segmentById.get(id)!.text)));
      for (const source of alignment.source.map((id) => context.segmentById.get(id)!)) {
        for (const m of source.text.matchAll(/(?<![\p{L}'’])[\p{Ll}][\p{L}\p{M}]{3,}/gu)) {
          const word = m[0];
          if (isItalianStopword(word) || !lexicon.italian(word)) continue;
          if (italianKeys(word).some((k) => targetKeys.has(k))) continue;
          const start = source.start + m.index;
          reports.push({
            target: null,
            source: spanIn(context.source, start, start + word.length),
            message: `Italian “${word}” has no dictionary translation in the aligned English (possible omission or mistranslation)`,
            suggestion: null,
          });
        }
      }
    }
    return reports;
  },
};
