import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../src/cli/main.ts';
import { tempDir } from './gate/helpers.ts';
import { describeWithData } from './helpers/data.ts';
import { ROOT } from './helpers/seed.ts';

// Issue 19, item 8: the README says what a real run shows. Its sample output is the first lines of the
// command it quotes, run here; after a change to the seed's findings, rewrite it with
//   UPDATE_README=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/readme-sample.test.ts

const README = join(ROOT, 'README.md');
const COMMAND = 'node bin/faithful.js audit --source corpus/bloomberg-italy-isf-gaza/source.txt --target corpus/bloomberg-italy-isf-gaza/target.txt';

function cli(argv: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false, cwd: ROOT });
  return { code, stdout, stderr };
}

/** The run's output up to its first finding: verdict, score, gate, configuration, suspects, the first sentence and its first finding. */
function sample(): string[] {
  const { stdout } = cli(COMMAND.split(' ').slice(2));
  const lines = stdout.split('\n');
  const first = lines.findIndex((l) => /^ {4}(target|source):\d+:\d+/u.test(l));
  return lines.slice(0, first + 1);
}

// With the third-party lists in the data directory, as a reader who ran `faithful data install` has them.
describeWithData('README: the sample output', () => {
  test('"Reading the result" is the real output of the command it quotes', () => {
    const readme = readFileSync(README, 'utf8');
    const opening = `\`\`\`\n$ ${COMMAND}\n`;
    const start = readme.indexOf(opening);
    expect(start).toBeGreaterThan(0);
    const end = readme.indexOf('\n```', start + opening.length);
    const shown = readme.slice(start + opening.length, end).split('\n');
    const real = sample();
    if (process.env.UPDATE_README === '1' && shown.join('\n') !== real.join('\n')) {
      writeFileSync(README, readme.slice(0, start + opening.length) + real.join('\n') + readme.slice(end));
      return;
    }
    expect(shown).toEqual(real);
  });
});

describe('README: what it says of the bundled pairs', () => {
  test('what it says of `npm run audit` over the bundled pairs is what the batch does', () => {
    const out = tempDir();
    const { code, stdout } = cli(['audit', '--out', out, '--jobs', '1']);
    const total = /^(\d+) pairs: (\d+) pass, (\d+) fail, (\d+) could not be audited/mu.exec(stdout);
    expect(total).not.toBeNull();
    const [pairs, , failing] = [Number(total![1]), Number(total![2]), Number(total![3])];
    expect(code).toBe(failing ? 1 : 0);
    const readme = readFileSync(README, 'utf8').replace(/\s+/gu, ' ');
    expect(readme).toContain(`\`npm run audit\` exits ${failing ? 1 : 0}`);
    expect(readme).toContain(failing === pairs ? `all ${pairs} pairs fail the gate` : `${failing} of the ${pairs} pairs fail the gate`);
  });
});
