import { loadTsv } from '../lexicon/load-tsv.ts';
import type { Alignment, DiffPart } from '../types.ts';
import { eachAlignment, spanIn, type Rule, type RuleContext, type RuleReport } from './rule.ts';

type Referent = 'man' | 'woman' | 'thing' | 'several';

let table: Map<string, Referent> | null = null;

/** corpus/lexicons/personal-pronouns/referents.tsv (Quirk et al. 1985 §6.9; SOURCE.md), read once. */
function referents(): Map<string, Referent> {
  if (table) return table;
  table = new Map();
  for (const [form, referent] of loadTsv('personal-pronouns/referents.tsv')) table.set(form!, referent as Referent);
  return table;
}

/** A company or a team is "it" or "they" in news English: that pair is no change of referent. */
const SAME = new Set(['thing\tseveral', 'several\tthing']);

/**
 * One third-person pronoun put in place of another that refers to someone else, with the rest of the
 * sentence unchanged around it: "he added" for "they added" (the researchers become one man), "its
 * transition team" for "his" (the president-elect's team becomes an agency's). Round trips and spinners
 * make these swaps; a rewrite that moves the pronoun is not read.
 */
export const pronounReferent: Rule = {
  meta: {
    id: 'pronoun-referent',
    description: 'A pronoun replaced in place by one that refers to someone or something else.',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'major',
    basis: 'the aligned source sentences; English personal pronouns (corpus/lexicons/personal-pronouns)',
    // Heuristic: one word swapped in place; a pronoun can still refer back to another noun of the passage.
    defaultConfidence: 0.7,
  },
  check: eachAlignment(inAlignment),
};

function inAlignment(context: RuleContext, alignment: Alignment): RuleReport[] {
  const diff = alignment.diff ?? [];
  const reports: RuleReport[] = [];
  for (let i = 0; i + 1 < diff.length; i++) {
    const [before, a, b, after] = [diff[i - 1], diff[i], diff[i + 1], diff[i + 2]];
    if (!a || !b || a.op === 'equal' || b.op === 'equal' || a.op === b.op) continue;
    // Unchanged words on one side at least: the pronoun's verb or noun kept ("they added" → "he added").
    if (!isWords(before) && !isWords(after)) continue;
    const deleted = (a.op === 'delete' ? a : b).source!;
    const inserted = (a.op === 'insert' ? a : b).target!;
    const from = referents().get(deleted.text.trim().toLowerCase());
    const to = referents().get(inserted.text.trim().toLowerCase());
    if (!from || !to || from === to || SAME.has(`${from}\t${to}`)) continue;
    const source = trimmed(deleted);
    const target = trimmed(inserted);
    reports.push({
      target: spanIn(context.target, target.start, target.end),
      source: spanIn(context.source, source.start, source.end),
      message: `“${target.text}” for “${source.text}”: the pronoun now refers to ${REFERS[to]}, where the source refers to ${REFERS[from]}`,
      suggestion: source.text,
    });
  }
  return reports;
}

const REFERS: Record<Referent, string> = { man: 'a man', woman: 'a woman', thing: 'a thing or a body', several: 'several people or things' };

function isWords(part: DiffPart | undefined): boolean {
  return part?.op === 'equal' && /\p{L}/u.test(part.target?.text ?? '');
}

function trimmed(span: { start: number; end: number; text: string }): { start: number; end: number; text: string } {
  const lead = span.text.length - span.text.trimStart().length;
  const text = span.text.trim();
  return { start: span.start + lead, end: span.start + lead + text.length, text };
}
