import { falseFriendsItEn, type FalseFriend } from '../lexicon/calques.ts';
import { spanIn, type Rule, type RuleReport } from './rule.ts';

/**
 * An English look-alike of an Italian word where the aligned source has the word's real meaning
 * ("incident" where the source says "accident": Italian "incidente"). Needs the aligned source: the
 * look-alike is an ordinary English word and only wrong when the meaning was the other one.
 */
export const falseFriend: Rule = {
  meta: {
    id: 'false-friend',
    description: 'An English look-alike of an Italian word used where the source means something else.',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'major',
    basis: "LanguageTool's Italian–English false friends (the data directory's false-friends-it-en list, LGPL 2.1) and the aligned source",
  },
  check(context) {
    const reports: RuleReport[] = [];
    const { rows, anyLookAlike } = index(context.dataDir);
    for (const segment of context.targetSegments) {
      const alignment = context.alignmentOfTarget.get(segment.id);
      if (!alignment) continue;
      // One scan for all look-alikes; most sentences have none.
      anyLookAlike.lastIndex = 0;
      if (!anyLookAlike.test(segment.text)) continue;
      const sources = alignment.source.map((id) => context.segmentById.get(id)!);
      for (const { row, pattern } of rows) {
        pattern.lastIndex = 0;
        for (const match of segment.text.matchAll(pattern)) {
          if (sources.some((s) => inflected(row.lookAlike).test(s.text))) continue;
          const evidence = meaningIn(row, sources);
          if (!evidence) continue;
          const start = segment.start + match.index;
          reports.push({
            target: spanIn(context.target, start, start + match[0].length),
            source: spanIn(context.source, evidence.start, evidence.end),
            message: `False friend: Italian “${row.italian}” means “${row.meanings.join('” or “')}”, not “${row.lookAlike}”; the source says “${evidence.text}”`,
            suggestion: evidence.text,
          });
        }
      }
    }
    return reports;
  },
};

let cached: { from: FalseFriend[]; rows: { row: FalseFriend; pattern: RegExp }[]; anyLookAlike: RegExp } | undefined;

function index(dataDir: string | null | undefined) {
  const list = falseFriendsItEn(dataDir);
  if (cached?.from !== list) {
    const rows = list.map((row) => ({ row, pattern: inflected(row.lookAlike) }));
    const words = rows.map((r) => r.row.lookAlike.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    cached = { from: list, rows, anyLookAlike: new RegExp(`\\b(?:${words.join('|')})(?:s|es|d|ed|ing)?\\b`, 'iu') };
  }
  return cached;
}

function inflected(word: string): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${escaped}(?:s|es|d|ed|ing)?\\b`, 'giu');
}

function meaningIn(row: FalseFriend, sources: { start: number; text: string }[]): { start: number; end: number; text: string } | null {
  for (const meaning of row.meanings) {
    const pattern = inflected(meaning);
    for (const s of sources) {
      pattern.lastIndex = 0;
      const m = pattern.exec(s.text);
      if (m) return { start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0] };
    }
  }
  return null;
}
