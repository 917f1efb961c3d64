import { englishDictionary } from '../lexicon/dictionary.ts';
import { calquesItEn, type Calque } from '../lexicon/calques.ts';
import type { Segment } from '../types.ts';
import { spanIn, type Rule, type RuleContext, type RuleReport } from './rule.ts';

/** Words that start a clause after a fronted "according to X": "Second Bloomberg the proposal…". */
const CLAUSE_START = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'there', 'its', 'his', 'her', 'their']);
/** Before "second" these make it an ordinal ("the second round", "its second term"). */
const ORDINAL_BEFORE = new Set(['the', 'a', 'its', 'his', 'her', 'their', 'our', 'your', 'my', 'every', 'each', 'this', 'that', 'whose']);

/**
 * Italian function-word calques and adverb false friends in English translated from Italian ("Second
 * Bloomberg" for "Secondo Bloomberg", "actually" for "attualmente"), from the project's calque table.
 * Context decides: the aligned source is the evidence ("according to", "currently"); rows whose English
 * word is also right in its own sense are flagged only with that evidence.
 */
export const calque: Rule = {
  meta: {
    id: 'calque',
    description: 'An Italian word rendered by an English look-alike or word-for-word equivalent that means something else.',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'major',
    basis: 'calque table corpus/lexicons/calques-it-en (written by the project from bilingual dictionaries) and the aligned source',
  },
  check(context) {
    const reports: RuleReport[] = [];
    for (const segment of context.targetSegments) {
      const sourceSegments = (context.alignmentOfTarget.get(segment.id)?.source ?? []).map((id) => context.segmentById.get(id)!);
      for (const row of calquesItEn()) {
        row.pattern.lastIndex = 0;
        for (const match of segment.text.matchAll(row.pattern)) {
          const report = judge(context, row, segment, match, sourceSegments);
          if (report) reports.push(report);
        }
      }
    }
    return reports;
  },
};

function judge(context: RuleContext, row: Calque, segment: Segment, match: RegExpMatchArray, sources: Segment[]): RuleReport | null {
  const start = segment.start + match.index!;
  const end = start + match[0].length;
  const evidence = findEvidence(row, match[0], sources);
  if (row.requiresEvidence && !evidence) return null;
  if (row.context === 'before-name' && !beforeName(segment.text, match.index!, match[0].length, evidence?.text ?? null)) return null;
  const capital = /^\p{Lu}/u.test(match[0]);
  const suggestion = capital ? row.suggestion[0]!.toUpperCase() + row.suggestion.slice(1) : row.suggestion;
  return {
    target: spanIn(context.target, start, end),
    source: evidence ? spanIn(context.source, evidence.start, evidence.end) : null,
    message: evidence
      ? `Calque of Italian “${row.italian}”: ${row.meaning}; the source says “${evidence.text}”`
      : `Likely calque of Italian “${row.italian}”: ${row.meaning}`,
    suggestion,
    // The aligned source saying "according to" or "said" makes the calque certain; the pattern alone is a strong hint.
    severity: evidence ? 'major' : 'minor',
    category: row.category,
    basis: evidence ? 'calque table corpus/lexicons/calques-it-en and the aligned source' : 'calque table corpus/lexicons/calques-it-en (context pattern)',
  };
}

/** The evidence in the aligned source, when the source does not itself use the target's wording. */
function findEvidence(row: Calque, found: string, sources: Segment[]): { start: number; end: number; text: string } | null {
  if (!row.evidence) return null;
  for (const s of sources) {
    if (s.text.toLowerCase().includes(found.toLowerCase())) return null;
  }
  for (const s of sources) {
    const m = row.evidence.exec(s.text);
    if (m) return { start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0] };
  }
  return null;
}

/**
 * "Second" used as "according to": it opens the sentence or follows a comma (not an article: "the second
 * round"), a capitalised name follows ("Bloomberg", "the Financial Times"), and after the name a clause
 * starts ("Second Bloomberg, the proposal…", "Second Bloombergthe proposal…" where a space was lost).
 * A name that is also an ordinary word ("Second World War") needs the source's evidence.
 */
function beforeName(text: string, at: number, length: number, evidence: string | null): boolean {
  const hasEvidence = evidence !== null;
  const before = text.slice(0, at);
  const previous = /([\p{L}]+)\W*$/u.exec(before)?.[1]?.toLowerCase();
  if (before.trim() !== '' && !/[,;:(“"—–]\s*$/u.test(before)) return false;
  if (previous && ORDINAL_BEFORE.has(previous)) return false;
  const rest = text.slice(at + length);
  // "Second the regional authorities, heavy rain…": a determiner's noun phrase closed by a comma, the
  // fronted "according to X," of Italian word order. An ordinal enumeration puts its comma after
  // "Second" ("Second, the authorities…"), and a determiner never follows the ordinal otherwise.
  if (/^\s+(?:the|a|an|this|these|those|its|his|her|their|our|some|several|many)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,4}[\p{L}\p{N}'’.-]+\s*,/u.test(rest)) return true;
  // "Second official results published on Monday, the party…": a bare plural noun phrase (secondo le
  // stime → "Second estimates") closed by a comma before a clause, where the aligned source says
  // "according to". English has generic ordinal plurals too ("Second homes, the minister said, …"),
  // so the pattern alone is not enough.
  const plural = /^\s+(?:[\p{Ll}-]+\s+){0,3}\p{Ll}{2,}[^s\W]s(?:\s+[\p{L}\p{N}'’-]+){0,5}\s*,\s*(\p{L}+)/u.exec(rest);
  if (plural && (CLAUSE_START.has(plural[1]!.toLowerCase()) || /^\p{Lu}/u.test(plural[1]!)) && /according to/iu.test(evidence ?? '')) return true;
  const name = /^\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})/u.exec(rest);
  if (!name) return false;
  const words = name[1]!.trim().split(/\s+/u);
  const after = rest.slice(name[0].length);
  const last = words.at(-1)!;
  const runTogether = /^\p{Lu}\p{Ll}+?(the|this|it|a|an)$/u.exec(last);
  const clauseFollows = /^[,:]/u.test(after.trimStart()) || CLAUSE_START.has(/^\s*(\p{L}+)/u.exec(after)?.[1]?.toLowerCase() ?? '') || Boolean(runTogether && !englishDictionary().isWord(last));
  if (!clauseFollows) return false;
  const first = words[0]!.replace(/[^\p{L}]/gu, '');
  const ordinaryWord = englishDictionary().isWord(first.toLowerCase());
  return hasEvidence || !ordinaryWord;
}
