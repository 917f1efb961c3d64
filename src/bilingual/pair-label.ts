import type { LanguagePair } from '../types.ts';

const NAMES: Record<string, string> = { it: 'Italian', en: 'English' };
const nameOf = (tag: string) => NAMES[tag] ?? tag;

/** One line for the reports: "Italian → English (bilingual audit; detected from the texts)". */
export function pairSentence(pair: LanguagePair | undefined): string | null {
  if (!pair) return null;
  return `${nameOf(pair.source)} → ${nameOf(pair.target)} (bilingual audit; ${pair.detected ? 'detected from the texts' : 'as configured'})`;
}
