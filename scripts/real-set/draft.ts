/**
 * Drafts the annotation of one real pair (corpus/real/GATHERING.md): one row per changed phrase of the
 * aligned word diff, with an empty label for the editor to fill in. Also one row per target sentence with no
 * source (an addition) and per source sentence with no target (an omission, zero-width in the target).
 *
 *   node --import tsx scripts/real-set/draft.ts NAME [--force]
 *
 * Refuses to overwrite an annotation that already has labels unless --force is given. With --missing it
 * keeps the labelled rows and appends, unlabelled, the rows of sentences that have none yet (a sentence the
 * aligner pairs now but did not when the file was drafted, an addition, an omission).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit } from '../../src/audit.ts';
import { ANNOTATION_COLUMNS, formatAnnotations, readAnnotations, REAL_DIR, type Annotation } from '../../eval/real/annotations.ts';
import type { AuditResult, DiffPart } from '../../src/types.ts';

const [name, flag] = process.argv.slice(2);
if (!name) {
  console.error('usage: draft.ts NAME [--force]');
  process.exit(2);
}
const dir = join(REAL_DIR, 'texts', name);
const out = join(REAL_DIR, 'annotations', `${name}.tsv`);
if (!existsSync(join(dir, 'source.txt')) || !existsSync(join(dir, 'target.txt'))) {
  console.error(`no texts for ${name} in ${dir}`);
  process.exit(2);
}
if (existsSync(out) && flag !== '--force' && flag !== '--missing' && readAnnotations(out).some((a) => a.label !== '')) {
  console.error(`${out} already has labels; pass --force to redraft it, or --missing to add rows`);
  process.exit(2);
}
const source = readFileSync(join(dir, 'source.txt'), 'utf8');
const target = readFileSync(join(dir, 'target.txt'), 'utf8');
const result = audit({ path: 'source.txt', text: source }, { path: 'target.txt', text: target });
const rows = flag === '--missing' && existsSync(out) ? withMissing(readAnnotations(out), draftRows(result), result) : draftRows(result);
writeFileSync(out, formatAnnotations(rows));
console.log(`${out}: ${rows.length} rows (${ANNOTATION_COLUMNS.join(', ')})`);

/** The labelled rows, and the drafted rows of every sentence (either side) none of them touches. */
function withMissing(labelled: Annotation[], drafted: Annotation[], r: AuditResult): Annotation[] {
  const touches = (a: Annotation, side: 'target' | 'source', seg: { start: number; end: number }) => {
    const [from, to] = side === 'target' ? [a.start, a.end] : [a.sstart, a.send];
    return from >= 0 && from < seg.end && Math.max(to, from + 1) > seg.start;
  };
  const sentenceOf = (a: Annotation) =>
    a.start >= 0
      ? { side: 'target' as const, seg: r.target.segments.find((s) => s.start <= a.start && a.start < Math.max(s.end, s.start + 1)) }
      : { side: 'source' as const, seg: r.source.segments.find((s) => s.start <= a.sstart && a.sstart < s.end) };
  const added = drafted.filter((d) => {
    const { side, seg } = sentenceOf(d);
    return seg !== undefined && !labelled.some((a) => touches(a, side, seg));
  });
  for (const a of added) console.log(`+ ${a.start}\t${a.end}\t${JSON.stringify(a.target)} <- ${JSON.stringify(a.source)} ${a.note}`);
  const pos = (x: Annotation) => (x.start < 0 ? Infinity : x.start);
  return [...labelled, ...added].sort((x, y) => pos(x) - pos(y) || x.sstart - y.sstart);
}

/** Changed phrases: maximal runs of inserts and deletes between two equal parts. */
function draftRows(r: AuditResult): Annotation[] {
  const rows: Annotation[] = [];
  const seen = new Set<string>();
  // Sentences in no alignment: the audit lists only linked groups.
  const linked = new Set(r.alignments.flatMap((a) => [...a.source, ...a.target]));
  for (const s of r.target.segments) if (!s.boilerplate && !linked.has(s.id)) rows.push(row(s.start, s.end, -1, -1, r, 'unsupported sentence'));
  for (const s of r.source.segments) if (!s.boilerplate && !linked.has(s.id)) rows.push(row(-1, -1, s.start, s.end, r, 'omitted sentence'));
  for (const a of r.alignments) {
    let run: DiffPart[] = [];
    const flush = (after: number) => {
      if (!run.length) return;
      const t = run.filter((p) => p.target).map((p) => p.target!);
      const s = run.filter((p) => p.source).map((p) => p.source!);
      const tStart = t.length ? Math.min(...t.map((x) => x.start)) : -1;
      const tEnd = t.length ? Math.max(...t.map((x) => x.end)) : -1;
      const sStart = s.length ? Math.min(...s.map((x) => x.start)) : -1;
      const sEnd = s.length ? Math.max(...s.map((x) => x.end)) : -1;
      const key = `${tStart}:${tEnd}:${sStart}:${sEnd}`;
      if (!seen.has(key)) rows.push(row(tStart, tEnd, sStart, sEnd, r, '', after)), seen.add(key);
      run = [];
    };
    for (const part of a.diff ?? []) {
      if (part.op === 'equal') flush(part.target!.start);
      else run.push(part);
    }
    flush(-1);
  }
  // Omitted sentences (no target position) go last.
  const pos = (x: Annotation) => (x.start < 0 ? Infinity : x.start);
  return rows.sort((x, y) => pos(x) - pos(y) || x.sstart - y.sstart);
}

/** A row; a pure deletion is zero-width in the target, at the next kept word (`at`). */
function row(start: number, end: number, sstart: number, send: number, r: AuditResult, note: string, at = -1): Annotation {
  if (start < 0 && at >= 0) [start, end] = [at, at];
  const target = start >= 0 ? r.target.text.slice(start, end) : '';
  const src = sstart >= 0 ? r.source.text.slice(sstart, send) : '';
  return { start, end, sstart, send, target, source: src, label: '', note };
}
