import { describe } from '@jest/globals';
import { dataFile, resolveDataDir } from '../../src/data/data-dir.ts';
import { DATA_LISTS } from '../../src/data/lists.ts';

/**
 * Whether the third-party lists are in the data directory the audit will read (FAITHFUL_DATA, else
 * ../shared/data). Tests of the rules that need them run only then; without the data the rules do not
 * run (tested in __tests__/data/), and these tests are reported as skipped.
 */
export const HAS_DATA = DATA_LISTS.every((list) => dataFile(resolveDataDir(), list) !== null);

/** `describe` when the data is there, `describe.skip` otherwise. */
export const describeWithData: typeof describe = HAS_DATA ? describe : (describe.skip as typeof describe);
