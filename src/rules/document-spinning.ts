import { englishDictionary } from '../lexicon/dictionary.ts';
import { judgeSubstitution } from '../lexicon/sense-relation.ts';
import { wordnet, type Pos, type Sense } from '../lexicon/wordnet.ts';
import { inflectLike } from '../text/inflect.ts';
import { isStopword, stem, wordTokens, type WordToken } from '../text/words.ts';
import type { Segment } from '../types.ts';
import { spanIn, type Rule, type RuleContext, type RuleReport } from './rule.ts';
import { substitutions } from './substitutions.ts';
import { scoredSwaps } from '../detect/scored-swaps.ts';

/** A swap carries over to sentences without source only when the model is at least this sure of it. */
const CARRY_CONFIDENCE = 0.5;

/**
 * Spinning where there is no source sentence to compare with. Two signals, each named in the finding:
 * 1. broken source terms: a target phrase "safety forces" whose head the source uses in the term
 *    "security force", with a WordNet relative in place of the modifier, and the target never using the
 *    source's modifier in lower case: the spinner's swap broke a fixed term of the source;
 * 2. the document's own substitutions: a wrong-sense swap seen in an aligned pair (training → coaching)
 *    or in a broken term (security → safety) is looked for everywhere else in the target (a spinner swaps
 *    the same word the same way each time).
 */
export const documentSpinning: Rule = {
  meta: {
    id: 'document-spinning',
    description: "A spun word in a sentence without source, found from the document's own substitutions or the source's terms.",
    category: 'accuracy/mistranslation',
    defaultSeverity: 'major',
    basis: "the document's own substitutions in aligned sentences, and the source's terms, judged with WordNet 3.1",
    // Heuristic: no source sentence to compare with: the swap is inferred from the same swap elsewhere in the document.
    defaultConfidence: 0.6,
  },
  check(context) {
    const reports: RuleReport[] = [];
    const flaggedAt = new Set<number>();
    const subs = substitutions(context);
    for (const s of subs) flaggedAt.add(s.target.start);
    // 1. Source terms broken by a swapped modifier ("security force" → "safety forces").
    const broken = brokenSourceTerms(context, flaggedAt);
    reports.push(...broken.map((b) => b.report));
    // 1b. Source pairs whose head was swapped for a wrong-sense relative ("Italian side" → "Italian aspect").
    // Source words by WordNet base form: "disappearing" is the source's word when the source says "disappear".
    const sourceKeys = new Set<string>();
    for (const token of wordTokens(context.source.text)) for (const k of keys(token.text)) sourceKeys.add(k);
    const swappedHeads = swappedSourceHeads(context, flaggedAt, sourceKeys);
    reports.push(...swappedHeads.map((b) => b.report));
    broken.push(...swappedHeads);
    // 1c. A noun that renders a source term's head only through a verb sense ("security force" → "pressure").
    reports.push(...crossPosHeads(context, flaggedAt, sourceKeys));
    // 2. The document's substitution map: swaps judged wrong-sense in aligned pairs, and the broken terms' swaps.
    const map = new Map<string, { source: string; example: string; where: string }>();
    for (const s of subs) {
      if (s.judgement.verdict !== 'shifts' && !s.brokenTerm) continue;
      const base = wordnet().baseForms(s.source.text.toLowerCase(), s.judgement.relation?.pos ?? 'n').at(-1) ?? s.source.text.toLowerCase();
      for (const key of keys(s.target.text)) map.set(key, { source: base, example: `${s.source.text} → ${s.target.text}`, where: 'in an aligned sentence' });
    }
    for (const b of broken) {
      for (const key of keys(b.substitute)) if (!map.has(key)) map.set(key, { source: b.original, example: b.term, where: "in the source's term" });
    }
    // One-word swaps the spun-swap model is sure of (at or above the gate's default threshold): a
    // spinner swaps the same word the same way elsewhere in the document.
    for (const s of scoredSwaps(context)) {
      if (s.confidence < CARRY_CONFIDENCE || s.sourceWords.length !== 1 || s.targetWords.length !== 1) continue;
      const base = keys(s.source.text).at(-1)!;
      for (const key of keys(s.target.text)) if (!map.has(key)) map.set(key, { source: base, example: `${s.source.text} → ${s.target.text}`, where: `in an aligned sentence, ${Math.round(s.confidence * 100)}% sure` });
    }
    // A word the source itself uses is this document's vocabulary, not a substitute: in a long text the
    // map comes to hold common words, and unsupported sentences use them too.
    for (const segment of map.size ? unalignedTargets(context) : []) {
      for (const token of tokensOf(segment)) {
        if (flaggedAt.has(token.start) || !/^\p{Ll}/u.test(token.text) || keys(token.text).some((k) => sourceKeys.has(k))) continue;
        let found = keys(token.text).map((k) => map.get(k)).find(Boolean);
        let span = { start: token.start, end: token.end, text: token.text };
        if (!found) {
          // Glued to a function word where a space was lost ("tocoaching"): look at the rest.
          const glued = /^(to|of|the|and|a|an|in|on|for|with|by)(\p{Ll}{4,})$/u.exec(token.text);
          const rest = glued && !englishDictionary().isWord(token.text) ? glued[2]! : null;
          found = rest ? keys(rest).map((k) => map.get(k)).find(Boolean) : undefined;
          if (found) span = { start: token.start + glued![1]!.length, end: token.end, text: rest! };
        }
        const hit = found;
        if (!hit) continue;
        flaggedAt.add(token.start);
        reports.push({
          target: spanIn(context.target, span.start, span.end),
          message: `“${span.text}” is this document's substitute for “${hit.source}” (${hit.example} ${hit.where})`,
          suggestion: inflectLike(hit.source, span.text),
          basis: "the document's own substitutions",
        });
      }
    }
    return reports;
  },
};

/** A segment's word tokens (document offsets), tokenised once per audit: every signal reads them. */
function tokensOf(segment: Segment): readonly WordToken[] {
  let tokens = tokenCache.get(segment);
  if (!tokens) tokenCache.set(segment, (tokens = wordTokens(segment.text, segment.start)));
  return tokens;
}

const tokenCache = new WeakMap<Segment, readonly WordToken[]>();

/** Keys a word form is known by: itself and its WordNet base forms ("coaching", "coach"). */
function keys(word: string): string[] {
  // Every word of both documents is asked about, audit after audit: computed once per form.
  let out = keyCache.get(word);
  if (out) return out;
  const net = wordnet();
  const lower = word.toLowerCase();
  const set = new Set([lower]);
  for (const pos of ['n', 'v', 'a'] as Pos[]) for (const form of net.baseForms(lower, pos)) set.add(form);
  if (keyCache.size > 100_000) keyCache.clear();
  keyCache.set(word, (out = [...set]));
  return out;
}

const keyCache = new Map<string, string[]>();

interface BrokenTerm {
  report: RuleReport;
  original: string;
  substitute: string;
  term: string;
}

function brokenSourceTerms(context: RuleContext, flaggedAt: Set<number>): BrokenTerm[] {
  // Source modifier–head pairs ("security force"), by the head's stem.
  const sourcePairs = new Map<string, { modifier: WordToken; head: WordToken }[]>();
  // The modifiers already listed per head, so that a head with many is not scanned at each repeat.
  const listed = new Map<string, Set<string>>();
  const sourceWords = new Set<string>();
  for (const segment of context.sourceSegments) {
    const tokens = tokensOf(segment);
    tokens.forEach((t) => sourceWords.add(t.text.toLowerCase()));
    for (let i = 1; i < tokens.length; i++) {
      const [m, h] = [tokens[i - 1]!, tokens[i]!];
      if (!adjacent(context.source.text, m, h) || !isContent(m.text) || !isContent(h.text)) continue;
      // The first use of each modifier per head: a long source repeats its terms, and every repeat was
      // judged again for every target pair with that head.
      const key = headKey(h.text);
      const list = sourcePairs.get(key) ?? [];
      const modifiers = listed.get(key) ?? new Set<string>();
      if (!modifiers.has(m.text)) {
        modifiers.add(m.text);
        list.push({ modifier: m, head: h });
      }
      sourcePairs.set(key, list);
      listed.set(key, modifiers);
    }
  }
  // Lower-case uses only: "Security Council" is a name, not the target using "security" as a word.
  const targetWords = new Set(context.targetSegments.flatMap((s) => tokensOf(s).map((t) => t.text).filter((w) => /^\p{Ll}/u.test(w))));
  const reports: BrokenTerm[] = [];
  for (const segment of unalignedTargets(context)) {
    const tokens = tokensOf(segment);
    for (let i = 1; i < tokens.length; i++) {
      const [m, h] = [tokens[i - 1]!, tokens[i]!];
      if (flaggedAt.has(m.start) || !adjacent(context.target.text, m, h) || !isContent(m.text) || !isContent(h.text)) continue;
      if (sourceWords.has(m.text.toLowerCase())) continue; // the source uses this modifier itself
      for (const { modifier } of sourcePairs.get(headKey(h.text)) ?? []) {
        const original = modifier.text.toLowerCase();
        if (original === m.text.toLowerCase() || targetWords.has(original)) continue;
        const judgement = judgeSubstitution(original, m.text.toLowerCase(), ['synonym', 'hypernym']);
        if (judgement.verdict === 'unrelated') continue;
        const term = `${modifier.text} ${context.source.text.slice(modifier.end, modifier.end + 80).trimStart().split(/\s+/u)[0]}`; // a bounded window: the rest of a long source was split for every hit
        flaggedAt.add(m.start);
        const shown = term.replace(/[^\p{L}\s-]+$/u, '');
        reports.push({
          original: modifier.text.toLowerCase(),
          substitute: m.text.toLowerCase(),
          term: `“${shown}” → “${m.text} ${h.text}”`,
          report: {
            target: spanIn(context.target, m.start, m.end),
            source: spanIn(context.source, modifier.start, modifier.end),
            message: `“${m.text} ${h.text}” looks like the source's term “${shown}” with “${modifier.text}” swapped for “${m.text}”`,
            suggestion: modifier.text,
            basis: "the source document's terms and WordNet 3.1",
          },
        });
        break;
      }
    }
  }
  return reports;
}

/**
 * A source modifier–head pair ("Italian side") found in the target with the head swapped for a word
 * that shares the head's meaning only in a rare WordNet sense ("Italian aspect"). Every target sentence
 * is looked at, since the source pair may sit in a sentence the target dropped; a word an aligned pair
 * already explains is skipped, the source must never use the target's head (by WordNet base form) and
 * the target never the source's. Only a wrong-sense verdict accuses: "Arab nations" for "Arab states"
 * keeps the meaning.
 */
function swappedSourceHeads(context: RuleContext, flaggedAt: Set<number>, sourceKeys: Set<string>): BrokenTerm[] {
  // Source heads by their modifier, lower-cased ("italian" → side, …).
  const byModifier = new Map<string, WordToken[]>();
  for (const segment of context.sourceSegments) {
    const tokens = tokensOf(segment);
    for (let i = 1; i < tokens.length; i++) {
      const [m, h] = [tokens[i - 1]!, tokens[i]!];
      if (!adjacent(context.source.text, m, h) || !isModifier(m.text) || !isContent(h.text)) continue;
      // One head of each spelling per modifier: a long document repeats its pairs.
      const list = byModifier.get(m.text.toLowerCase()) ?? [];
      if (!list.some((x) => x.text === h.text)) list.push(h);
      byModifier.set(m.text.toLowerCase(), list);
    }
  }
  if (!byModifier.size) return [];
  const targetWords = new Set(context.targetSegments.flatMap((s) => tokensOf(s).map((t) => t.text)));
  const reports: BrokenTerm[] = [];
  for (const segment of context.targetSegments) {
    const tokens = tokensOf(segment);
    for (let i = 1; i < tokens.length; i++) {
      const [m, h] = [tokens[i - 1]!, tokens[i]!];
      if (flaggedAt.has(h.start) || !adjacent(context.target.text, m, h) || !isModifier(m.text) || !isContent(h.text)) continue;
      const heads = byModifier.get(m.text.toLowerCase());
      if (!heads || keys(h.text).some((k) => sourceKeys.has(k))) continue; // no source pair, or the source's own word
      for (const head of heads) {
        const original = head.text;
        if (targetWords.has(original)) continue;
        const judgement = judgeSubstitution(original, h.text, ['synonym', 'hypernym']);
        if (judgement.verdict !== 'shifts') continue;
        flaggedAt.add(h.start);
        const term = `“${m.text} ${original}” → “${m.text} ${h.text}”`;
        reports.push({
          original,
          substitute: h.text,
          term,
          report: {
            target: spanIn(context.target, h.start, h.end),
            source: spanIn(context.source, head.start, head.end),
            message: `“${m.text} ${h.text}” looks like the source's “${m.text} ${original}” with “${original}” swapped for “${h.text}”, which means it only in a rare sense`,
            suggestion: inflectLike(original, h.text),
            basis: "the source document's terms and WordNet 3.1",
          },
        });
        break;
      }
    }
  }
  return reports;
}

/**
 * The source uses a noun in a WordNet term ("security force"), which fixes its sense (the term's parent
 * "force, military force"); a target noun not in the source shares a synset with that word only as a
 * verb ("pressure": to force, to pressure someone): a thesaurus looked the word up in the wrong part of
 * speech. The target word must be mostly a noun (SemCor counts), so a verb use of it ("thrusting") is not
 * taken for one; a shared noun synset clears it.
 */
function crossPosHeads(context: RuleContext, flaggedAt: Set<number>, sourceKeys: Set<string>): RuleReport[] {
  const net = wordnet();
  // Source nouns whose sense a source term fixes: base form → the term and the head's senses it implies.
  const fixed = new Map<string, { term: WordToken[]; synsets: Set<string> }>();
  for (const segment of context.sourceSegments) {
    const tokens = tokensOf(segment);
    for (let i = 1; i < tokens.length; i++) {
      const [m, h] = [tokens[i - 1]!, tokens[i]!];
      if (!adjacent(context.source.text, m, h) || !/^\p{L}+$/u.test(m.text) || !isContent(h.text)) continue;
      for (const { head, senses } of termHeads(m.text.toLowerCase(), h.text)) {
        const entry = fixed.get(head) ?? { term: [m, h], synsets: new Set<string>() };
        for (const x of senses) entry.synsets.add(x.synset);
        fixed.set(head, entry);
      }
    }
  }
  if (!fixed.size) return [];
  // Every synset of each fixed head, whatever its part of speech, looked up once.
  const headSynsets = [...fixed].map(([head, entry]) => ({ head, ...entry, all: [...(net.lemma(head)?.values() ?? [])].flat() }));
  const tags = (senses: { tags: number }[] | undefined) => (senses ?? []).reduce((n, x) => n + x.tags, 0);
  const swappedHead = (word: string): (typeof headSynsets)[number] | null => {
    if (keys(word).some((k) => sourceKeys.has(k))) return null;
    const senses = net.senses(word);
    if (tags(senses.get('n')) <= tags(senses.get('v'))) return null;
    const own = new Set([...senses.values()].flat().map((x) => x.synset));
    return (
      headSynsets.find(({ synsets, all }) => {
        const shared = all.filter((x) => own.has(x.synset));
        return shared.length > 0 && !shared.some((x) => x.synset.startsWith('n') || synsets.has(x.synset));
      }) ?? null
    );
  };
  const verdicts = new Map<string, (typeof headSynsets)[number] | null>();
  const reports: RuleReport[] = [];
  for (const segment of context.targetSegments) {
    for (const w of tokensOf(segment)) {
      if (flaggedAt.has(w.start) || !isContent(w.text)) continue;
      // A long document repeats its words: each spelling is judged once.
      let found = verdicts.get(w.text);
      if (found === undefined) verdicts.set(w.text, (found = swappedHead(w.text)));
      if (found) {
        const { head, term } = found;
        flaggedAt.add(w.start);
        const shown = context.source.text.slice(term[0]!.start, term[1]!.end);
        reports.push({
          target: spanIn(context.target, w.start, w.end),
          source: spanIn(context.source, term[1]!.start, term[1]!.end),
          message: `“${w.text}” means “${head}” only as a verb, and the source uses “${head}” as a noun in the term “${shown}”`,
          suggestion: inflectLike(head, w.text),
          basis: "the source document's terms and WordNet 3.1",
        });
      }
    }
  }
  return reports;
}

/**
 * The base forms of `head` that make a WordNet noun term with `modifier` ("security force"), each with
 * the head's noun senses the term implies (the term's synsets and the synsets one step up). Memoised per
 * pair of words: a long source repeats its pairs, and each asked WordNet again.
 */
function termHeads(modifier: string, head: string): { head: string; senses: Sense[] }[] {
  const key = `${modifier}\u0000${head}`;
  let found = termCache.get(key);
  if (found) return found;
  const net = wordnet();
  found = [];
  for (const base of net.baseForms(head, 'n')) {
    const term = net.lemma(`${modifier}_${base}`)?.get('n');
    if (!term) continue;
    const parents = new Set(term.flatMap((t) => [t.synset, ...(net.synset(t.synset)?.up ?? [])]));
    const senses = (net.lemma(base)?.get('n') ?? []).filter((x) => parents.has(x.synset));
    if (senses.length) found.push({ head: base, senses });
  }
  if (termCache.size > 100_000) termCache.clear();
  termCache.set(key, found);
  return found;
}

const termCache = new Map<string, { head: string; senses: Sense[] }[]>();

/** A modifier of a source pair: a content word, or a capitalised adjective or name ("Italian", "Meloni’s"). */
function isModifier(word: string): boolean {
  return isContent(word) || (/^\p{Lu}\p{Ll}{2,}(?:[’']s)?$/u.test(word) && !isStopword(word.toLowerCase()));
}

/**
 * Target sentences without a source: the aligned ones are judged against their source by spun-synonym.
 * Looking everywhere made a long document's findings grow with its length squared (every use of a
 * word swapped once, in thousands of faithful sentences) and its time too.
 */
function unalignedTargets(context: RuleContext) {
  return context.targetSegments.filter((segment) => !context.alignmentOfTarget.has(segment.id));
}

/** A head noun by its WordNet base form ("forces" and "force" meet), else its light stem. */
function headKey(word: string): string {
  return wordnet().baseForms(word.toLowerCase(), 'n').at(-1) ?? stem(word);
}

function adjacent(text: string, a: WordToken, b: WordToken): boolean {
  return /^[ \t]+$/u.test(text.slice(a.end, b.start));
}

function isContent(word: string): boolean {
  return /^\p{Ll}{3,}$/u.test(word) && !isStopword(word);
}
