/**
 * The word-salad case of issue 19: a faithful copy of a 285-word corpus article followed by 9 MB of
 * seeded word salad (`__tests__/helpers/salad.ts`), built once under bench/.inputs/salad/. The test
 * (`__tests__/gate/unsupported-share.test.ts`) asserts that it fails the gate with one finding; the time
 * is measured here (target: under 10 s through the CLI, process start included).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordSalad } from '../__tests__/helpers/salad.ts';
import { INPUT_DIR } from './inputs.ts';

export const SALAD_BYTES = 9_000_000;

export function saladPair(root: string): { source: string; target: string } {
  const dir = join(INPUT_DIR, 'salad');
  const source = join(dir, 'source.txt');
  const target = join(dir, 'target.txt');
  const article = readFileSync(join(root, 'corpus', 'generated-biographies-1', 'source.txt'), 'utf8');
  const text = `${article.trimEnd()}\n\n${wordSalad(SALAD_BYTES)}`;
  if (!existsSync(target) || readFileSync(target, 'utf8') !== text) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(source, article);
    writeFileSync(target, text);
  }
  return { source, target };
}
