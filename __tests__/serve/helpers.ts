import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createApp, type ServeOptions } from '../../src/serve/app.ts';
import { SEED_SOURCE, SEED_TARGET } from '../helpers/seed.ts';

/** The server on a loopback port chosen by the system; `close` stops it and its worker threads. */
export async function startServer(options: ServeOptions = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const { app } = createApp(options);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

export function seedBody(): { source: { text: string }; target: { text: string } } {
  return { source: { text: readFileSync(SEED_SOURCE, 'utf8') }, target: { text: readFileSync(SEED_TARGET, 'utf8') } };
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
  });
}

/** A response body as JSON, loosely typed for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function json(response: Response): Promise<any> {
  return response.json();
}
