import { loadTsv } from '../lexicon/load-tsv.ts';
import type { DiffPart, Span } from '../types.ts';
import { spanIn, type Rule, type RuleReport } from './rule.ts';

/** Words each side of a changed stretch may have: longer stretches are rewrites, where a modal may move. */
const MAX_WORDS = 4;

interface ModalTables {
  /** Forms, longest first, with their class. */
  forms: { form: string; words: string[]; cls: string }[];
  /** `from\tto` → what the shift does to the sentence. */
  shifts: Map<string, string>;
}

let tables: ModalTables | null = null;

/** corpus/lexicons/modal-strength (Quirk et al. 1985 §4.49–4.58; SOURCE.md), read once. */
function modalTables(): ModalTables {
  if (tables) return tables;
  const forms = loadTsv('modal-strength/modals.tsv')
    .filter(([form]) => form !== 'form')
    .map(([form, cls]) => ({ form: form!.toLowerCase(), words: form!.toLowerCase().split(' '), cls: cls! }))
    .sort((a, b) => b.words.length - a.words.length);
  const shifts = new Map(loadTsv('modal-strength/shifts.tsv').filter(([from]) => from !== 'from').map(([from, to, effect]) => [`${from}\t${to}`, effect!]));
  return (tables = { forms, shifts });
}

interface Found {
  cls: string;
  span: Span;
}

/** The modal expressions of a stretch of text, longest form first ("be able to" before "be"). */
function modalsIn(span: Span, text: string): Found[] {
  const { forms } = modalTables();
  // "I’ll", "they'll": the clitic is "will", a token of its own ("’d" is left joined: it is "had" as often as "would").
  const tokens = [...span.text.matchAll(/[\p{L}'’]+/gu)].flatMap((m) => {
    const start = span.start + m.index;
    const clitic = /^\p{L}+(['’]ll)$/iu.exec(m[0]);
    if (!clitic) return [{ word: m[0], start, end: start + m[0].length }];
    const cut = m[0].length - clitic[1]!.length;
    return [{ word: m[0].slice(0, cut), start, end: start + cut }, { word: clitic[1]!, start: start + cut, end: start + m[0].length }];
  });
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "May" mid-sentence is the month.
    if (tokens[i]!.word === 'May' && !/(^|[.!?]\s*)$/u.test(text.slice(Math.max(0, tokens[i]!.start - 3), tokens[i]!.start))) continue;
    const lower = tokens.slice(i, i + 3).map((t) => t.word.toLowerCase());
    const hit = forms.find((f) => f.words.every((w, k) => lower[k] === w));
    if (!hit) continue;
    const last = tokens[i + hit.words.length - 1]!;
    found.push({ cls: hit.cls, span: { start: tokens[i]!.start, end: last.end, text: text.slice(tokens[i]!.start, last.end) } });
    i += hit.words.length - 1;
  }
  return found;
}

const wordCount = (parts: DiffPart[], side: 'source' | 'target') => parts.reduce((n, p) => n + ((p[side]?.text.match(/[\p{L}\p{N}'’]+/gu) ?? []).length), 0);

/**
 * A modal of one strength put for another in an aligned sentence: "will" → "could" (a commitment becomes
 * a possibility), "must" → "should" (an obligation becomes advice). Spinners and round-trip translation
 * swap modals as if they were synonyms; which shifts change the meaning is data (corpus/lexicons/modal-strength).
 */
export const modalityShift: Rule = {
  meta: {
    id: 'modality-shift',
    description: 'A modal verb replaced by one of another strength: a commitment becomes a possibility, an obligation advice.',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'major',
    basis: 'the aligned source; modal classes after Quirk et al. (1985) §4.49–4.58 (corpus/lexicons/modal-strength)',
    // Measured on the real training sites: 8 right, 0 false on the 157-pair set, so (8 + 1) / (8 + 2) = 0.9,
    // the posterior mean of its precision under a uniform prior, as the bilingual rules are calibrated (a
    // rewording can still carry the modality elsewhere). Above the generic spun-synonym score of the same
    // swap, so its more telling message is the one kept.
    defaultConfidence: 0.9,
  },
  check(context) {
    const reports: RuleReport[] = [];
    const { shifts } = modalTables();
    for (const alignment of context.alignments) {
      let run: DiffPart[] = [];
      const flush = () => {
        const changed = run;
        run = [];
        if (!changed.length || wordCount(changed, 'source') > MAX_WORDS || wordCount(changed, 'target') > MAX_WORDS) return;
        const before = changed.flatMap((p) => (p.op === 'delete' && p.source ? modalsIn(p.source, context.source.text) : []));
        const after = changed.flatMap((p) => (p.op === 'insert' && p.target ? modalsIn(p.target, context.target.text) : []));
        if (before.length !== 1 || after.length !== 1) return;
        const [from, to] = [before[0]!, after[0]!];
        const effect = shifts.get(`${from.cls}\t${to.cls}`);
        if (!effect) return;
        reports.push({
          target: spanIn(context.target, to.span.start, to.span.end),
          source: spanIn(context.source, from.span.start, from.span.end),
          message: `“${to.span.text}” for “${from.span.text}”: ${effect}`,
          suggestion: from.span.text,
        });
      };
      for (const part of alignment.diff ?? []) {
        if (part.op === 'equal') flush();
        else run.push(part);
      }
      flush();
    }
    return reports;
  },
};
