import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../src/cli/main.ts';

/**
 * The batch of `corpus/pairs` audited twice, as the batch-map scripts compare them: into `off/` with the
 * batch substitution map turned off, into `on/` with it. Returns the run's "substitution map" line.
 */
export function auditWithAndWithoutMap(corpus: string): string {
  const run = (out: string, extra: string[]) => {
    let stdout = '';
    runCli(['audit', 'pairs', '--out', out, '--format', 'json', '--jobs', '1', ...extra], { stdout: (t) => (stdout += t), stderr: () => {}, isTty: false, cwd: corpus });
    return stdout;
  };
  writeFileSync(join(corpus, 'off.json'), JSON.stringify({ rules: { 'batch-spinning': 'off' } }));
  run('off', ['--config', 'off.json']);
  return run('on', ['--no-config']).split('\n').find((l) => l.startsWith('substitution map')) ?? 'substitution map: nothing learned';
}
