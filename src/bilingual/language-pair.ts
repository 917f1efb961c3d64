import { franc } from 'franc-min';
import { plainlyEnglish } from '../text/plainly-english.ts';
import type { LanguagePair } from '../types.ts';

/** The bilingual pairs faithful can audit: source primary subtag → target primary subtags. */
const SUPPORTED: Record<string, string[]> = { it: ['en'] };

/** Letters language identification needs before its guess is trusted for the whole document. */
const MIN_LETTERS = 200;

const primary = (tag: string | undefined) => tag?.toLowerCase().split(/[-_]/u)[0] ?? undefined;

/**
 * Which language pair an audit runs on. A configured pair (`--source-lang`/`--target-lang`, or the
 * configuration's `language`) whose two languages differ selects a bilingual audit when faithful
 * supports it; without one, a source that franc reads as Italian against a target it does not read as
 * Italian selects it too (`detected: true`). Returns null for a same-language audit.
 */
export function languagePairOf(language: { source?: string; target?: string } | undefined, sourceText: string, targetText: string): LanguagePair | null {
  const source = primary(language?.source);
  const target = primary(language?.target);
  if (source && target) {
    if (source === target) return null;
    return SUPPORTED[source]?.includes(target) ? { source, target, detected: false } : null;
  }
  // A source that is plainly English is not Italian: franc (some 3 ms a seed-sized text) is not asked.
  if (!source && plainlyEnglish(sourceText.slice(0, SAMPLE))) return null;
  const detectedSource = source ?? identify(sourceText);
  if (detectedSource !== 'it') return null;
  const detectedTarget = target ?? identify(targetText) ?? 'en';
  if (detectedTarget === detectedSource || !SUPPORTED[detectedSource]?.includes(detectedTarget)) return null;
  return { source: detectedSource, target: detectedTarget, detected: true };
}

/** Characters of a text that language identification reads. */
const SAMPLE = 20_000;

const FRANC_TO_BCP47: Record<string, string> = { ita: 'it', eng: 'en' };

function identify(text: string): string | undefined {
  const sample = text.slice(0, SAMPLE);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return undefined;
  const code = franc(sample, { minLength: 10 });
  return FRANC_TO_BCP47[code] ?? (code === 'und' ? undefined : code);
}

/** True when the pair is a bilingual one (the source and target languages differ). */
export function isBilingual(language: { source?: string; target?: string } | undefined): boolean {
  const source = primary(language?.source);
  const target = primary(language?.target);
  return Boolean(source && target && source !== target);
}
