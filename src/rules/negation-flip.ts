import type { Alignment, DiffPart } from '../types.ts';
import { isStopword, stem, wordTokens, type WordToken } from '../text/words.ts';
import { spanIn, type Rule, type RuleContext, type RuleReport } from './rule.ts';

/** Explicit negators of English. */
const NEGATORS = /^(?:not|no|never|none|nobody|nothing|neither|nor|nowhere|cannot|without|\p{L}+n['’]t)$/iu;
/** Words that negate by meaning: the other side may say "declined to comment" for "did not comment". */
const IMPLICIT = /^(?:declin|refus|deni|deny|fail|reject|lack|absen|unabl|unwill|avoid)/iu;
/** Changes longer than this are rewrites, where a negation may move or be paraphrased. */
const MAX_RUN = 3;

/**
 * Negation flipped between aligned sentences: the source says "not", "never", "no" or "wouldn't" and
 * the target, in an otherwise matching place, does not (or the reverse). Only short, local changes
 * between unchanged words count, and a negating verb on the other side ("declined", "failed") is a
 * paraphrase, not a flip.
 */
export const negationFlip: Rule = {
  meta: {
    id: 'negation-flip',
    description: 'A negation dropped or added between aligned sentences.',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'critical',
    basis: 'the aligned source sentences',
    // Heuristic: negation cues are found by word lists; a rewrite can carry a negation into another word ("failed to" for "did not").
    defaultConfidence: 0.8,
  },
  check(context) {
    return context.alignments.flatMap((a) => {
      // As many negations on each side: one moved ("asked not to" → "requested … not to"), none flipped.
      if (negationsIn(context, a.source, 'source') === negationsIn(context, a.target, 'target')) return [];
      const local = inAlignment(context, a);
      return local.length ? local : wholeSentence(context, a);
    });
  },
};

/**
 * "not less than", "no more than", "no later than" state a bound ("at least", "at most", "by"), not the
 * clause's polarity: those negators are not counted.
 */
const BOUND = /^\s+(?:less|fewer|more|later|earlier|greater|higher|lower|longer|shorter|sooner)\s+than\b/iu;

/** "whether or not", "like it or not": the alternative, not a negated clause. */
const ALTERNATIVE = /\bor\s+$/iu;

/** Is this negator token one of a clause, not of a bound or an alternative? `text` is the document the token's offsets index. */
function clauseNegator(w: WordToken, text: string): boolean {
  return NEGATORS.test(w.text) && !BOUND.test(text.slice(w.end, w.end + 24)) && !ALTERNATIVE.test(text.slice(Math.max(0, w.start - 4), w.start)) && !isNumberSign(w, text);
}

/** "No.1", "No 2", "No. 10": the abbreviation of number, not the negator. */
function isNumberSign(w: WordToken, text: string): boolean {
  return /^no$/iu.test(w.text) && /^\.?\s?\d/u.test(text.slice(w.end, w.end + 3));
}

function negationsIn(context: RuleContext, ids: string[], side: 'source' | 'target'): number {
  const text = context[side].text;
  let n = 0;
  for (const id of ids) {
    const segment = context.segmentById.get(id)!;
    // A negating word counts as a negation ("unable" for "not able", "declined" for "did not").
    for (const w of wordTokens(segment.text, segment.start)) if (clauseNegator(w, text) || IMPLICIT.test(w.text)) n++;
  }
  return n;
}

/**
 * A rewritten sentence can lose its negation far from any short change ("No serious side effects
 * were recorded, the agency said" → "The agency said serious side effects had been found"). When one
 * side of an alignment has explicit negators and the other has none, and no negating verb either
 * ("declined", "failed", "without"), the polarity of the passage changed.
 */
function wholeSentence(context: RuleContext, alignment: Alignment): RuleReport[] {
  const textOf = (ids: string[]) => ids.map((id) => context.segmentById.get(id)!);
  const sources = textOf(alignment.source);
  const targets = textOf(alignment.target);
  const words = (segments: { text: string; start: number }[]) => segments.flatMap((s) => wordTokens(s.text, s.start));
  const sourceWords = words(sources);
  const targetWords = words(targets);
  const negator = (text: string) => (w: WordToken) => NEGATORS.test(w.text) && !isNumberSign(w, text);
  const negating = (ws: WordToken[]) => ws.some((w) => negator(context.target.text)(w) || IMPLICIT.test(w.text));
  const sourceNegators = sourceWords.filter(negator(context.source.text));
  const targetNegators = targetWords.filter(negator(context.target.text));
  // Most passages negate nothing on either side: the stems below are then never read.
  if (!sourceNegators.length && !targetNegators.length) return [];
  const first = targets[0]!;
  const last = targets.at(-1)!;
  // The negated words must survive in the target: a rewrite that drops the whole negated clause ("who
  // asked not to be identified") omits it, which is not a flip. A negator glued to its neighbour where a
  // space was lost ("notcausing") is still there.
  const targetStems = new Set(targetWords.map((w) => stem(w.text.toLowerCase())));
  const glued = (negator: WordToken) => targetWords.some((w) => w.text.length > negator.text.length && w.text.toLowerCase().startsWith(negator.text.toLowerCase()));
  const dropped = sourceNegators.filter((n) => !glued(n) && negatedWordIn(sourceWords, n, targetStems));
  if (dropped.length && !negating(targetWords)) {
    const said = dropped[0]!;
    return [{
      target: spanIn(context.target, first.start, last.end),
      source: spanIn(context.source, said.start, said.end),
      message: `Negation dropped: the source says “${said.text}”, and this passage has no negation`,
      suggestion: null,
      severity: 'major',
    }];
  }
  const sourceStems = new Set(sourceWords.map((w) => stem(w.text.toLowerCase())));
  const addedTo = targetNegators.filter((n) => negatedWordIn(targetWords, n, sourceStems));
  if (addedTo.length && !negating(sourceWords)) {
    const added = addedTo[0]!;
    return [{
      target: spanIn(context.target, added.start, added.end),
      source: spanIn(context.source, sources[0]!.start, sources.at(-1)!.end),
      message: `Negation added: “${added.text}”, where the source passage has no negation`,
      suggestion: null,
      severity: 'major',
    }];
  }
  return [];
}

function inAlignment(context: RuleContext, alignment: Alignment): RuleReport[] {
  const diff = alignment.diff ?? [];
  const reports: RuleReport[] = [];
  for (let i = 0; i < diff.length; i++) {
    const part = diff[i]!;
    if (part.op === 'equal') continue;
    const span = part.op === 'delete' ? part.source! : part.target!;
    const words = wordTokens(span.text, span.start);
    const sideText = part.op === 'delete' ? context.source.text : context.target.text;
    if (words.length > MAX_RUN || !words.some((w) => clauseNegator(w, sideText))) continue;
    // The counterpart: the opposite change next to this one, if any.
    const partnerIndex = [i + 1, i - 1].find((j) => diff[j] && diff[j]!.op !== 'equal' && diff[j]!.op !== part.op);
    const partner = partnerIndex === undefined ? undefined : diff[partnerIndex]!;
    const partnerSpan = partner ? (partner.op === 'delete' ? partner.source! : partner.target!) : null;
    const partnerWords = partnerSpan ? wordTokens(partnerSpan.text, partnerSpan.start) : [];
    if (partnerWords.some((w) => NEGATORS.test(w.text) || IMPLICIT.test(w.text))) continue;
    // Negation moved into the word: "not affected" → "unaffected", "not possible" → "impossible".
    if (partnerWords.some((p) => words.some((w) => prefixNegates(p.text, w.text)))) continue;
    // The negator glued to its neighbour where a space was lost ("notcausing") is still there.
    const joined = (partnerSpan?.text ?? '').replace(/\s+/gu, '').toLowerCase();
    const negators = words.filter((w) => NEGATORS.test(w.text)).map((w) => w.text.toLowerCase());
    if (joined && negators.every((n) => joined.includes(n))) continue;
    if (partnerWords.length > MAX_RUN) continue;
    // Unchanged words around the change: the rest of the clause is the same.
    const lo = Math.min(i, partnerIndex ?? i);
    const hi = Math.max(i, partnerIndex ?? i);
    if (!hasWords(diff[lo - 1]) || !(hasWords(diff[hi + 1]) || diff[hi + 1]?.op === 'equal')) continue;
    if (part.op === 'delete') {
      // Dropped: point at the replacement, or at the word that lost its negation.
      const where = partner?.target ?? firstWord(diff[hi + 1]);
      if (!where) continue;
      reports.push({
        target: spanIn(context.target, where.start, where.end),
        source: spanIn(context.source, span.start, span.end),
        message: `Negation dropped: the source says “${span.text}”`,
        suggestion: partner?.target ? span.text : `${span.text} ${where.text}`,
      });
    } else {
      const negator = words.find((w) => NEGATORS.test(w.text))!;
      reports.push({
        target: spanIn(context.target, negator.start, negator.end),
        source: partner?.source ? spanIn(context.source, partner.source.start, partner.source.end) : null,
        message: partner?.source ? `Negation added: the source says “${partner.source.text}”` : 'Negation added: the source has no negation here',
        suggestion: partner?.source?.text ?? null,
      });
    }
    if (partnerIndex !== undefined && partnerIndex > i) i = partnerIndex;
  }
  return reports;
}

/** The first content word after `negator` (what it negates) is among the other side's word stems. */
function negatedWordIn(words: WordToken[], negator: WordToken, otherStems: Set<string>): boolean {
  const next = words.slice(words.indexOf(negator) + 1).find((w) => !isStopword(w.text) && /^\p{L}/u.test(w.text));
  return next !== undefined && otherStems.has(stem(next.text.toLowerCase()));
}

function hasWords(part: DiffPart | undefined): boolean {
  return part?.op === 'equal' && /\p{L}/u.test(part.target?.text ?? '');
}

function firstWord(part: DiffPart | undefined): { start: number; end: number; text: string } | null {
  if (!part?.target) return null;
  return wordTokens(part.target.text, part.target.start)[0] ?? null;
}

/** English negative prefixes (un-, in-, im-, il-, ir-, non-, dis-): "unaffected" negates "affected". */
const NEGATIVE_PREFIX = /^(?:un|in|im|il|ir|non-?|dis)(\p{L}{3,})$/u;

function prefixNegates(negated: string, word: string): boolean {
  const m = NEGATIVE_PREFIX.exec(negated.toLowerCase());
  return m !== null && m[1] === word.toLowerCase();
}
