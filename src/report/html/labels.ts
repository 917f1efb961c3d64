import type { Severity } from '../../types.ts';

/** Most severe first: the order of chips, lists and sorting. */
export const SEVERITIES: readonly Severity[] = ['critical', 'major', 'minor'];

/**
 * Severity is shown by shape and label as well as colour (WCAG 1.4.1): each has a glyph used in the
 * text, the list and the legend, and its own underline style (see styles.ts).
 */
export const SEVERITY_GLYPH: Record<Severity, string> = { critical: '◆', major: '▲', minor: '●' };

export const SEVERITY_LABEL: Record<Severity, string> = { critical: 'Critical', major: 'Major', minor: 'Minor' };

/** Colours of the MQM categories faithful's rules use; other categories take the fallback palette in order. */
const CATEGORY_COLOUR: Record<string, string> = {
  'accuracy/mistranslation': '#c2185b',
  'accuracy/omission': '#d9480f',
  'accuracy/addition': '#7048e8',
  'accuracy/untranslated': '#a61e4d',
  'fluency/spelling': '#1971c2',
  'fluency/grammar': '#0c8599',
  'fluency/punctuation': '#5c7cfa',
  terminology: '#2b8a3e',
  style: '#868e96',
};

const FALLBACK_COLOURS = ['#5f3dc4', '#e67700', '#087f5b', '#364fc7', '#c92a2a', '#495057'];

/** A stable colour per category present in the report. */
export function categoryColours(categories: Iterable<string>): Map<string, string> {
  const colours = new Map<string, string>();
  let next = 0;
  for (const category of [...new Set(categories)].sort()) {
    colours.set(category, CATEGORY_COLOUR[category] ?? FALLBACK_COLOURS[next++ % FALLBACK_COLOURS.length]!);
  }
  return colours;
}

/** A CSS-class-safe name for a category or rule (`accuracy/omission` → `accuracy-omission`). */
export function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'other';
}

/** `accuracy/omission` → `Accuracy › Omission`. */
export function categoryLabel(category: string): string {
  return category
    .split('/')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1).replace(/-/g, ' '))
    .join(' › ');
}

const NUMBER = new Intl.NumberFormat('en-US');

export function formatCount(n: number): string {
  return NUMBER.format(n);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** `2026-11-24T05:56:13.252Z` → `2026-11-24 05:56 UTC` (the report must not depend on the reader's zone). */
export function formatTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

/** The last path component: reports show names, the title attribute keeps the full path. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}
