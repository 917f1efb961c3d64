import { isItalianStopword } from '../../bilingual/italian-words.ts';
import { englishKeys, italianKeys } from '../../bilingual/keys.ts';
import { loadTsv } from '../../lexicon/load-tsv.ts';
import type { Segment } from '../../types.ts';
import { institutionOf, namesInstitution } from '../../bilingual/institutions.ts';
import { spanIn, type Rule, type RuleReport } from '../rule.ts';

/** Lower-case particles inside Italian names ("Michele de Pascale", "Leonardo da Vinci"). */
const PARTICLES = new Set(['de', 'di', 'da', 'del', 'della', 'dei', 'van', 'von', 'la', 'lo']);

interface Token {
  start: number;
  end: number;
  text: string;
}

const fold = (w: string) => w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

function tokens(segment: Segment): Token[] {
  return [...segment.text.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => ({ start: segment.start + m.index, end: segment.start + m.index + m[0].length, text: m[0] }));
}

const capitalised = (w: string) => /^\p{Lu}/u.test(w);

/**
 * Names of an Italian sentence (runs of capitalised words, particles allowed, not the sentence's first
 * word alone) that the aligned English lacks. A person's name ("Matteo Salvini": words FreeDict does not
 * know) must come through letter for letter; a place or body, which English may adapt ("Genova" →
 * "Genoa", "Cgil" → "CGIL", "Banca d'Italia" → "Bank of Italy"), is found through FreeDict, a cognate
 * or a near spelling. A name replaced by another ("Matteo Renzi") is reported on the replacement; one
 * that is simply gone, as an omission with the Italian name as evidence.
 */
export const bilingualName: Rule = {
  meta: {
    id: 'bilingual-name',
    description: 'A name in the Italian is missing or replaced in the aligned English.',
    category: 'accuracy/mistranslation',
    defaultSeverity: 'major',
    basis: "the aligned Italian sentences; FreeDict ita-eng concepts and near spellings for names English adapts",
    // Heuristic: a capitalised Italian word may be a title or a body English renders freely.
    defaultConfidence: 0.8,
  },
  check(context) {
    const reports: RuleReport[] = [];
    for (const alignment of context.alignments) {
      const targets = alignment.target.map((id) => context.segmentById.get(id)!);
      const targetTokens = targets.flatMap(tokens);
      const targetKeys = new Set(targets.flatMap((t) => englishKeys(t.text)));
      for (const source of alignment.source.map((id) => context.segmentById.get(id)!)) {
        for (const run of nameRuns(tokens(source), source.text, source.start)) {
          // The surname of a person ("Elena Ferrari") comes through letter for letter: a near spelling
          // next to the rest of the name, copied exactly, is a replacement ("Elena Ferraris").
          const exactAt = new Set(run.slice(0, -1).flatMap((w) => targetTokens.flatMap((t, i) => (fold(t.text) === fold(w.text) ? [i] : []))));
          const missing = run.filter((w, i) => !present(w.text, i === run.length - 1 && run.length > 1 ? exactAt : null, targetTokens, targetKeys));
          if (!missing.length) continue;
          const kept = run.filter((w) => !missing.includes(w));
          const replacement = kept.length ? replacementNear(kept, missing[0]!, targetTokens, context.source.text) : null;
          const name = context.source.text.slice(run[0]!.start, run.at(-1)!.end);
          const first = missing[0]!;
          const last = missing.at(-1)!;
          if (replacement) {
            reports.push({
              target: spanIn(context.target, replacement.start, replacement.end),
              source: spanIn(context.source, first.start, last.end),
              message: `Name “${replacement.text}” where the Italian has “${name}”`,
              suggestion: context.source.text.slice(first.start, last.end),
            });
          } else {
            reports.push({
              target: null,
              source: spanIn(context.source, first.start, last.end),
              message: `The Italian name “${name}” is missing from the aligned English`,
              suggestion: null,
              category: 'accuracy/omission',
            });
          }
        }
      }
    }
    return reports;
  },
};

let openers: Set<string> | null = null;
/** A conjunction or adverb that opens Italian sentences ("Intanto", "Mentre"): corpus/lexicons/italian-function-words/sentence-openers.txt. */
function sentenceOpener(word: string): boolean {
  openers ??= new Set(loadTsv('italian-function-words/sentence-openers.txt').map((r) => r[0]!.trim()));
  return openers.has(word.toLowerCase());
}

/** Runs of capitalised words (with particles between them); a lone sentence-initial word, or one that opens sentences, is not a name. */
function nameRuns(words: Token[], text: string, offset: number): Token[][] {
  const gaps = words.map((w, i) => (i ? text.slice(words[i - 1]!.end - offset, w.start - offset) : ''));
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length && !capitalised(run.at(-1)!.text)) run.pop();
    if (run.length && !(run.length === 1 && run[0] === words[0])) runs.push(run.filter((w) => capitalised(w.text) && !isItalianStopword(w.text)));
    run = [];
  };
  words.forEach((w, i) => {
    // Punctuation between two words ends a run ("della Regione, Michele de Pascale").
    if (run.length && gaps[i] && !/^[\s'’]*$/u.test(gaps[i]!)) close();
    // A capitalised part of a compound ("il Fondo salva-Stati") is not a name of its own.
    const compound = gaps[i] === '-' && words[i - 1] && !capitalised(words[i - 1]!.text);
    // A word closed by an apostrophe is a final accented vowel as headlines and capitals write it ("Giu’
    // Moncler" is "Giù Moncler", Moncler down; "Perche’", "Piu’"): an ordinary word, not a name.
    const accent = /^['’](?:\s|$)/u.test(gaps[i + 1] ?? text.slice(w.end - offset, w.end - offset + 2));
    if (capitalised(w.text) && w.text.length > 1 && !compound && !accent) {
      if (i === 0 && ((words[1] && !capitalised(words[1].text)) || sentenceOpener(w.text))) return;
      run.push(w);
    } else if (run.length && (PARTICLES.has(w.text) || w.text === 'd') && words[i + 1] && capitalised(words[i + 1]!.text)) run.push(w);
    else close();
  });
  close();
  return runs.filter((r) => r.length);
}

function present(word: string, strictNextTo: Set<number> | null, targetTokens: Token[], targetKeys: Set<string>): boolean {
  const w = fold(word);
  if (targetTokens.some((t) => fold(t.text) === w)) return true;
  // An institution English names its own way ("Bce" → "ECB", "Ue" → "EU", "titoli di Stato" → "government bonds").
  const institution = institutionOf(word);
  if (institution && namesInstitution(targetTokens.map((t) => t.text).join(' '), institution)) return true;
  const loose = (i: number) => !strictNextTo || !(strictNextTo.has(i - 1) || strictNextTo.has(i + 1));
  const keys = italianKeys(word);
  if (keys.some((k) => targetKeys.has(k)) && targetTokens.some((t, i) => loose(i) && englishKeys(t.text).some((k) => keys.includes(k)))) return true;
  return targetTokens.some((t, i) => near(w, fold(t.text)) && loose(i));
}

/** Near spellings of one name across the two languages: "genova"/"genoa", "btp"/"btps", "venezia"/"venice". */
function near(a: string, b: string): boolean {
  if (a.length >= 5 && b.length >= 5 && a.slice(0, 4) === b.slice(0, 4)) return true;
  if (Math.min(a.length, b.length) < 3 || a.slice(0, 2) !== b.slice(0, 2)) return false;
  const ratio = levenshtein(a, b) / Math.max(a.length, b.length);
  return ratio <= 0.5 || (a.slice(0, 3) === b.slice(0, 3) && ratio <= 0.6);
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** A capitalised English word right after or before the kept part of the name that the Italian does not have ("Matteo Renzi"). */
function replacementNear(kept: Token[], missing: Token, targetTokens: Token[], sourceText: string): Token | null {
  const sourceWords = new Set([...sourceText.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => fold(m[0])));
  for (const k of kept) {
    const i = targetTokens.findIndex((t) => fold(t.text) === fold(k.text));
    if (i < 0) continue;
    // On the side of the kept word where the Italian has the missing one.
    for (const j of [missing.start > k.start ? i + 1 : i - 1]) {
      const t = targetTokens[j];
      if (t && capitalised(t.text) && !sourceWords.has(fold(t.text))) return t;
    }
  }
  return null;
}
