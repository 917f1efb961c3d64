import { loadTsv } from '../lexicon/load-tsv.ts';
import type { Segment } from '../types.ts';

let patterns: RegExp[] | undefined;

function boilerplatePatterns(): RegExp[] {
  patterns ??= loadTsv('boilerplate/patterns.tsv').map(([, source]) => new RegExp(source!, 'iu'));
  return patterns;
}

export function looksLikeBoilerplate(text: string): boolean {
  const trimmed = text.trim();
  return boilerplatePatterns().some((pattern) => pattern.test(trimmed));
}

/** Site names and section labels: one- or two-word lines standing alone at the top or bottom of a page. */
function isChromeLabel(segment: Segment): boolean {
  return segment.kind === 'heading' && segment.text.trim().split(/\s+/).length <= 2;
}

/**
 * Marks page chrome in place. Pattern matches anywhere; short labels only in the leading
 * and trailing runs of headings/boilerplate, so a mid-article subheading stays content.
 */
export function markBoilerplate(segments: Segment[]): void {
  for (const segment of segments) segment.boilerplate = looksLikeBoilerplate(segment.text);
  for (let i = 0; i < segments.length && (segments[i]!.boilerplate || segments[i]!.kind === 'heading'); i++) {
    if (isChromeLabel(segments[i]!)) segments[i]!.boilerplate = true;
  }
  for (let i = segments.length - 1; i >= 0 && (segments[i]!.boilerplate || segments[i]!.kind === 'heading'); i--) {
    if (isChromeLabel(segments[i]!)) segments[i]!.boilerplate = true;
  }
}
