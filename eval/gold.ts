import { readFileSync } from 'node:fs';
import type { Severity, Span } from '../src/types.ts';

/**
 * Gold annotation of one corpus pair (`corpus/<pair>/gold.json`): every error an editor would
 * reject in the target, and the expected sentence alignment. See docs/gold.md for the guidelines.
 */
export interface Gold {
  /** Folder name of the pair, or a label for a pair made in memory. */
  pair: string;
  /** Who or what made the annotation: `hand` (an editor) or `generated` (the perturbation generator). */
  annotator: 'hand' | 'generated';
  /** Where the guidelines are written. */
  guidelines: string;
  /** For generated pairs: how to make the pair again. */
  generator?: { seed: number; rate: number; clean: string };
  items: GoldItem[];
  alignment: GoldAlignment[];
  /** For generated pairs: faithful rewordings (not errors); a finding on one is a false positive. */
  paraphrases?: GoldParaphrase[];
}

export interface GoldParaphrase {
  target: Span;
  source: Span;
  note: string;
}

/** The kinds of error the gold distinguishes; finer than the MQM category, used for reporting only. */
export type GoldKind =
  | 'calque'
  | 'false-friend'
  | 'spun-synonym'
  | 'run-together'
  | 'spacing'
  | 'grammar'
  | 'changed-number'
  | 'changed-name'
  | 'altered-quotation'
  | 'omission'
  | 'partial-omission'
  | 'addition'
  | 'partial-addition'
  | 'punctuation'
  /** Not an error: a faithful rewording made by the generator, kept in `Gold.paraphrases`. */
  | 'paraphrase';

export interface GoldItem {
  /** `g1`, `g2`… */
  id: string;
  kind: GoldKind;
  /** MQM category, as in findings: `accuracy/mistranslation`, `accuracy/omission`, `fluency/spelling`… */
  category: string;
  severity: Severity;
  /** The erroneous target text; null for an omission, which lives in the source only. */
  target: Span | null;
  /** The source text it corresponds to, when there is one. */
  source: Span | null;
  /** What the target should say (the editor's fix), or null when the fix is to delete or to restore the source. */
  expected: string | null;
  note?: string;
}

/** One expected alignment: target sentences and the source sentences they render (empty when unsupported). */
export interface GoldAlignment {
  target: Span[];
  source: Span[];
  /** For generated pairs: the sentence edit that made this group (faithful restructuring, not an error). */
  kind?: 'merge' | 'split' | 'reorder';
}

/** Category families used to match a finding with a gold item (docs/gold.md). */
export type CategoryFamily = 'omission' | 'addition' | 'form' | 'meaning';

export function categoryFamily(category: string): CategoryFamily {
  if (category === 'accuracy/omission') return 'omission';
  if (category === 'accuracy/addition') return 'addition';
  if (/^fluency\/(spelling|punctuation|typography|whitespace|character-encoding)/.test(category)) return 'form';
  return 'meaning';
}

/** Reads a gold file and checks that every span's text equals the slice of the texts it points into. */
export function readGold(path: string, sourceText: string, targetText: string): Gold {
  const gold = JSON.parse(readFileSync(path, 'utf8')) as Gold;
  const problems = checkGold(gold, sourceText, targetText);
  if (problems.length) throw new Error(`${path}: ${problems.slice(0, 5).join('; ')}`);
  return gold;
}

/** Offsets that do not round-trip, missing spans, duplicate ids: an empty list when the gold is sound. */
export function checkGold(gold: Gold, sourceText: string, targetText: string): string[] {
  const problems: string[] = [];
  const check = (span: Span | null, text: string, where: string) => {
    if (!span) return;
    if (!(span.start >= 0 && span.end > span.start && span.end <= text.length)) problems.push(`${where}: bad range ${span.start}-${span.end}`);
    else if (text.slice(span.start, span.end) !== span.text) problems.push(`${where}: text ${JSON.stringify(span.text)} is not the slice`);
  };
  const ids = new Set<string>();
  for (const item of gold.items) {
    if (ids.has(item.id)) problems.push(`${item.id}: duplicate id`);
    ids.add(item.id);
    if (!item.target && !item.source) problems.push(`${item.id}: no span`);
    check(item.target, targetText, `${item.id} target`);
    check(item.source, sourceText, `${item.id} source`);
  }
  (gold.paraphrases ?? []).forEach((p, i) => {
    check(p.target, targetText, `paraphrase ${i} target`);
    check(p.source, sourceText, `paraphrase ${i} source`);
  });
  gold.alignment.forEach((a, i) => {
    a.target.forEach((s) => check(s, targetText, `alignment ${i} target`));
    a.source.forEach((s) => check(s, sourceText, `alignment ${i} source`));
  });
  return problems;
}

/** Gold as JSON with one item and one alignment group per line: diffable, and small enough to commit. */
export function formatGold(gold: Gold): string {
  const { items, alignment, paraphrases, ...head } = gold;
  const lines = ['{'];
  for (const [key, value] of Object.entries(head)) lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
  lines.push('  "items": [');
  items.forEach((item, i) => lines.push(`    ${JSON.stringify(item)}${i < items.length - 1 ? ',' : ''}`));
  lines.push('  ],', '  "alignment": [');
  alignment.forEach((a, i) => lines.push(`    ${JSON.stringify(a)}${i < alignment.length - 1 ? ',' : ''}`));
  if (paraphrases) {
    lines.push('  ],', '  "paraphrases": [');
    paraphrases.forEach((p, i) => lines.push(`    ${JSON.stringify(p)}${i < paraphrases.length - 1 ? ',' : ''}`));
  }
  lines.push('  ]', '}');
  return lines.join('\n') + '\n';
}
