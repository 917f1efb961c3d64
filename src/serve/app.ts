/**
 * The HTTP server: Fastify with its JSON-schema validation and structured (pino) logs, the audit pool,
 * the metrics, bearer-token auth and the error bodies. Routes are in routes.ts.
 */
import { timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { describeError } from '../config/load.ts';
import { HttpError } from './errors.ts';
import { createMetrics } from './metrics.ts';
import { createPool, type AuditPool, type PoolOptions } from './pool.ts';
import { registerRoutes } from './routes.ts';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** Texts larger than this (either side) are audited in the large lane, so that they never hold up the others. */
export const DEFAULT_LARGE_BYTES = 1024 * 1024;

export interface ServeOptions extends PoolOptions {
  /** Bearer token every route but /healthz and the review page needs; none: no auth. */
  token?: string;
  /** Largest accepted text, in bytes, per side (the CLI's --max-bytes; default 10 MB); larger is 413. */
  maxBytes?: number;
  /**
   * A pair with a text over this many bytes (default 1 MiB) is audited in a lane of its own: one thread,
   * started on demand, with a queue of 2. A 9 MB audit then takes a thread the small ones never wait for.
   */
  largeBytes?: number;
  /** Structured JSON logs to this stream (default: none). Article text is never logged. */
  log?: NodeJS.WritableStream;
  /** Folder the options' relative paths would resolve from (none are accepted today). */
  cwd?: string;
}

export function createApp(options: ServeOptions = {}): { app: FastifyInstance; pool: AuditPool; large: AuditPool } {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // Two texts of up to maxBytes each, JSON-escaped (up to 6 bytes a character for control characters,
  // but articles are mostly plain), plus the envelope: the per-text check in the route is the real limit.
  const bodyLimit = 2 * maxBytes + 1024 * 1024;
  const app = Fastify({
    bodyLimit,
    logger: options.log
      ? {
          stream: options.log,
          serializers: {
            // The request line and peer only: never headers (the token) or the body (the articles).
            req: (req) => ({ method: req.method, url: req.url, remoteAddress: req.ip }),
            res: (res) => ({ statusCode: res.statusCode }),
          },
        }
      : false,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });
  const pool = createPool(options);
  const large = createPool({ threads: 1, queue: 2, timeoutMs: options.timeoutMs, idleMs: 30_000 });
  const metrics = createMetrics();

  // JSON only: Fastify also reads text/plain, which then failed the schema as a 400; now it is a 415.
  app.removeContentTypeParser('text/plain');
  // JSON read as bytes, so that text which is not UTF-8 is a 422 rather than silently replaced characters.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body as Buffer);
    } catch {
      return done(new HttpError(422, 'body: not valid UTF-8', 'body'), undefined);
    }
    try {
      done(null, JSON.parse(text));
    } catch (error) {
      done(new HttpError(400, `body: malformed JSON (${(error as Error).message.split('\n')[0]})`, 'body'), undefined);
    }
  });

  if (options.token !== undefined) {
    const expected = Buffer.from(`Bearer ${options.token}`);
    app.addHook('onRequest', async (request, reply) => {
      const path = request.url.split('?')[0];
      if (path === '/healthz' || (path === '/' && (request.method === 'GET' || request.method === 'HEAD'))) return;
      const given = Buffer.from(request.headers.authorization ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        reply.header('www-authenticate', 'Bearer');
        throw new HttpError(401, request.headers.authorization ? 'wrong bearer token' : 'missing Authorization: Bearer token');
      }
    });
  }

  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if ('validation' in error && error.validation) {
      const message = describeError(error.validation as Parameters<typeof describeError>[0]);
      const where = error.validationContext === 'querystring' ? 'query.' : '';
      const field = where + message.slice(0, message.indexOf(':'));
      return reply.code(400).send({ error: where + message, field });
    }
    if (error instanceof HttpError) {
      reply.headers(error.headers);
      return reply.code(error.statusCode).send({ error: error.message, ...(error.field ? { field: error.field } : {}) });
    }
    const status = error.statusCode ?? 500;
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send({ error: `body: over the ${bodyLimit}-byte limit of a request`, field: 'body' });
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return reply.code(415).send({ error: 'expected Content-Type: application/json' });
    if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return reply.code(400).send({ error: 'body: empty, expected a JSON object', field: 'body' });
    if (status >= 500) {
      // The stack's frames only: a message might quote the article.
      request.log.error({ err: { type: error.name, frames: error.stack?.split('\n').slice(1).join('\n') } }, 'internal error');
      return reply.code(500).send({ error: 'internal error' });
    }
    return reply.code(status).send({ error: error.message });
  });

  registerRoutes(app, { pool, large, largeBytes: options.largeBytes ?? DEFAULT_LARGE_BYTES, metrics, maxBytes, cwd: options.cwd ?? process.cwd() });
  // While shutting down, answers to the requests in flight close their connection: a keep-alive socket
  // would otherwise hold the process open until its timeout.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  app.addHook('onClose', async () => {
    await Promise.all([pool.close(), large.close()]);
  });
  return { app, pool, large };
}
