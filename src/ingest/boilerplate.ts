import { loadTsv } from '../lexicon/load-tsv.ts';
import type { Segment } from '../types.ts';

let patterns: RegExp[] | undefined;

/** Longest line that can be page chrome (a byline, a copyright or distribution notice). */
const MAX_CHROME_LENGTH = 600;

function boilerplatePatterns(): RegExp[] {
  patterns ??= loadTsv('boilerplate/patterns.tsv').map(([, source]) => new RegExp(source!, 'iu'));
  return patterns;
}

export function looksLikeBoilerplate(text: string): boolean {
  // Tabs, no-break and other Unicode spaces count as one space, as the patterns are written with spaces.
  const normalised = text.replace(/\s+/gu, ' ').trim();
  // Chrome lines are short; a long paragraph is prose, and the patterns need not run over it.
  if (normalised.length > MAX_CHROME_LENGTH) return false;
  return boilerplatePatterns().some((pattern) => pattern.test(normalised));
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
