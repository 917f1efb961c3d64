/**
 * `node --import tsx scripts/spin.ts FILE [--seed N] [--p X] [--gold]`
 *
 * Spins a text file with the evaluation's thesaurus spinner (eval/thesaurus-spinner.ts) and
 * prints the spun text; `--gold` prints the swaps as JSON instead ({target, source} spans). Defaults:
 * seed 1, p 0.35. Bad arguments or a missing file: one line on stderr, exit 2. Without the
 * thesaurus (apt-get install mythes-en-us): one line on stderr, exit 2.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_P, MYTHES_PATH, spin, thesaurusAvailable } from '../eval/thesaurus-spinner.ts';

export function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { seed: { type: 'string', default: '1' }, p: { type: 'string', default: String(DEFAULT_P) }, gold: { type: 'boolean', default: false } },
    });
  } catch (error) {
    process.stderr.write(`spin: ${(error as Error).message}\n`);
    return 2;
  }
  const seed = Number(parsed.values.seed);
  const p = Number(parsed.values.p);
  if (parsed.positionals.length !== 1) {
    process.stderr.write('spin: usage: scripts/spin.ts FILE [--seed N] [--p X] [--gold]\n');
    return 2;
  }
  if (!Number.isInteger(seed)) {
    process.stderr.write(`spin: --seed must be an integer, got "${parsed.values.seed}"\n`);
    return 2;
  }
  if (!(p >= 0 && p <= 1)) {
    process.stderr.write(`spin: --p must be a number from 0 to 1, got "${parsed.values.p}"\n`);
    return 2;
  }
  if (!thesaurusAvailable()) {
    process.stderr.write(`spin: ${MYTHES_PATH} is missing: apt-get install mythes-en-us\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(parsed.positionals[0]!, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    process.stderr.write(`spin: cannot read ${parsed.positionals[0]}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return 2;
  }
  const result = spin(text, { seed, p });
  process.stdout.write(parsed.values.gold ? `${JSON.stringify(result.gold, null, 2)}\n` : result.text);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
