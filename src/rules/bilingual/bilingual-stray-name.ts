import { fittedConfidence } from '../../bilingual/fitted-confidence.ts';
import { englishStem, freedictItEn } from '../../bilingual/freedict.ts';
import { englishKeys, italianKeys } from '../../bilingual/keys.ts';
import { spanIn, type Rule, type RuleReport } from '../rule.ts';

/** Two or more capitalised words in a row, with nothing between them but a space. */
const RUN = /\p{Lu}[\p{L}\p{M}]+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}]+)+/gu;

const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A place name of the dictionary (FreeDict's capitalised entries: countries, cities) standing in an English run of names beside names the Italian has, with no
 * counterpart of its own in the aligned Italian: "the crisis in Italy Portugal" for "la crisi in Portogallo".
 * Every other word of the run must have its counterpart (a FreeDict concept, a cognate or the same spelling),
 * so a name the English adapts whole ("the European Central Bank" for "la Bce") is left alone.
 */
export const bilingualStrayName: Rule = {
  meta: {
    id: 'bilingual-stray-name',
    description: 'A place name inserted beside a name of the Italian (la crisi in Portogallo → "the crisis in Italy Portugal").',
    category: 'accuracy/addition',
    defaultSeverity: 'major',
    basis: 'FreeDict eng-ita and ita-eng (Debian packages) and the aligned Italian',
    defaultConfidence: fittedConfidence('bilingual-stray-name', 0.5),
  },
  check(context) {
    const reports: RuleReport[] = [];
    const lexicon = freedictItEn();
    for (const segment of context.targetSegments) {
      const alignment = context.alignmentOfTarget.get(segment.id);
      if (!alignment) continue;
      const sources = alignment.source.map((id) => context.segmentById.get(id)!);
      const keys = new Set(sources.flatMap((s) => italianKeys(s.text, lexicon)));
      const spelled = new Set(sources.flatMap((s) => (s.text.match(/[\p{L}\p{M}]+/gu) ?? []).map(fold)));
      for (const m of segment.text.matchAll(RUN)) {
        if (m.index === 0) continue;
        const words = [...m[0].matchAll(/[\p{L}\p{M}]+/gu)];
        const has = words.map((w) => spelled.has(fold(w[0])) || englishKeys(w[0], lexicon).some((k) => keys.has(k)));
        const stray = has.flatMap((h, i) => (h ? [] : [i]));
        if (stray.length !== 1 || !lexicon.englishNames.has(englishStem(words[stray[0]!]![0].toLowerCase()))) continue;
        const word = words[stray[0]!]!;
        const start = segment.start + m.index + word.index;
        const rest = words.filter((_, i) => i !== stray[0]).map((w) => w[0]).join(' ');
        const source = sources.map((s) => ({ s, at: s.text.search(new RegExp(`(?<![\\p{L}])${rest.split(' ')[0]!.slice(0, 4)}`, 'iu')) })).find((x) => x.at >= 0);
        reports.push({
          target: spanIn(context.target, start, start + word[0].length),
          source: source ? spanIn(context.source, source.s.start + source.at, source.s.start + source.at + (/^[\p{L}\p{M}]+/u.exec(source.s.text.slice(source.at))?.[0].length ?? 0)) : null,
          message: `“${word[0]}” has no counterpart in the aligned Italian; it stands beside “${rest}”, which does`,
          suggestion: rest,
        });
      }
    }
    return reports;
  },
};
