import type { Segment } from '../types.ts';
import { isStopword } from '../text/words.ts';
import { spanIn, type Rule, type RuleReport } from './rule.ts';

const VERBS = 'said|says|told|reported|added|stated|wrote|noted';
const SPEAKER = String.raw`(?:(?:the|a|an|some|several|two|three|other)\s+)?(?:[\p{L}.’'-]+\s+){0,5}?[\p{L}.’'-]+`;
/** "according to X", "X said", "said X": the three shapes of attribution in news English. */
const PATTERNS = [
  new RegExp(String.raw`\baccording to\s+(${SPEAKER})(?=\s*(?:[,.;:)]|$|\s(?:which|who|that|in|on)\b))`, 'giu'),
  new RegExp(String.raw`(?<=^|[,;:]\s+|\b(?:and|as|but)\s+)(${SPEAKER})\s+(?:${VERBS})\b`, 'giu'),
  new RegExp(String.raw`\b(?:${VERBS})\s+((?:the|a|an|some|several)\s+${SPEAKER}|\p{Lu}${SPEAKER})(?=\s*(?:[,.;:]|$))`, 'gu'),
];
const PRONOUNS = /^(?:he|she|they|it|we|i|you|who|which|that)$/iu;
/** A speaker is a noun phrase: these words mean the match caught a clause instead ("Having said that"). */
const NOT_SPEAKER = /\b(?:has|have|had|having|being|is|are|was|were|not|did|does|do|will|would|could|should|if|whether|that|this|it)\b/iu;

interface Attribution {
  start: number;
  end: number;
  text: string;
  speaker: string;
  words: string[];
}

/**
 * Attribution changed between aligned sentences: the source credits "people familiar with the matter"
 * and the target "Bloomberg", or the reverse. Flagged only when the target's speaker shares no word with
 * any attribution of the aligned source and its words appear nowhere in that source.
 */
export const changedAttribution: Rule = {
  meta: {
    id: 'changed-attribution',
    description: 'The target credits a statement to someone other than the source does.',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'major',
    basis: 'the aligned source sentences',
    // Heuristic: reads who said what from reporting-verb patterns; a rewritten sentence can move the speaker without changing it.
    defaultConfidence: 0.7,
  },
  check(context) {
    const reports: RuleReport[] = [];
    for (const segment of context.targetSegments) {
      const alignment = context.alignmentOfTarget.get(segment.id);
      if (!alignment) continue;
      const sources = alignment.source.map((id) => context.segmentById.get(id)!);
      const sourceAttributions = sources.flatMap(attributions);
      if (!sourceAttributions.length) continue;
      const sourceWords = new Set(sources.flatMap((s) => contentWords(s.text)));
      for (const attribution of attributions(segment)) {
        if (!attribution.words.length) continue;
        if (attribution.words.some((w) => sourceWords.has(w))) continue;
        if (sourceAttributions.some((a) => a.words.some((w) => attribution.words.includes(w)))) continue;
        const credited = sourceAttributions[0]!;
        // One person's name for another ("Naomi said" → "Ruth said") is a changed name, reported as such.
        if (isPlainName(attribution.speaker) && isPlainName(credited.speaker)) continue;
        reports.push({
          target: spanIn(context.target, attribution.start, attribution.end),
          source: spanIn(context.source, credited.start, credited.end),
          message: `Attribution changed: the target credits “${attribution.speaker}”, the source “${credited.speaker}”`,
          suggestion: credited.text,
        });
      }
    }
    return reports;
  },
};

function attributions(segment: Segment): Attribution[] {
  const found: Attribution[] = [];
  for (const pattern of PATTERNS) {
    for (const match of segment.text.matchAll(pattern)) {
      let text = match[0];
      let speaker = match[1]!.trim();
      // A full stop after the speaker ends the sentence, unless it closes an abbreviation ("the U.S.").
      if (text.endsWith('.') && !/(?:^|\s)(?:\p{L}\.)+$/u.test(text)) {
        text = text.slice(0, -1);
        speaker = speaker.replace(/\.$/u, '');
      }
      if (PRONOUNS.test(speaker) || NOT_SPEAKER.test(speaker) || speaker.split(/\s+/u).length > 7) continue;
      const start = segment.start + match.index;
      if (found.some((f) => start < f.end && start + text.length > f.start)) continue;
      found.push({ start, end: start + text.length, text, speaker, words: contentWords(speaker) });
    }
  }
  return found;
}

function contentWords(text: string): string[] {
  return (text.match(/[\p{L}][\p{L}.’'-]*/gu) ?? [])
    .map((w) => w.replace(/['’]s$/u, '').replace(/[.’']/gu, '').toLowerCase())
    .filter((w) => w.length > 1 && !isStopword(w) && !PRONOUNS.test(w));
}

function isPlainName(speaker: string): boolean {
  return /^(?:\p{Lu}[\p{L}’'.-]*\s*){1,3}$/u.test(speaker);
}
