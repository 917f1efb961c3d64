/** Entry of a batch worker thread run from the TypeScript sources (through tsx); see worker-main.ts. */
import { startBatchWorker } from './worker-main.ts';

startBatchWorker();
