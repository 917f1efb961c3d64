/** The routes: POST /v1/audit, GET /healthz, /metrics, /openapi.json and the review page at /. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resolveConfig } from '../config/load.ts';
import { InputError } from '../ingest/input-error.ts';
import { contentSecurityPolicy } from '../report/html.ts';
import { clientScript } from '../report/html/client.ts';
import { HttpError } from './errors.ts';
import type { Metrics } from './metrics.ts';
import { reviewPage } from './page.ts';
import { AuditTimeout, QueueFull, type AuditPool } from './pool.ts';
import { AUDIT_BODY, AUDIT_QUERY, openApiDocument } from './schema.ts';
import type { AuditTask, DocumentPart } from './task.ts';

interface Context {
  pool: AuditPool;
  /** The large lane: pairs with a text over `largeBytes`. */
  large: AuditPool;
  largeBytes: number;
  metrics: Metrics;
  maxBytes: number;
  cwd: string;
}

interface AuditBody {
  source: DocumentPart;
  target: DocumentPart;
  options?: Record<string, unknown>;
}

/** A lone UTF-16 surrogate (JSON `"\ud800"`) or a NUL: text no file could hold. */
const UNDECODABLE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|\u0000/;

export function registerRoutes(app: FastifyInstance, context: Context): void {
  const { metrics } = context;
  const verdicts = new WeakMap<FastifyRequest, boolean>();
  /** Mean seconds per audit lately, for Retry-After. */
  let meanSeconds = 1;
  const reportPolicy = contentSecurityPolicy(clientScript().hash);

  app.addHook('onResponse', async (request, reply) => {
    if (request.routeOptions.url === '/v1/audit') metrics.audit(reply.statusCode, reply.elapsedTime / 1000, verdicts.get(request));
  });

  app.post<{ Body: AuditBody; Querystring: { format?: AuditTask['format'] } }>(
    '/v1/audit',
    { schema: { body: AUDIT_BODY, querystring: AUDIT_QUERY } },
    async (request, reply) => {
      const { source, target } = request.body;
      let largest = 0;
      for (const [side, part] of [['source', source], ['target', target]] as const) {
        const bytes = Buffer.byteLength(part.text, 'utf8');
        largest = Math.max(largest, bytes);
        if (bytes > context.maxBytes) throw new HttpError(413, `${side}.text: text is ${bytes} bytes, over the ${context.maxBytes}-byte limit (--max-bytes)`, `${side}.text`);
        if (UNDECODABLE.test(part.text)) throw new HttpError(422, `${side}.text: not decodable text (NUL or an unpaired surrogate)`, `${side}.text`);
        if (part.text.trim() === '') throw new HttpError(422, `${side}.text: text is empty`, `${side}.text`);
      }
      const options = validOptions(request.body.options, context.cwd);
      const format = request.query.format ?? (/\btext\/html\b/.test(request.headers.accept ?? '') ? 'html' : 'json');
      // Admission by size: a large pair waits in its own lane, never in front of the small ones.
      const pool = largest > context.largeBytes ? context.large : context.pool;
      const started = performance.now();
      let outcome;
      try {
        outcome = await pool.run({ source, target, options, format });
      } catch (error) {
        if (error instanceof QueueFull) {
          const wait = Math.max(1, Math.ceil((meanSeconds * (pool.queued + 1)) / pool.threads));
          throw new HttpError(429, `${error.message} (${pool.queueLimit} waiting); retry after ${wait} s`, undefined, { 'retry-after': String(wait) });
        }
        if (error instanceof AuditTimeout) throw new HttpError(503, error.message);
        throw error;
      }
      if (!outcome.ok) throw new HttpError(outcome.status, outcome.error, outcome.field);
      meanSeconds = 0.8 * meanSeconds + 0.2 * ((performance.now() - started) / 1000);
      verdicts.set(request, outcome.pass);
      // Sizes and the verdict only: no article text, no names.
      request.log.info({ audit: { format, sourceBytes: Buffer.byteLength(source.text), targetBytes: Buffer.byteLength(target.text), pass: outcome.pass, findings: outcome.findings, ms: Math.round(outcome.ms) } }, 'audit');
      // The HTML report carries its policy in a <meta>; the header says the same to the browser first.
      if (format === 'html') reply.header('content-security-policy', reportPolicy);
      return reply.type(outcome.contentType).send(outcome.body);
    },
  );

  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/metrics', async (_request, reply) =>
    reply
      .type('text/plain; version=0.0.4; charset=utf-8')
      .send(metrics.render({ queued: context.pool.queued + context.large.queued, inFlight: context.pool.inFlight + context.large.inFlight, threads: context.pool.threads })),
  );

  const openApi = JSON.stringify(openApiDocument());
  app.get('/openapi.json', async (_request, reply) => reply.type('application/json; charset=utf-8').send(openApi));

  const page = reviewPage();
  app.get('/', async (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', page.csp)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .send(page.html),
  );
}

/** `options` through the configuration schema, so the messages are the CLI's; a 400 naming the key. */
function validOptions(options: Record<string, unknown> | undefined, cwd: string): AuditTask['options'] {
  if (!options) return {};
  try {
    const config = resolveConfig(options, { dir: cwd, label: 'options' });
    return { rules: config.rules, gate: config.gate, language: config.language };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const key = /^options: ([^:]+):/.exec(error.message)?.[1];
    throw new HttpError(400, error.message, key && key !== '(root)' ? `options.${key}` : 'options');
  }
}
