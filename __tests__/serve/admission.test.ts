import { afterAll, describe, expect, jest, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultThreads } from '../../src/serve/pool.ts';
import { wordSalad } from '../helpers/salad.ts';
import { ROOT } from '../helpers/seed.ts';
import { json, post, seedBody, startServer } from './helpers.ts';

// Issue 19, item 7: the edges of the service: content types, admission by size, more than one worker.
jest.setTimeout(300_000);

const servers: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(servers.map((close) => close()));
});

describe('faithful serve: content types and limits', () => {
  test('a text/plain body is 415, as docs/serve.md says; -1 in the options is no limit, as on the command line', async () => {
    const { url, close } = await startServer({ threads: 1 });
    servers.push(close);
    const plain = await fetch(`${url}/v1/audit`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'The minister said yes.' });
    expect(plain.status).toBe(415);
    expect(await json(plain)).toEqual({ error: 'expected Content-Type: application/json' });
    const relaxed = await post(`${url}/v1/audit`, { ...seedBody(), options: { gate: { maxScore: -1, maxFindings: -1, maxUnsupportedShare: -1, failOn: 'none' } } });
    expect(relaxed.status).toBe(200);
    expect((await json(relaxed)).summary.pass).toBe(true);
  });

  test('a text over the configured cap is 413 naming the field', async () => {
    const { url, close } = await startServer({ threads: 1, maxBytes: 2048 });
    servers.push(close);
    const response = await post(`${url}/v1/audit`, seedBody());
    expect(response.status).toBe(413);
    expect((await json(response)).field).toBe('source.text');
  });

  test('more than one worker by default where there are two CPUs or more', () => {
    expect([defaultThreads(1), defaultThreads(2), defaultThreads(4), defaultThreads(8)]).toEqual([1, 2, 3, 7]);
  });
});

describe('faithful serve: admission by size', () => {
  test('a small audit answers while a 9 MB one runs: the large lane keeps them apart, even with one small-lane thread', async () => {
    const { url, close } = await startServer({ threads: 1 }); // one small-lane thread: the lane alone keeps them apart
    servers.push(close);
    const article = readFileSync(join(ROOT, 'corpus', 'generated-biographies-1', 'source.txt'), 'utf8');
    const huge = { source: { text: article }, target: { text: `${article.trimEnd()}\n\n${wordSalad(9_000_000)}` } };
    let hugeDone = false;
    const hugeResponse = post(`${url}/v1/audit`, huge).then((r) => ((hugeDone = true), r));
    // Give the large audit a moment to reach its thread, then ask for a small one.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const small = await post(`${url}/v1/audit`, seedBody());
    expect(small.status).toBe(200);
    expect((await json(small)).summary.pass).toBe(false);
    expect(hugeDone).toBe(false);
    const big = await hugeResponse;
    expect(big.status).toBe(200);
    const report = await json(big);
    expect(report.summary.pass).toBe(false);
    expect(report.summary.reasons).toEqual([expect.stringMatching(/of the target has no source/u)]);
  });
});
