import { describe, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Tests that read data from Debian packages run where the packages are installed (`.ci/run` installs
 * them) and are skipped, with the package named in the test title, on a machine without them: the
 * README's `npm ci && npm test` must pass on a fresh machine.
 */
const dictd = process.env.FAITHFUL_DICTD ?? '/usr/share/dictd';
export const FREEDICT = existsSync(join(dictd, 'freedict-ita-eng.index')) && existsSync(join(dictd, 'freedict-eng-ita.index'));

/** `test`, or `test.skip` without `dict-freedict-ita-eng` and `dict-freedict-eng-ita`. */
export const testWithFreedict = FREEDICT ? test : test.skip;
export const describeWithFreedict = FREEDICT ? describe : describe.skip;
