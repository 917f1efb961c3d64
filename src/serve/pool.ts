/**
 * The worker threads that run audits (piscina), so that a huge article never blocks the event loop that
 * answers /healthz. A bounded queue: when it is full, `run` throws QueueFull (the route answers 429). Each
 * audit has a time limit: past it the task is aborted and its thread replaced (the route answers 503).
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { AuditTask, TaskOutcome } from './task.ts';

export interface PoolOptions {
  /**
   * Worker threads. Default: the CPUs less one, but two where there are two CPUs or more (the event loop
   * that answers requests is mostly idle, so a second audit need not wait for the first); 1 on one CPU.
   */
  threads?: number;
  /** Audits waiting for a thread before new ones are refused (at least 1). Default: 4 per thread. */
  queue?: number;
  /** Milliseconds one audit may take (queue time not counted). Default 60,000. */
  timeoutMs?: number;
  /** Start the threads when an audit comes and stop them after this many idle milliseconds (the large lane). Default: always running. */
  idleMs?: number;
}

/** The default number of audit threads on this machine (PoolOptions.threads). */
export function defaultThreads(cpus = availableParallelism()): number {
  return cpus < 2 ? 1 : Math.max(2, cpus - 1);
}

export class QueueFull extends Error {}
export class AuditTimeout extends Error {}

export interface AuditPool {
  run(task: AuditTask): Promise<TaskOutcome>;
  /** Audits waiting for a thread. */
  readonly queued: number;
  /** Audits running or waiting. */
  readonly inFlight: number;
  readonly threads: number;
  readonly queueLimit: number;
  readonly timeoutMs: number;
  close(): Promise<void>;
}

export function createPool(options: PoolOptions = {}): AuditPool {
  const threads = options.threads ?? defaultThreads();
  const queueLimit = Math.max(1, options.queue ?? threads * 4);
  const timeoutMs = options.timeoutMs ?? 60_000;
  const piscina = new Piscina({
    // The compiled package's threads load task.js as it is; from the sources, worker.mjs registers tsx first.
    ...(import.meta.url.endsWith('.js')
      ? { filename: new URL('./task.js', import.meta.url).href, name: 'runAuditTask' }
      : { filename: new URL('./worker.mjs', import.meta.url).href }),
    minThreads: options.idleMs === undefined ? threads : 0,
    maxThreads: threads,
    maxQueue: queueLimit,
    idleTimeout: options.idleMs ?? Infinity,
  });
  let inFlight = 0;
  return {
    get queued() {
      return piscina.queueSize;
    },
    get inFlight() {
      return inFlight;
    },
    threads,
    queueLimit,
    timeoutMs,
    async run(task) {
      if (piscina.queueSize >= queueLimit) throw new QueueFull('the audit queue is full');
      const controller = new AbortController();
      let timedOut = false;
      let timer: NodeJS.Timeout | undefined;
      inFlight++;
      try {
        const started = piscina.run(task, { signal: controller.signal });
        // Piscina does not say when a thread picks the task up: the limit counts from now, stretched by one
        // limit per round of audits queued ahead, so a queued audit is not cut short by its wait.
        const limit = timeoutMs * (1 + Math.floor(piscina.queueSize / threads));
        timer = setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, limit);
        return (await started) as TaskOutcome;
      } catch (error) {
        if (timedOut) throw new AuditTimeout(`the audit took longer than the ${timeoutMs} ms limit`);
        if ((error as Error).message === 'Task queue is at limit') throw new QueueFull('the audit queue is full');
        throw error;
      } finally {
        clearTimeout(timer);
        inFlight--;
      }
    },
    close: () => piscina.close(),
  };
}
