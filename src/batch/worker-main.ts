/**
 * A batch worker thread's work. It loads the pipeline and the plugins once (dictionaries and lexicons
 * load lazily, once per worker), then audits the pairs the main thread sends it, one at a time. Each
 * answer is posted on its port and announced through a shared counter, because the main thread waits
 * synchronously (Atomics.wait) so that `runCli` can stay a synchronous function returning a code.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { loadPlugin } from '../config/load.ts';
import { builtinRules } from '../rules/index.ts';
import { auditGated } from '../baseline/pipeline.ts';
import { runPairJob, type JobSetup, type PairJob } from './job.ts';

export function startBatchWorker(): void {
  const { port, counter, setup, slot } = workerData as { port: MessagePort; counter: SharedArrayBuffer; setup: JobSetup; slot: number };
  const signal = new Int32Array(counter);
  const post = (message: unknown) => {
    port.postMessage(message);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  try {
    const plugins = setup.settings.pluginPaths.flatMap((path, i) => loadPlugin(path, `plugins[${i}]`));
    const rules = [...builtinRules, ...plugins].map((r) => r.meta);
    warmUp(setup);
    port.on('message', (job: PairJob | 'stop') => {
      if (job === 'stop') return port.close();
      post({ outcome: runPairJob(job, setup, plugins, rules, slot) });
    });
    post({ ready: true });
  } catch (error) {
    post({ fatal: (error as Error).message });
    port.close();
  }
}

/**
 * Dictionaries, WordNet and lexicons load lazily on the first audit. A worker loads them before saying
 * it is ready, so that the main thread (which audits pairs itself meanwhile) never waits on a worker's
 * first, slow pair at the end of a batch.
 */
function warmUp(setup: JobSetup): void {
  try {
    auditGated(
      { path: 'warm-up', text: 'The minister said on Monday that the security force would train 200 officers.' },
      { path: 'warm-up', text: 'The minister told on Tuesday that the safety force would coaching 300 officersthat.' },
      { rules: setup.settings.rules },
    );
  } catch {
    // A failure here shows again, reported, on a real pair.
  }
}
