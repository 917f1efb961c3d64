/**
 * Tools for the real bilingual set (corpus/bilingual-real/README.md):
 *   node --import tsx eval/bilingual-real-annotate.ts manifest      fills the sha256 columns of pairs.tsv from the texts
 *   node --import tsx eval/bilingual-real-annotate.ts draft NAME    every English sentence beside its aligned Italian, to label by hand
 *   node --import tsx eval/bilingual-real-annotate.ts build         labels.tsv (phrase + context, by hand) -> annotations/<name>.tsv (offsets by script)
 * Offsets are never typed: a label names the damaged English phrase and, when the phrase occurs more than once,
 * a longer context string that contains it once; the script finds it in target.txt (and the Italian phrase in source.txt).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatAnnotations, LABELS, type Annotation, type Label } from './real/annotations.ts';
import { annotationPath, BILINGUAL_REAL_DIR, bilingualAudit, loadPair, pairText, PAIRS_PATH, readPairs, sha256 } from './bilingual-real.ts';

export const LABELS_PATH = join(BILINGUAL_REAL_DIR, 'labels.tsv');

/** Offset of `phrase` inside the one occurrence of `context` (the phrase itself when no context) in `text`. */
export function locate(text: string, phrase: string, context: string, where: string): number {
  const ctx = context || phrase;
  const at = text.indexOf(ctx);
  if (at < 0) throw new Error(`${where}: "${ctx}" not found`);
  if (text.indexOf(ctx, at + 1) >= 0) throw new Error(`${where}: "${ctx}" occurs more than once; give a longer context`);
  const inner = ctx.indexOf(phrase);
  if (inner < 0) throw new Error(`${where}: "${phrase}" is not inside its context "${ctx}"`);
  return at + inner;
}

function manifest(): void {
  const lines = readFileSync(PAIRS_PATH, 'utf8').split('\n');
  const head = lines.find((l) => l.startsWith('name\t'))!.split('\t');
  const out = lines.map((line) => {
    if (!line.trim() || line.startsWith('#') || line.startsWith('name\t')) return line;
    const cells = line.split('\t');
    const name = cells[head.indexOf('name')]!;
    cells[head.indexOf('source_sha256')] = sha256(readFileSync(pairText(name, 'source'), 'utf8'));
    cells[head.indexOf('target_sha256')] = sha256(readFileSync(pairText(name, 'target'), 'utf8'));
    return cells.join('\t');
  });
  writeFileSync(PAIRS_PATH, out.join('\n'));
}

function draft(name: string): void {
  const pair = readPairs().find((p) => p.name === name);
  if (!pair) throw new Error(`no pair ${name}`);
  const texts = loadPair(pair);
  if ('missing' in texts) throw new Error(`${name}: ${texts.missing}`);
  const result = bilingualAudit(texts.source, texts.target);
  const byId = new Map([...result.source.segments, ...result.target.segments].map((s) => [s.id, s]));
  for (const a of result.alignments) {
    process.stdout.write(`\nIT ${a.source.map((id) => byId.get(id)!.text).join(' ')}\nEN ${a.target.map((id) => byId.get(id)!.text).join(' ')}\n`);
  }
  for (const f of result.findings) process.stdout.write(`# ${f.rule} ${f.confidence ?? ''} ${f.target?.text ?? ''} :: ${f.message}\n`);
}

/**
 * The one labelling policy applied by script: a figure with an Italian decimal comma that the English keeps
 * as written ("4,86%" for "4,86%") is a locale slip, `doubtful` (a finding on it is right, missing it is no
 * miss), unless a hand label already covers it.
 */
export function decimalCommas(source: string, target: string, labelled: Annotation[]): Annotation[] {
  const out: Annotation[] = [];
  for (const m of target.matchAll(/(?<![\p{N}.,])\d+,\d+(?![\p{N}])/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!source.includes(m[0]) || labelled.some((a) => a.start < end && start < a.end)) continue;
    out.push({ start, end, sstart: -1, send: -1, target: m[0], source: '', label: 'doubtful', note: 'Italian decimal comma kept (locale convention; by script)' });
  }
  return out;
}

function build(): void {
  const [head, ...lines] = readFileSync(LABELS_PATH, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const cols = head!.split('\t');
  const rows = new Map<string, Annotation[]>();
  const pairs = new Map(readPairs().map((p) => [p.name, p]));
  lines.forEach((line, n) => {
    const cells = line.split('\t');
    const get = (c: string) => (cells[cols.indexOf(c)] ?? '').trim();
    const where = `labels.tsv:${n + 2}`;
    const pair = pairs.get(get('name'));
    if (!pair) throw new Error(`${where}: no pair ${get('name')}`);
    const texts = loadPair(pair);
    if ('missing' in texts) throw new Error(`${where}: ${texts.missing}`);
    const label = get('label') as Label;
    if (!LABELS.includes(label)) throw new Error(`${where}: unknown label ${label}`);
    const phrase = get('phrase');
    const start = locate(texts.target, phrase, get('context'), where);
    const sphrase = get('source_phrase');
    const sstart = sphrase ? locate(texts.source, sphrase, get('source_context'), where) : -1;
    const list = rows.get(pair.name) ?? [];
    list.push({ start, end: start + phrase.length, sstart, send: sphrase ? sstart + sphrase.length : -1, target: phrase, source: sphrase, label, note: get('note') });
    rows.set(pair.name, list);
  });
  for (const pair of pairs.values()) {
    const list = rows.get(pair.name) ?? [];
    const texts = loadPair(pair);
    if (!('missing' in texts)) list.push(...decimalCommas(texts.source, texts.target, list));
    list.sort((a, b) => a.start - b.start);
    writeFileSync(annotationPath(pair.name), formatAnnotations(list));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, arg] = process.argv.slice(2);
  if (command === 'manifest') manifest();
  else if (command === 'draft' && arg) draft(arg);
  else if (command === 'build' && existsSync(LABELS_PATH)) build();
  else {
    process.stderr.write('usage: bilingual-real-annotate.ts manifest | draft NAME | build\n');
    process.exitCode = 2;
  }
}
