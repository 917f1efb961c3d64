/**
 * The request body of POST /v1/audit as JSON Schema (Fastify validates it with Ajv before the route runs),
 * and the OpenAPI document built around it. `options` is checked further by the configuration schema
 * (src/config/schema.ts), so its messages are the CLI's.
 */
import { CONFIG_SCHEMA } from '../config/schema.ts';
import { TOOL } from '../version.ts';

const documentPart = {
  type: 'object',
  required: ['text'],
  additionalProperties: false,
  properties: {
    text: { type: 'string', description: 'The article: plain text, Markdown or HTML (see format).' },
    name: { type: 'string', maxLength: 200, description: 'A file name for the report (default source.txt / target.txt); its extension picks the format when format is absent.' },
    format: { type: 'string', enum: ['txt', 'md', 'html'] },
  },
} as const;

const configProperties = (CONFIG_SCHEMA as { properties: Record<string, unknown> }).properties;

export const AUDIT_BODY = {
  type: 'object',
  required: ['source', 'target'],
  additionalProperties: false,
  properties: {
    source: documentPart,
    target: documentPart,
    options: {
      type: 'object',
      additionalProperties: false,
      description: 'As in faithful.config.json: rules, gate and language.',
      properties: { rules: { type: 'object' }, gate: { type: 'object' }, language: { type: 'object' } },
    },
  },
} as const;

export const REPORT_FORMATS = ['json', 'html', 'md', 'sarif', 'junit'] as const;

export const AUDIT_QUERY = {
  type: 'object',
  additionalProperties: false,
  properties: { format: { type: 'string', enum: REPORT_FORMATS } },
} as const;

const errorBody = {
  type: 'object',
  required: ['error'],
  properties: { error: { type: 'string' }, field: { type: 'string', description: 'The request field at fault, e.g. source.text.' } },
};

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'faithful serve', version: TOOL.version, description: 'Source-translation quality audit over HTTP. Every route but /healthz and / needs `Authorization: Bearer TOKEN` when the server has a token.' },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        AuditRequest: {
          ...AUDIT_BODY,
          properties: { ...AUDIT_BODY.properties, options: { ...AUDIT_BODY.properties.options, properties: { rules: configProperties.rules, gate: configProperties.gate, language: configProperties.language } } },
        },
        Error: errorBody,
      },
    },
    security: [{ bearer: [] }],
    paths: {
      '/v1/audit': {
        post: {
          summary: 'Audit a derived article against its source',
          parameters: [{ name: 'format', in: 'query', required: false, schema: AUDIT_QUERY.properties.format, description: 'Report format; default json, or html with Accept: text/html.' }],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/AuditRequest' } } } },
          responses: {
            '200': {
              description: 'The report. JSON: the same document as `faithful audit --format json`; the verdict is summary.pass.',
              content: {
                'application/json': { schema: { type: 'object', required: ['tool', 'source', 'target', 'findings', 'summary'] } },
                'text/html': { schema: { type: 'string' } },
                'text/markdown': { schema: { type: 'string' } },
                'application/sarif+json': { schema: { type: 'object' } },
                'application/xml': { schema: { type: 'string' } },
              },
            },
            '400': errorResponse('Malformed JSON, a body that does not fit the schema, or bad options; `field` names the culprit.'),
            '401': errorResponse('Missing or wrong bearer token.'),
            '413': errorResponse('A text or the whole body is over the byte limit.'),
            '415': errorResponse('Not application/json.'),
            '422': errorResponse('Text that cannot be decoded or holds no article (invalid UTF-8, NUL, lone surrogates, empty).'),
            '429': errorResponse('The audit queue is full; retry after the Retry-After header.'),
            '503': errorResponse('The audit took longer than the time limit, the server is shutting down, or it lacks what the audit needs (FreeDict for Italian → English).'),
          },
        },
      },
      '/healthz': { get: { summary: 'Liveness', security: [], responses: { '200': { description: 'Up', content: { 'application/json': { schema: { type: 'object', properties: { status: { const: 'ok' } } } } } } } } },
      '/metrics': { get: { summary: 'Prometheus metrics', responses: { '200': { description: 'Text exposition', content: { 'text/plain': { schema: { type: 'string' } } } } } } },
      '/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } } } } },
      '/': { get: { summary: 'The review page', security: [], responses: { '200': { description: 'HTML', content: { 'text/html': { schema: { type: 'string' } } } } } } },
    },
  };
}
