import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { Ajv } from 'ajv';
import { runCli } from '../../src/cli/main.ts';
import { ROOT, SEED_SOURCE, SEED_TARGET } from '../helpers/seed.ts';
import { json, post, seedBody, startServer } from './helpers.ts';

// The real server (Fastify, worker threads) on a loopback port, driven over HTTP with a token.
jest.setTimeout(180_000);
const TOKEN = 'test-token-0123';
const auth = { authorization: `Bearer ${TOKEN}` };

describe('faithful serve: POST /v1/audit and the other routes', () => {
  let url: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ url, close } = await startServer({ token: TOKEN, threads: 2 }));
  });
  afterAll(async () => {
    await close?.();
  });

  test('the seed pair gives the same findings and verdict as `faithful audit --format json`', async () => {
    let stdout = '';
    const code = runCli(['audit', '--source', SEED_SOURCE, '--target', SEED_TARGET, '--format', 'json', '--no-config'], { stdout: (t) => (stdout += t), stderr: () => {}, isTty: false, cwd: ROOT });
    const cli = JSON.parse(stdout);
    const response = await post(`${url}/v1/audit`, seedBody(), auth);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const served = await json(response);
    expect(served.findings.length).toBeGreaterThan(0);
    expect(served.findings).toEqual(cli.findings);
    expect(served.summary).toEqual(cli.summary);
    expect(served.alignments).toEqual(cli.alignments);
    expect(served.config).toBeNull();
    expect(code).toBe(served.summary.pass ? 0 : 1);
  });

  test('Accept: text/html gives the HTML report; ?format= gives SARIF, Markdown and JUnit', async () => {
    const html = await post(`${url}/v1/audit`, seedBody(), { ...auth, accept: 'text/html' });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-/);
    const page = await html.text();
    expect(page).toMatch(/<title>(PASS|FAIL) · target.txt · faithful review<\/title>/);
    expect(page).toMatch(/http-equiv="Content-Security-Policy" content="default-src (&#x27;|')none/);
    const sarif = await post(`${url}/v1/audit?format=sarif`, seedBody(), auth);
    expect(sarif.headers.get('content-type')).toMatch(/^application\/sarif\+json/);
    expect((await json(sarif)).version).toBe('2.1.0');
    const md = await post(`${url}/v1/audit?format=md`, seedBody(), auth);
    expect(await md.text()).toMatch(/^#/m);
    const junit = await post(`${url}/v1/audit?format=junit`, seedBody(), auth);
    expect(await junit.text()).toContain('<testsuite');
    const bad = await post(`${url}/v1/audit?format=pdf`, seedBody(), auth);
    expect(bad.status).toBe(400);
    expect(await json(bad)).toMatchObject({ field: 'query.format' });
  });

  test('HTML and Markdown inputs are read as such (format or the name\'s extension)', async () => {
    const body = { source: { text: '<p>The minister said on <b>Monday</b> that 200 officers would train.</p>', format: 'html' }, target: { text: '# News\n\nThe minister said on Monday that 300 officers would train.', name: 'story.md' } };
    const response = await post(`${url}/v1/audit`, body, auth);
    expect(response.status).toBe(200);
    const result = await json(response);
    expect(result.source.text).not.toContain('<p>');
    expect(result.target.path).toBe('story.md');
    expect(result.findings.some((f: { target?: { text: string } }) => f.target?.text.includes('300'))).toBe(true);
  });

  test('401 without the token or with a wrong one; /healthz and the review page need none', async () => {
    const none = await post(`${url}/v1/audit`, seedBody());
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect(await json(none)).toEqual({ error: 'missing Authorization: Bearer token' });
    const wrong = await post(`${url}/v1/audit`, seedBody(), { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    expect((await fetch(`${url}/metrics`)).status).toBe(401);
    expect((await fetch(`${url}/openapi.json`)).status).toBe(401);
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await json(health)).toEqual({ status: 'ok' });
    expect((await fetch(`${url}/`)).status).toBe(200);
  });

  test('400 names the field: malformed JSON, a missing or unknown key, a wrong type, bad options', async () => {
    const cases: [unknown, string, RegExp][] = [
      ['{"source": {"text": "a"', 'body', /malformed JSON/],
      [{ source: { text: 'a' } }, 'target', /target: is required/],
      [{ source: { text: 'a' }, target: { text: 'b', colour: 'red' } }, 'target.colour', /unknown key/],
      [{ source: { text: 7 }, target: { text: 'b' } }, 'source.text', /must be string/],
      [{ source: { text: 'a', format: 'pdf' }, target: { text: 'b' } }, 'source.format', /must be one of "txt", "md", "html"/],
      [{ ...seedBody(), options: { gate: { maxScore: 'high' } } }, 'options.gate.maxScore', /^options: gate\.maxScore: must be number \(or -1 for no limit\)$/],
      [{ ...seedBody(), options: { rules: { 'no-such-rule': 'off' } } }, 'options.rules.no-such-rule', /unknown rule/],
      [{ ...seedBody(), options: { plugins: ['/tmp/evil.js'] } }, 'options.plugins', /unknown key/],
    ];
    for (const [body, field, message] of cases) {
      const response = await post(`${url}/v1/audit`, body, auth);
      expect([response.status, field]).toEqual([400, field]);
      const error = await json(response);
      expect(error.field).toBe(field);
      expect(error.error).toMatch(message);
    }
  });

  test('413 for a text over the CLI\'s 10 MB default, naming the field', async () => {
    const response = await post(`${url}/v1/audit`, { source: { text: 'a' }, target: { text: 'b'.repeat(10 * 1024 * 1024 + 1) } }, auth);
    expect(response.status).toBe(413);
    expect(await json(response)).toEqual({ error: 'target.text: text is 10485761 bytes, over the 10485760-byte limit (--max-bytes)', field: 'target.text' });
  });

  test('422 for undecodable text: bytes that are not UTF-8, a NUL, an unpaired surrogate, no article', async () => {
    const invalid = Buffer.concat([Buffer.from('{"source":{"text":"caf'), Buffer.from([0xe9]), Buffer.from('"},"target":{"text":"b"}}')]);
    const bytes = await post(`${url}/v1/audit`, invalid, auth);
    expect(bytes.status).toBe(422);
    expect(await json(bytes)).toEqual({ error: 'body: not valid UTF-8', field: 'body' });
    const nul = await post(`${url}/v1/audit`, '{"source":{"text":"a\\u0000b"},"target":{"text":"b"}}', auth);
    expect(nul.status).toBe(422);
    expect((await json(nul)).field).toBe('source.text');
    const surrogate = await post(`${url}/v1/audit`, '{"source":{"text":"a"},"target":{"text":"x\\ud800y"}}', auth);
    expect(surrogate.status).toBe(422);
    expect((await json(surrogate)).field).toBe('target.text');
    const empty = await post(`${url}/v1/audit`, { source: { text: '<p> </p>', format: 'html' }, target: { text: 'b' } }, auth);
    expect(empty.status).toBe(422);
    expect(await json(empty)).toEqual({ error: 'source.text: no article text found', field: 'source.text' });
  });

  test('/openapi.json describes the API: real requests and answers validate against it', async () => {
    const response = await fetch(`${url}/openapi.json`, { headers: auth });
    expect(response.status).toBe(200);
    const doc = await json(response);
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/audit', '/healthz', '/metrics', '/openapi.json']));
    const ajv = new Ajv({ strict: false });
    const request = ajv.compile(doc.components.schemas.AuditRequest);
    const error = ajv.compile(doc.components.schemas.Error);
    const ok = ajv.compile(doc.paths['/v1/audit'].post.responses['200'].content['application/json'].schema);
    expect(request(seedBody())).toBe(true);
    expect(request({ ...seedBody(), options: { gate: { maxScore: 'high' } } })).toBe(false);
    expect(request({ source: { text: 'a' } })).toBe(false);
    expect(ok(await json(await post(`${url}/v1/audit`, seedBody(), auth)))).toBe(true);
    const refused = await post(`${url}/v1/audit`, { source: { text: 'a' } }, auth);
    expect(error(await json(refused))).toBe(true);
    for (const status of ['400', '401', '413', '422', '429']) expect(doc.paths['/v1/audit'].post.responses[status]).toBeDefined();
  });

  test('/metrics counts audits by status and verdict, with a latency histogram and the queue depth', async () => {
    const before = await (await fetch(`${url}/metrics`, { headers: auth })).text();
    const count = (text: string, name: string) => Number(new RegExp(`^${name.replace(/[{}"+]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
    const audit = await post(`${url}/v1/audit`, seedBody(), auth);
    const verdict = (await json(audit)).summary.pass ? 'pass' : 'fail';
    await post(`${url}/v1/audit`, { source: { text: 'a' } }, auth);
    const response = await fetch(`${url}/metrics`, { headers: auth });
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const after = await response.text();
    expect(count(after, 'faithful_audits_total') - count(before, 'faithful_audits_total')).toBe(1);
    expect(count(after, `faithful_verdicts_total{verdict="${verdict}"}`) - count(before, `faithful_verdicts_total{verdict="${verdict}"}`)).toBe(1);
    expect(count(after, 'faithful_audit_requests_total{status="400"}') - count(before, 'faithful_audit_requests_total{status="400"}')).toBe(1);
    expect(count(after, 'faithful_audit_duration_seconds_count')).toBe(count(after, 'faithful_audits_total'));
    expect(count(after, 'faithful_audit_duration_seconds_bucket{le="+Inf"}')).toBe(count(after, 'faithful_audits_total'));
    expect(after).toMatch(/^faithful_queue_depth 0$/m);
    expect(after).toMatch(/^faithful_worker_threads 2$/m);
  });
});

describe('faithful serve: a configured byte limit', () => {
  let url: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ url, close } = await startServer({ threads: 1, maxBytes: 1000 }));
  });
  afterAll(async () => {
    await close?.();
  });

  test('413 for a text over --max-bytes, and for a whole body over twice it plus 1 MB', async () => {
    const text = await post(`${url}/v1/audit`, { source: { text: 'a'.repeat(1001) }, target: { text: 'b' } });
    expect(text.status).toBe(413);
    expect(await json(text)).toEqual({ error: 'source.text: text is 1001 bytes, over the 1000-byte limit (--max-bytes)', field: 'source.text' });
    const body = await post(`${url}/v1/audit`, { source: { text: 'a' }, target: { text: 'b' }, padding: 'x'.repeat(2 * 1000 + 1024 * 1024) });
    expect(body.status).toBe(413);
    expect(await json(body)).toEqual({ error: `body: over the ${2 * 1000 + 1024 * 1024}-byte limit of a request`, field: 'body' });
  });
});
