import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './seed.ts';

/**
 * Word salad: sentences of 8 to 22 random Hunspell en_US words, a paragraph break about every fifth
 * sentence, seeded so that every run builds the same text (issue 19: 9 MB of it appended to a faithful
 * copy must fail the gate, and fast; `npm run bench` times it).
 */
export function wordSalad(bytes: number, seed = 7): string {
  const words = readFileSync(join(ROOT, 'node_modules', 'dictionary-en', 'index.dic'), 'utf8')
    .split('\n')
    .map((line) => line.split('/')[0]!)
    .filter((w) => /^[a-z]{3,}$/u.test(w));
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentence = Array.from({ length: 8 + Math.floor(next() * 15) }, () => words[Math.floor(next() * words.length)]!).join(' ');
    const line = sentence[0]!.toUpperCase() + sentence.slice(1) + (next() < 0.2 ? '.\n\n' : '. ');
    parts.push(line);
    size += line.length;
  }
  return parts.join('');
}
