import { random } from './corpus.ts';

/** One logged edit: what the auditor should find, where (offsets into source or target text). */
export interface GoldEdit {
  kind: string;
  category: string;
  target: { start: number; end: number } | null;
  source: { start: number; end: number } | null;
}

export interface GeneratedPair {
  source: string;
  target: string;
  /** Edits of this generator, or the team generator's `Gold` (src/eval/gold.ts). */
  gold: GoldEdit[] | { items: GoldEdit[] };
}

/**
 * A small perturbation generator, used only while `src/eval/perturb.ts` is not there: the source
 * is the clean sentences laid out in paragraphs; the target repeats them with logged edits that the
 * built-in rules exist to catch (run-together words, changed numbers, altered quotations, dropped
 * sentences, inserted unsupported sentences).
 */
export function fallbackPair(paragraphs: string[][], extra: string[], options: { seed: number; rate?: number }): GeneratedPair & { gold: GoldEdit[] } {
  const next = random(options.seed);
  const rate = options.rate ?? 0.06;
  let source = '';
  let target = '';
  const gold: GoldEdit[] = [];
  let extraIndex = 0;
  for (const paragraph of paragraphs) {
    const sourceLine: string[] = [];
    const targetLine: string[] = [];
    let sourceAt = source.length;
    let targetAt = target.length;
    const pushSource = (s: string) => {
      if (sourceLine.length) sourceAt += 1;
      const start = sourceAt;
      sourceLine.push(s);
      sourceAt += s.length;
      return start;
    };
    const pushTarget = (s: string) => {
      if (targetLine.length) targetAt += 1;
      const start = targetAt;
      targetLine.push(s);
      targetAt += s.length;
      return start;
    };
    for (const sentence of paragraph) {
      const sourceStart = pushSource(sentence);
      const roll = next() < rate ? next() : -1;
      if (roll < 0) {
        pushTarget(sentence);
      } else if (roll < 0.2 && paragraph.length > 1) {
        gold.push({ kind: 'drop', category: 'accuracy/omission', source: { start: sourceStart, end: sourceStart + sentence.length }, target: null });
      } else if (roll < 0.4 && extraIndex < extra.length) {
        pushTarget(sentence);
        const added = extra[extraIndex++]!;
        const start = pushTarget(added);
        gold.push({ kind: 'insert', category: 'accuracy/addition', target: { start, end: start + added.length }, source: null });
      } else {
        const edited = editSentence(sentence, next);
        const start = pushTarget(edited?.text ?? sentence);
        if (edited) gold.push({ kind: edited.kind, category: edited.category, target: { start: start + edited.start, end: start + edited.end }, source: null });
      }
    }
    source += sourceLine.join(' ') + '\n\n';
    if (targetLine.length) target += targetLine.join(' ') + '\n\n';
  }
  return { source, target, gold };
}

interface Edit {
  kind: string;
  category: string;
  text: string;
  start: number;
  end: number;
}

/** Changes a number, a quoted word, or runs two words together; null when the sentence allows none. */
function editSentence(sentence: string, next: () => number): Edit | null {
  const number = /(?<![\p{L}\p{N}.,])\p{N}+(?![\p{N}.,]\p{N})/u.exec(sentence);
  if (number) {
    const value = String(Number(number[0]) + 1 + Math.floor(next() * 9));
    return splice(sentence, number.index, number.index + number[0].length, value, 'number', 'accuracy/mistranslation');
  }
  const quote = /“([^”]+)”/u.exec(sentence);
  if (quote && quote[1]!.split(' ').length >= 4) {
    const innerStart = quote.index + 1;
    const words = [...quote[1]!.matchAll(/\p{L}{4,}/gu)];
    if (words.length) {
      const word = words[Math.floor(next() * words.length)]!;
      const replaced = quote[1]!.slice(0, word.index) + 'something' + quote[1]!.slice(word.index + word[0].length);
      const text = sentence.slice(0, innerStart) + replaced + sentence.slice(innerStart + quote[1]!.length);
      return { kind: 'quotation', category: 'accuracy/mistranslation', text, start: innerStart, end: innerStart + replaced.length };
    }
  }
  // Two lower-case words after the lemma's colon, joined: "a worker skilled" → "a workerskilled".
  const colon = sentence.indexOf(': ');
  const pairs = [...sentence.slice(colon + 2).matchAll(/(?<![\p{L}-])(\p{Ll}{3,}) (\p{Ll}{3,})(?![\p{L}-])/gu)];
  if (pairs.length) {
    const pair = pairs[Math.floor(next() * pairs.length)]!;
    const at = colon + 2 + pair.index;
    const joined = pair[1]! + pair[2]!;
    return splice(sentence, at, at + pair[0].length, joined, 'run-together', 'fluency/spelling');
  }
  return null;
}

function splice(sentence: string, start: number, end: number, value: string, kind: string, category: string): Edit {
  return { kind, category, text: sentence.slice(0, start) + value + sentence.slice(end), start, end: start + value.length };
}
