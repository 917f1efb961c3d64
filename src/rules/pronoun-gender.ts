import { loadTsv } from '../lexicon/load-tsv.ts';
import type { Alignment, Span } from '../types.ts';
import { spanIn, type Rule, type RuleContext, type RuleReport } from './rule.ts';

type Gender = 'masculine' | 'feminine';

interface Pronoun {
  gender: Gender;
  case: string;
}

let table: Map<string, Pronoun> | null = null;

/** corpus/lexicons/personal-pronouns (Quirk et al. 1985 §6.9; SOURCE.md), read once. */
function pronouns(): Map<string, Pronoun> {
  if (table) return table;
  table = new Map();
  for (const [form, gender, grammaticalCase] of loadTsv('personal-pronouns/pronouns.tsv')) table.set(form!, { gender: gender as Gender, case: grammaticalCase! });
  return table;
}

/** The pronoun of the other gender in the same case, as the suggestion ("her" is objective or possessive: both). */
function counterpart(form: string): string {
  const own = pronouns().get(form)!;
  const other = [...pronouns()].filter(([, p]) => p.gender !== own.gender && (p.case.includes(own.case) || own.case.includes(p.case))).map(([f]) => f);
  return other.join(' or ');
}

interface Found {
  form: string;
  gender: Gender;
  span: Span;
}

/** The gendered pronouns of an aligned side's sentences, with document offsets. */
function gendered(context: RuleContext, ids: string[]): Found[] {
  const found: Found[] = [];
  for (const id of ids) {
    const segment = context.segmentById.get(id);
    if (!segment || segment.boilerplate) continue;
    for (const m of segment.text.matchAll(/\p{L}+/gu)) {
      const form = m[0].toLowerCase();
      const p = pronouns().get(form);
      if (!p) continue;
      const start = segment.start + m.index;
      found.push({ form, gender: p.gender, span: { start, end: start + m[0].length, text: m[0] } });
    }
  }
  return found;
}

/**
 * A person referred to as "she" in the source and "he" in the target, or the other way round. A round trip
 * through a language whose pronouns carry no gender brings everyone back as "he" ("Wilde saw her film" →
 * "He saw his movie"). Only clear cases: every gendered pronoun of the aligned source sentences has one
 * gender and every one of the target sentences the other, so that a sentence about two people is never
 * read as a change.
 */
export const pronounGender: Rule = {
  meta: {
    id: 'pronoun-gender',
    description: 'A pronoun of the other gender: the source says "she", the target "he" (or the reverse).',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'major',
    basis: 'the aligned source; the gendered personal pronouns of English (Quirk et al. 1985 §6.9, corpus/lexicons/personal-pronouns)',
    // A wrong alignment can pair sentences about two people; measured on the real sets (docs/detection.md).
    defaultConfidence: 0.75,
  },
  check(context) {
    const reports: RuleReport[] = [];
    for (const alignment of context.alignments) {
      const report = inAlignment(context, alignment);
      if (report) reports.push(report);
    }
    return reports;
  },
};

function inAlignment(context: RuleContext, alignment: Alignment): RuleReport | null {
  if (!alignment.source.length || !alignment.target.length) return null;
  const target = gendered(context, alignment.target);
  if (!target.length) return null;
  const source = gendered(context, alignment.source);
  if (!source.length) return null;
  const was = source[0]!.gender;
  if (source.some((p) => p.gender !== was) || target.some((p) => p.gender === was)) return null;
  const first = target[0]!;
  return {
    target: spanIn(context.target, first.span.start, first.span.end),
    source: spanIn(context.source, source[0]!.span.start, source[0]!.span.end),
    message: `Pronoun of the other gender: the source refers to this person as “${source[0]!.span.text}”, the target as “${first.span.text}”`,
    suggestion: counterpart(first.form),
  };
}
