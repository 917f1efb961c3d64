import { fittedConfidence } from '../../bilingual/fitted-confidence.ts';
import { italianStem } from '../../bilingual/italian-words.ts';
import { calquesItEn, falseFriendsItEn } from '../../lexicon/calques.ts';
import type { Segment } from '../../types.ts';
import { spanIn, type Rule, type RuleContext, type RuleReport } from '../rule.ts';

interface Entry {
  italian: string;
  pattern: RegExp;
  message: (found: string, italian: string) => string;
  suggestion: string;
  basis: string;
}

const inflected = (word: string) => new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|es|d|ed|ing)?\\b`, 'giu');

/**
 * An English look-alike of an Italian word, where the aligned Italian has that word: the project's calque
 * table (rows that need evidence: "actually" for "attualmente", "eventually" for "eventualmente") and
 * LanguageTool's Italian–English false friends ("incident" for "incidente", "notice" for "notizia") when
 * the data directory has them. The Italian word is the evidence, quoted in the message.
 */
export const bilingualFalseFriend: Rule = {
  meta: {
    id: 'bilingual-false-friend',
    description: 'An English look-alike of the Italian word the aligned source has, which means something else.',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'major',
    basis: "calque table corpus/lexicons/calques-it-en, LanguageTool's Italian–English false friends (data directory, LGPL 2.1) when present, and the aligned Italian",
    // Fitted on the real training half and the faithful fixture translations (eval/bilingual-calibrate.ts); 1 without findings there.
    defaultConfidence: fittedConfidence('bilingual-false-friend', 1),
  },
  check(context) {
    const reports: RuleReport[] = [];
    const entries = entriesFor(context);
    for (const segment of context.targetSegments) {
      const alignment = context.alignmentOfTarget.get(segment.id);
      if (!alignment) continue;
      const sources = alignment.source.map((id) => context.segmentById.get(id)!);
      for (const entry of entries) {
        entry.pattern.lastIndex = 0;
        if (!entry.pattern.test(segment.text)) continue;
        const evidence = italianWord(sources, entry.italian);
        if (!evidence) continue;
        entry.pattern.lastIndex = 0;
        for (const m of segment.text.matchAll(entry.pattern)) {
          const start = segment.start + m.index;
          reports.push({
            target: spanIn(context.target, start, start + m[0].length),
            source: spanIn(context.source, evidence.start, evidence.end),
            message: entry.message(m[0], evidence.text),
            suggestion: entry.suggestion,
            basis: entry.basis,
          });
        }
      }
    }
    return reports;
  },
};

let cache: { dir: string | null | undefined; entries: Entry[] } | undefined;

function entriesFor(context: RuleContext): Entry[] {
  if (cache && cache.dir === context.dataDir) return cache.entries;
  const entries: Entry[] = [];
  for (const row of calquesItEn()) {
    if (!row.requiresEvidence || row.context !== 'none' || /\s/u.test(row.italian)) continue;
    entries.push({
      italian: row.italian,
      pattern: new RegExp(row.pattern.source, 'giu'),
      message: (found, italian) => `“${found}” for Italian “${italian}”: ${row.meaning}`,
      suggestion: row.suggestion,
      basis: 'calque table corpus/lexicons/calques-it-en and the aligned Italian',
    });
  }
  const listed = context.dataDir !== undefined && context.dataDir !== null ? safeFalseFriends(context.dataDir) : [];
  for (const row of listed) {
    if (/\s/u.test(row.italian) || !row.meanings.length) continue;
    entries.push({
      italian: row.italian,
      pattern: inflected(row.lookAlike),
      message: (found, italian) => `False friend: Italian “${italian}” means “${row.meanings.join('” or “')}”, not “${found}”`,
      suggestion: row.meanings[0]!,
      basis: "LanguageTool's Italian–English false friends and the aligned Italian",
    });
  }
  cache = { dir: context.dataDir, entries };
  return entries;
}

/** LanguageTool's list when the data directory has it; without it the calque table still runs. */
function safeFalseFriends(dir: string) {
  try {
    return falseFriendsItEn(dir);
  } catch {
    return [];
  }
}

/** The Italian word in the aligned sentences, inflected ("notizia", "notizie"; "incidente", "incidenti"). */
function italianWord(sources: Segment[], word: string): { start: number; end: number; text: string } | null {
  const stem = italianStem(word);
  for (const s of sources) {
    for (const m of s.text.matchAll(/[\p{L}\p{M}]+/gu)) {
      if (italianStem(m[0]) === stem) return { start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0] };
    }
  }
  return null;
}
