import { senseShares } from '../lexicon/sense-relation.ts';
import { wordnet, type Pos } from '../lexicon/wordnet.ts';
import { inflectLike } from '../text/inflect.ts';
import { isStopword, wordTokens, type WordToken } from '../text/words.ts';
import { spanIn, type Rule, type RuleReport } from './rule.ts';

/** Determiners that only ever start a noun phrase ("her" and the demonstratives also stand alone). */
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'their', 'our', 'my', 'your', 'every', 'each']);
/** Words that close a noun phrase: prepositions and conjunctions. */
const PHRASE_END = new Set(['of', 'to', 'in', 'on', 'for', 'with', 'by', 'from', 'at', 'and', 'or', 'but', 'as']);
const RELATIVES = new Set(['that', 'which', 'who']);
/** Words that open the second phrase of "not X but Y": "however" before them stands for "but". */
const PHRASE_OPENERS = new Set(['with', 'of', 'in', 'on', 'at', 'for', 'by', 'from', 'to', 'through', 'via', 'the', 'a', 'an', 'as']);
const NP_START = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);

/**
 * Part-of-speech breaks a word-for-word spinner leaves behind: a word used in a slot WordNet does not
 * allow it. Checked with WordNet 3.1's parts of speech, precision first:
 * - a verb-only word closing a noun phrase: "an operational restrict:", "there was speak of";
 * - a noun-only plural used as the verb of a relative clause: "the purpose that pursuits Rome";
 * - "not but" before a participle, a spun "not yet": "has not but been taken";
 * - "however" joining two phrases with no punctuation, a spun "but": "not troops however a commitment".
 */
export const grammarBreak: Rule = {
  meta: {
    id: 'grammar-break',
    description: 'A word in a grammatical slot its part of speech does not allow (a spinner\'s swap across parts of speech).',
    // The slot is broken because a spinner swapped in a word of another part of speech ("talk" → "speak",
    // "interests" → "pursuits", "yet" → "but"): the error is the wrong word, so it is a mistranslation.
    category: 'accuracy/mistranslation',
    defaultSeverity: 'minor',
    basis: 'WordNet 3.1 parts of speech',
    // Heuristic: a part-of-speech slot read from WordNet's word lists without a tagger.
    defaultConfidence: 0.6,
  },
  check(context) {
    const reports: RuleReport[] = [];
    const text = context.target.text;
    for (const segment of context.targetSegments) {
      const tokens = wordTokens(segment.text, segment.start);
      const lower = tokens.map((t) => t.text.toLowerCase());
      // Past the last token there is nothing after (a determiner can end a segment: "… is a").
      const after = (i: number) => (tokens[i] ? text.slice(tokens[i].end, tokens[i + 1]?.start ?? segment.end) : '');
      for (let i = 0; i < tokens.length; i++) {
        // "there was speak of"
        if (lower[i] === 'there' && /^(?:is|was|were|are)$/u.test(lower[i + 1] ?? '') && lower[i + 3] === 'of' && verbOnly(lower[i + 2])) {
          reports.push(report(context.target, tokens[i + 2]!, `“${tokens[i + 2]!.text}” is a verb where a noun is needed (“there ${lower[i + 1]} … of”)`, 'n'));
          continue;
        }
        // "an operational restrict:"
        if (DETERMINERS.has(lower[i]!)) {
          let j = i + 1;
          while (j < i + 3 && j < tokens.length - 1 && adjective(lower[j]) && /^\s+$/u.test(after(j - 1))) j++;
          const word = lower[j];
          const closes = /^\s*[,.:;]/u.test(after(j)) || PHRASE_END.has(lower[j + 1] ?? '') || j === tokens.length - 1;
          if (word && verbOnly(word) && closes && /^\s+$/u.test(after(j - 1))) {
            reports.push(report(context.target, tokens[j]!, `“${tokens[j]!.text}” is a verb where a noun is needed (after “${tokens[i]!.text}”)`, 'n'));
          }
        }
        // "the purpose that pursuits Rome"
        if (RELATIVES.has(lower[i]!) && i > 0 && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '')) {
          const word = lower[i + 1];
          const next = tokens[i + 2];
          if (word && /s$/u.test(word) && nounOnly(word) && next && (NP_START.has(next.text.toLowerCase()) || /^\p{Lu}/u.test(next.text))) {
            reports.push(report(context.target, tokens[i + 1]!, `“${tokens[i + 1]!.text}” is a noun where the verb of the clause is needed`, 'v'));
          }
        }
        // "not with troops however with a commitment", "not in Gaza, however in Rome": "however" joining two
        // phrases, with no comma after it, is a spun "but" ("however large" and "…; however, …" are English).
        if (lower[i] === 'however' && i > 0 && tokens[i + 1]) {
          const before = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
          const next = lower[i + 1]!;
          const quoted = /[“"«]$/u.test(after(i));
          if (/^[”"»]?,?\s+$/u.test(before) && /^\s+[“"«]?$/u.test(after(i)) && (quoted || PHRASE_OPENERS.has(next))) {
            reports.push({
              target: spanIn(context.target, tokens[i]!.start, tokens[i]!.end),
              message: '“however” joins two phrases without punctuation: “but” was meant',
              suggestion: 'but',
            });
          }
        }
        // "has not but been taken"
        if (/^(?:has|have|had|is|are|was|were)$/u.test(lower[i]!) && lower[i + 1] === 'not' && lower[i + 2] === 'but' && /^(?:been|\p{L}+ed)$/u.test(lower[i + 3] ?? '')) {
          reports.push({
            target: spanIn(context.target, tokens[i + 1]!.start, tokens[i + 2]!.end),
            message: '“not but” before a participle: “not yet” was meant',
            suggestion: 'not yet',
            // Major, not minor: "has not but been taken" loses that the step is still to come, which is what
            // "not yet" says; the other breaks leave the meaning readable.
            severity: 'major',
          });
        }
      }
    }
    return reports;
  },
};

function report(target: { text: string }, token: WordToken, message: string, needed: Pos): RuleReport {
  const fix = synonymIn(token.text.toLowerCase(), needed);
  return {
    target: spanIn(target, token.start, token.end),
    message: fix ? `${message}; a synonym that fits: “${fix}”` : message,
    suggestion: fix,
  };
}

/**
 * The word the spinner probably replaced: a synonym (a member of one of the word's synsets) that has the
 * part of speech the slot needs, weighted by how common that sense is for the word and how often the
 * synonym is used in that sense ("speak" → "talk", "restrict" → "limit").
 */
function synonymIn(word: string, needed: Pos): string | null {
  const net = wordnet();
  let best: { lemma: string; score: number } | null = null;
  for (const sense of senseShares(word).values()) {
    for (const lemma of net.synset(sense.synset)?.lemmas ?? []) {
      if (lemma.includes('_') || word.startsWith(lemma) || lemma.startsWith(word.replace(/s$/u, ''))) continue;
      const senses = net.lemma(lemma);
      if (!senses?.has(needed)) continue;
      // How often the synonym itself is used in this very sense: "talk" is, "mouth" (for speak) is not.
      const inSense = senses.get(sense.pos)?.find((s) => s.synset === sense.synset)?.tags ?? 0;
      const score = sense.share * (inSense + 0.1);
      if (!best || score > best.score) best = { lemma, score };
    }
  }
  return best ? inflectLike(best.lemma, word) : null;
}

function posOf(word: string): Set<Pos> {
  const out = new Set<Pos>();
  for (const pos of ['n', 'v', 'a', 'r'] as Pos[]) if (wordnet().baseForms(word, pos).length) out.add(pos);
  return out;
}

/** A bare verb (its own base form) with no noun, adjective or adverb use in WordNet. */
function verbOnly(word: string | undefined): boolean {
  if (!word || !/^\p{Ll}{3,}$/u.test(word) || isStopword(word)) return false;
  const pos = posOf(word);
  return pos.size === 1 && pos.has('v') && wordnet().baseForms(word, 'v')[0] === word;
}

function nounOnly(word: string): boolean {
  // Function words ("has", "was") are irregular forms WordNet's suffix rules cannot reduce.
  if (word.length < 5 || isStopword(word)) return false;
  const pos = posOf(word);
  return pos.size === 1 && pos.has('n');
}

function adjective(word: string | undefined): boolean {
  return Boolean(word && /^\p{Ll}+$/u.test(word) && wordnet().baseForms(word, 'a').length);
}

