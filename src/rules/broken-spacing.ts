import { examinedRanges } from '../align/unsupported.ts';
import type { Segment } from '../types.ts';
import { spanIn, type Rule, type RuleReport } from './rule.ts';

interface Pattern {
  regex: RegExp;
  message: string;
  fix: (match: string) => string;
  /** Two words joined by a lost space read as one misspelt word, like run-together words. */
  category?: string;
}

const PATTERNS: Pattern[] = [
  // "word , next": a space before a comma, semicolon, colon or full stop that ends a clause.
  { regex: /(?<=[\p{L}\p{N}])[ \t]+[,;:.](?=[ \t]|$)(?![ \t]+\.)/gu, message: 'Space before punctuation', fix: (m) => m.trim() },
  // "over.The": a full stop with no space before the next sentence (two lower-case letters, then a capitalised word).
  {
    regex: /(?<![\p{L}\p{N}./@:-])\p{Ll}{2,}[.!?]\p{Lu}\p{Ll}+\b/gu,
    message: 'Missing space after sentence punctuation',
    fix: (m) => m.replace(/([.!?])/u, '$1 '),
    category: 'fluency/spelling',
  },
  // "over”nonetheless": a closing quotation mark glued to the next word.
  {
    // Anchored at a word start: unanchored, a long run of letters is rescanned from every letter (quadratic).
    regex: /(?<!\p{L})\p{L}+[.,!?]?[”»]\p{L}+/gu,
    message: 'Missing space after a closing quotation mark',
    fix: (m) => m.replace(/([”»])/u, '$1 '),
    category: 'fluency/spelling',
  },
  // "word,word": a comma with no space between two words (numbers like 72,000 are not words).
  { regex: /(?<![\p{L}\p{N}./@:-])\p{L}{2,},\p{L}{2,}\b/gu, message: 'Missing space after comma', fix: (m) => m.replace(',', ', '), category: 'fluency/spelling' },
];

/** A whitespace-delimited chunk that is a web address or an e-mail address. */
const ADDRESS = /^(?:https?:\/\/|www\.)|[@/\\{}`]|\.(?:com|org|net|it|uk|de|fr|gov|edu|io|js)\b/iu;

/**
 * Broken spacing around punctuation: a space before a comma (fluency/punctuation); no space after a full
 * stop, comma or closing quote between two words (fluency/spelling: the words read as one); guillemets
 * where the source uses English quotation marks (fluency/punctuation).
 */
export const brokenSpacing: Rule = {
  meta: {
    id: 'broken-spacing',
    description: 'Missing or extra spaces around punctuation ("over.The", "word , next").',
    category: 'fluency/punctuation',
    defaultSeverity: 'minor',
    basis: 'English punctuation conventions',
  },
  check(context) {
    const reports: RuleReport[] = [];
    const text = context.target.text;
    const ranges = examinedRanges(text, context.target.segments, context.targetSegments);
    for (const pattern of PATTERNS) {
      for (const match of matchesIn(text, pattern.regex, ranges)) {
        const start = match.index;
        const end = start + match[0].length;
        if (!inProse(context.targetSegments, start)) continue;
        if (ADDRESS.test(chunkAround(text, start))) continue;
        reports.push({ target: spanIn(context.target, start, end), message: pattern.message, suggestion: pattern.fix(match[0]), category: pattern.category });
      }
    }
    // «Guillemets» in a target whose source quotes with “ ” or " ": the other language's convention.
    if (!/[«»]/u.test(context.source.text) && /[“"]/u.test(context.source.text)) {
      for (const match of matchesIn(text, /«\s*([^«»\s](?:[^«»\r\n]*[^«»\s])?)\s*»/gu, ranges)) {
        if (!inProse(context.targetSegments, match.index)) continue;
        reports.push({
          target: spanIn(context.target, match.index, match.index + match[0].length),
          message: 'Guillemets where the source quotes with “ ”',
          suggestion: `“${match[1]}”`,
        });
      }
    }
    return reports;
  },
};

/** Characters read past each end of a range, so that look-behinds, look-aheads and `$` see what they would in the whole text. */
const RANGE_CONTEXT = 64;

/**
 * Matches of a global pattern starting inside the ranges (the text the rules read: src/align/unsupported.ts),
 * with their offsets in the whole text. One range covering the text is the whole text's matches.
 */
function* matchesIn(text: string, regex: RegExp, ranges: [number, number][]): Generator<{ index: number; 0: string; 1?: string }> {
  if (ranges.length === 1 && ranges[0]![0] === 0 && ranges[0]![1] === text.length) {
    yield* text.matchAll(regex);
    return;
  }
  for (const [start, end] of ranges) {
    const from = Math.max(0, start - RANGE_CONTEXT);
    for (const match of text.slice(from, Math.min(text.length, end + RANGE_CONTEXT)).matchAll(regex)) {
      const index = from + match.index;
      if (index >= start && index < end) yield { index, 0: match[0], 1: match[1] };
    }
  }
}

/** Whether an offset falls in a prose segment (binary search: segments are in text order, not overlapping). */
function inProse(segments: Segment[], offset: number): boolean {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** No address is longer: scanning further would make a long run of glued words quadratic. */
const MAX_CHUNK = 256;

function chunkAround(text: string, offset: number): string {
  let from = offset;
  while (from > 0 && offset - from < MAX_CHUNK && !/\s/u.test(text[from - 1]!)) from--;
  let to = offset;
  while (to < text.length && to - offset < MAX_CHUNK && !/\s/u.test(text[to]!)) to++;
  return text.slice(from, to);
}
