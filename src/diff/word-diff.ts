import { diffArrays } from 'diff';
import type { AuditDocument, DiffPart, Segment, Span } from '../types.ts';

/** A diff token: a word, a number or one punctuation mark, with its segment. */
interface Token {
  start: number;
  end: number;
  key: string;
  segment: string;
}

// Whitespace is not a token: the documents come from different typesetters, and a line break
// or a double space is never a translation difference. Spans are rebuilt from offsets instead.
const TOKEN = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Beyond this many edits the sentences are too different for a word diff to help (jsdiff aborts). */
const MAX_EDIT_LENGTH = 400;

export function tokenize(segments: Segment[]): Token[] {
  const tokens: Token[] = [];
  for (const segment of segments) {
    for (const match of segment.text.matchAll(TOKEN)) {
      const start = segment.start + match.index;
      tokens.push({ start, end: start + match[0].length, key: normalise(match[0]), segment: segment.id });
    }
  }
  return tokens;
}

function normalise(token: string): string {
  return token.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”«»„]/g, '"');
}

/**
 * Word diff of aligned source and target segments (jsdiff's array diff over word tokens).
 * Runs never cross a segment boundary, so each span's text stays inside one sentence.
 */
export function wordDiff(source: AuditDocument, sourceIds: string[], target: AuditDocument, targetIds: string[]): DiffPart[] {
  const pick = (doc: AuditDocument, ids: string[]) => {
    const byId = segmentIndex(doc);
    return ids.map((id) => byId.get(id)).filter((s): s is Segment => s !== undefined).sort((a, b) => a.start - b.start);
  };
  const oldTokens = tokenize(pick(source, sourceIds));
  const newTokens = tokenize(pick(target, targetIds));
  const parts: DiffPart[] = [];
  // A sentence copied unchanged (most of a faithful copy) is one equal run, as jsdiff would answer.
  if (oldTokens.length === newTokens.length && oldTokens.every((t, i) => t.key === newTokens[i]!.key)) {
    pushRuns(parts, 'equal', oldTokens, source, newTokens, target);
    return parts;
  }
  const changes = diffArrays(oldTokens, newTokens, { comparator: (a, b) => a.key === b.key, maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) {
    // Too different to diff word by word: report whole sides as replaced.
    pushRuns(parts, 'delete', oldTokens, source, null, null);
    pushRuns(parts, 'insert', null, null, newTokens, target);
    return parts;
  }
  let oi = 0;
  let ni = 0;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.added) {
      pushRuns(parts, 'insert', null, null, newTokens.slice(ni, ni + count), target);
      ni += count;
    } else if (change.removed) {
      pushRuns(parts, 'delete', oldTokens.slice(oi, oi + count), source, null, null);
      oi += count;
    } else {
      pushRuns(parts, 'equal', oldTokens.slice(oi, oi + count), source, newTokens.slice(ni, ni + count), target);
      oi += count;
      ni += count;
    }
  }
  return parts;
}

const indexes = new WeakMap<Segment[], Map<string, Segment>>();

/** Segments by id, built once per document: looking ids up must not scan every segment per alignment. */
function segmentIndex(doc: AuditDocument): Map<string, Segment> {
  let byId = indexes.get(doc.segments);
  if (!byId) indexes.set(doc.segments, (byId = new Map(doc.segments.map((s) => [s.id, s]))));
  return byId;
}

function pushRuns(
  parts: DiffPart[],
  op: DiffPart['op'],
  oldRun: Token[] | null,
  source: AuditDocument | null,
  newRun: Token[] | null,
  target: AuditDocument | null,
): void {
  const length = (oldRun ?? newRun)!.length;
  let from = 0;
  for (let i = 1; i <= length; i++) {
    const boundary =
      i === length ||
      (oldRun !== null && oldRun[i]!.segment !== oldRun[i - 1]!.segment) ||
      (newRun !== null && newRun[i]!.segment !== newRun[i - 1]!.segment);
    if (!boundary) continue;
    parts.push({
      op,
      source: oldRun && source ? spanOf(source.text, oldRun, from, i) : null,
      target: newRun && target ? spanOf(target.text, newRun, from, i) : null,
    });
    from = i;
  }
}

function spanOf(text: string, tokens: Token[], from: number, to: number): Span {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return { start, end, text: text.slice(start, end) };
}
