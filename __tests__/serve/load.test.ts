import { afterAll, describe, expect, jest, test } from '@jest/globals';
import { json, post, seedBody, startServer } from './helpers.ts';

// Load and limits on real requests: a mixed concurrent load, the full queue (429) and the time limit.
jest.setTimeout(300_000);

const servers: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(servers.map((close) => close()));
});

/** The seed pair repeated until each side holds at least `bytes` bytes. */
function bigPair(bytes: number) {
  const seed = seedBody();
  const times = Math.ceil(bytes / Buffer.byteLength(seed.target.text));
  const repeat = (text: string) => Array.from({ length: times }, () => text).join('\n\n');
  return { source: { text: repeat(seed.source.text) }, target: { text: repeat(seed.target.text) } };
}

describe('faithful serve under load', () => {
  test('concurrent small and 1 MB articles all get their reports, and /healthz answers while the big one runs', async () => {
    const { url, close } = await startServer({ threads: 2 });
    servers.push(close);
    const big = bigPair(1024 * 1024);
    expect(Buffer.byteLength(big.target.text)).toBeGreaterThanOrEqual(1024 * 1024);
    let bigDone = false;
    const bigResponse = post(`${url}/v1/audit`, big).then((r) => ((bigDone = true), r));
    const small = Array.from({ length: 6 }, () => post(`${url}/v1/audit`, seedBody()));
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    // The event loop was free while the 1 MB audit ran in a worker thread.
    expect(bigDone).toBe(false);
    const smallResults = await Promise.all(small.map(async (r) => [(await r).status, await json(await r)] as const));
    for (const [status] of smallResults) expect(status).toBe(200);
    const first = smallResults[0]![1];
    for (const [, result] of smallResults) expect(result.findings).toEqual(first.findings);
    const bigResult = await bigResponse;
    expect(bigResult.status).toBe(200);
    const report = await json(bigResult);
    expect(report.target.text.length).toBe(big.target.text.length);
    expect(report.findings.length).toBeGreaterThan(first.findings.length);
  });

  test('429 with Retry-After when the queue is full; the accepted audits still finish', async () => {
    const { url, close } = await startServer({ threads: 1, queue: 1 });
    servers.push(close);
    const responses = await Promise.all(Array.from({ length: 5 }, () => post(`${url}/v1/audit`, seedBody())));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    const refused = responses.find((r) => r.status === 429)!;
    expect(refused.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    expect((await json(refused)).error).toMatch(/^the audit queue is full \(1 waiting\); retry after \d+ s$/);
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/^faithful_audit_requests_total\{status="429"\} [1-9]/m);
  });

  test('an audit over the time limit is stopped with 503, and the server keeps serving', async () => {
    const { url, close } = await startServer({ threads: 1, timeoutMs: 1 });
    servers.push(close);
    const response = await post(`${url}/v1/audit`, bigPair(200 * 1024));
    expect(response.status).toBe(503);
    expect(await json(response)).toEqual({ error: 'the audit took longer than the 1 ms limit' });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});
