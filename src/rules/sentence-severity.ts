import type { Severity } from '../types.ts';

/**
 * Options of the omission and addition rules (`"omitted-sentence": ["major", {…}]` in the config).
 * A rewrite may shorten or extend on purpose, so what each class of sentence costs is configurable.
 */
export interface SentenceSeverityOptions {
  /** Severity of a sentence carrying at least `minClaims` checkable claims (figures, names, quotations). */
  withClaims?: Severity | 'off';
  /** Severity of a sentence carrying fewer claims. */
  plain?: Severity | 'off';
  /** Severity of a heading. */
  headings?: Severity | 'off';
  /** How many claims make a sentence carry weight. */
  minClaims?: number;
  /** Sentences of fewer words are not reported. */
  minWords?: number;
}

export interface ResolvedSentenceSeverity {
  withClaims: Severity | 'off';
  plain: Severity | 'off';
  headings: Severity | 'off';
  minClaims: number;
  minWords: number;
  /** True when the user set any severity option: the rule's grading then stands over the setting's level. */
  graded: boolean;
}

const LEVELS = new Set(['off', 'minor', 'major', 'critical']);

/** Normalises the options once, with the rule's defaults; unknown values fall back to the defaults. */
export function sentenceSeverity(options: Record<string, unknown>, defaults: Omit<ResolvedSentenceSeverity, 'graded'>): ResolvedSentenceSeverity {
  const level = (key: 'withClaims' | 'plain' | 'headings') => {
    const value = options[key];
    return typeof value === 'string' && LEVELS.has(value) ? (value as Severity | 'off') : defaults[key];
  };
  const count = (key: 'minClaims' | 'minWords') => {
    const value = options[key];
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : defaults[key];
  };
  return {
    withClaims: level('withClaims'),
    plain: level('plain'),
    headings: level('headings'),
    minClaims: count('minClaims'),
    minWords: count('minWords'),
    graded: ['withClaims', 'plain', 'headings'].some((key) => key in options),
  };
}
