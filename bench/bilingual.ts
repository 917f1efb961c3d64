import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR, INPUT_DIR, type PairFiles } from './inputs.ts';

/**
 * Italian source and English translation pairs of a given size for the bilingual audit (issue 14),
 * made from the bilingual fixtures (__tests__/fixtures/bilingual/<text>/source.txt and faithful.txt).
 * Each copy of a text opens with its own numbered dateline and has its years moved, so the aligner
 * meets distinct anchors rather than one paragraph many times over.
 */
const FIXTURES = join(BENCH_DIR, '..', '__tests__', 'fixtures', 'bilingual');

/** Sentences of Italian source wanted ≈ `size`; the count is approximate (whole texts are copied). */
export function bilingualPair(size: number): PairFiles {
  const dir = join(INPUT_DIR, `bilingual-${size}`);
  const pair = { name: `bilingual-${size}`, source: join(dir, 'source.txt'), target: join(dir, 'target.txt'), gold: '' };
  if (existsSync(pair.source) && existsSync(pair.target)) return pair;
  const texts = readdirSync(FIXTURES)
    .filter((name) => existsSync(join(FIXTURES, name, 'source.txt')) && existsSync(join(FIXTURES, name, 'faithful.txt')))
    .map((name) => ({ it: readFileSync(join(FIXTURES, name, 'source.txt'), 'utf8'), en: readFileSync(join(FIXTURES, name, 'faithful.txt'), 'utf8') }));
  const sentencesPerRound = texts.reduce((n, t) => n + (t.it.match(/[.!?](\s|$)/gu)?.length ?? 0), 0);
  const rounds = Math.max(1, Math.round(size / sentencesPerRound));
  const italian: string[] = [];
  const english: string[] = [];
  for (let round = 0; round < rounds; round++) {
    texts.forEach((text, i) => {
      const n = round * texts.length + i + 1;
      const years = (s: string) => s.replace(/\b(19|20)(\d\d)\b/gu, (_, c: string, y: string) => `${c}${String((Number(y) + round) % 100).padStart(2, '0')}`);
      italian.push(`Notizia numero ${n}.\n\n${years(text.it.trim())}`);
      english.push(`Story number ${n}.\n\n${years(text.en.trim())}`);
    });
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(pair.source, italian.join('\n\n') + '\n');
  writeFileSync(pair.target, english.join('\n\n') + '\n');
  return pair;
}
