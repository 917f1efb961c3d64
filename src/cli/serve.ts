/**
 * `faithful serve`: the audit as an HTTP service (src/serve/). Runs until SIGTERM or SIGINT, then stops
 * taking requests, lets the audits in flight finish (requests arriving meanwhile get 503), and returns 0.
 */
import { parseArgs } from 'node:util';
import { InputError } from '../ingest/input-error.ts';
import type { CliIo } from './io.ts';

export const SERVE_USAGE = `Usage: faithful serve [--host 127.0.0.1] [--port 8080] [--token T] [--jobs N] [options]

Options:
  --host H          address to bind (default 127.0.0.1: loopback only)
  --port N          port (default 8080; 0: any free port, printed on stdout)
  --token T         require Authorization: Bearer T on every route but /healthz and the review page
                    (default: the FAITHFUL_TOKEN environment variable; prefer it, argv is visible to ps)
  --jobs N          worker threads for audits (default: CPUs less one, and 2 on a 2-CPU machine)
  --queue N         audits waiting for a thread before 429 (default: 4 per thread)
  --timeout S       seconds one audit may take before 503 (default 60)
  --max-bytes N     largest text per side in bytes, as the CLI's --max-bytes (default 10485760); larger is 413
  --large-bytes N   a pair with a text over N bytes is audited in a lane of its own (one thread), so it
                    never holds up the others (default 1048576)
  --quiet           no request logs (default: JSON lines on stderr, without article text)
  -h, --help        this help`;

export interface ServeArgs {
  host: string;
  port: number;
  token?: string;
  jobs?: number;
  queue?: number;
  timeoutMs?: number;
  maxBytes?: number;
  largeBytes?: number;
  quiet: boolean;
  help: boolean;
}

export function parseServeArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): ServeArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        token: { type: 'string' },
        jobs: { type: 'string' },
        queue: { type: 'string' },
        timeout: { type: 'string' },
        'max-bytes': { type: 'string' },
        'large-bytes': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new InputError((error as Error).message.split('\n')[0]!.replace(/\. To specify.*$/, ''));
  }
  const token = values.token ?? env.FAITHFUL_TOKEN;
  if (token !== undefined && token.trim() === '') throw new InputError('--token (or FAITHFUL_TOKEN) is empty');
  const timeout = count(values.timeout, '--timeout', 1);
  return {
    host: values.host ?? '127.0.0.1',
    port: count(values.port, '--port', 0) ?? 8080,
    token,
    jobs: count(values.jobs, '--jobs', 1),
    queue: count(values.queue, '--queue', 1),
    timeoutMs: timeout === undefined ? undefined : timeout * 1000,
    maxBytes: count(values['max-bytes'], '--max-bytes', 1),
    largeBytes: count(values['large-bytes'], '--large-bytes', 1),
    quiet: values.quiet ?? false,
    help: values.help ?? false,
  };
}

function count(value: string | undefined, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min || (name === '--port' && n > 65535)) {
    throw new InputError(`${name} must be an integer${name === '--port' ? ' from 0 to 65535' : ` of ${min} or more`}, got "${value}"`);
  }
  return n;
}

/** Starts the server and resolves with the exit code once it has shut down. */
export async function runServeCommand(argv: string[], io: CliIo): Promise<number> {
  let args: ServeArgs;
  try {
    args = parseServeArgs(argv);
  } catch (error) {
    io.stderr(`faithful: ${(error as Error).message}\n`);
    return 2;
  }
  if (args.help) return io.stdout(SERVE_USAGE + '\n'), 0;
  const { createApp } = await import('../serve/app.ts');
  const { app } = createApp({ token: args.token, threads: args.jobs, queue: args.queue, timeoutMs: args.timeoutMs, maxBytes: args.maxBytes, largeBytes: args.largeBytes, log: args.quiet ? undefined : process.stderr, cwd: io.cwd });
  let address: string;
  try {
    address = await app.listen({ host: args.host, port: args.port });
  } catch (error) {
    await app.close().catch(() => {});
    io.stderr(`faithful: cannot listen on ${args.host}:${args.port} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
    return 2;
  }
  if (args.token === undefined && !/^(127\.|::1$|localhost$)/.test(args.host)) {
    io.stderr(`faithful: warning: listening on ${args.host} without a token; anyone who can reach it can run audits\n`);
  }
  io.stdout(`faithful: listening on ${address}\n`);
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      io.stderr(`faithful: ${signal}: finishing the audits in flight, refusing new ones\n`);
      app.close().then(
        () => resolve(0),
        (error: Error) => {
          io.stderr(`faithful: error while shutting down: ${error.message}\n`);
          resolve(2);
        },
      );
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}
