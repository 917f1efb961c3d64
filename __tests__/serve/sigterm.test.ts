import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, jest, test } from '@jest/globals';
import { ROOT } from '../helpers/seed.ts';
import { json, post, seedBody } from './helpers.ts';

// The real bin: `faithful serve --port 0` prints the bound address, audits, and on SIGTERM lets the
// audit in flight finish before it exits 0.
jest.setTimeout(120_000);

describe('faithful serve as a process', () => {
  const env = { ...process.env };
  delete env.FAITHFUL_TOKEN;
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'faithful.js'), 'serve', '--port', '0', '--jobs', '1'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  test('SIGTERM during an audit: the audit completes, new requests are refused, exit 0', async () => {
    const url = await new Promise<string>((resolve, reject) => {
      const look = () => {
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
        if (match) resolve(match[1]!);
      };
      child.stdout.on('data', look);
      child.on('exit', () => reject(new Error(`exited early: ${stderr}`)));
    });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const inFlight = post(`${url}/v1/audit`, seedBody());
    // Wait until the server has the audit (metrics say so), then stop it.
    for (;;) {
      const metrics = await (await fetch(`${url}/metrics`)).text();
      if (/^faithful_audits_in_flight 1$/m.test(metrics)) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGTERM');
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(typeof (await json(response)).summary.pass).toBe('boolean');
    expect(await exited).toBe(0);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    expect(stderr).toContain('faithful: SIGTERM: finishing the audits in flight, refusing new ones');
    // The structured logs name sizes and verdicts, never the article.
    const logs = stderr.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
    expect(logs.some((entry) => entry.audit && entry.audit.sourceBytes > 0)).toBe(true);
    expect(stderr).not.toContain('Italy');
  });

  test('a bad flag is one line on stderr and exit 2, without a stack trace', () => {
    for (const [flag, message] of [
      [['--port', '99999'], 'faithful: --port must be an integer from 0 to 65535, got "99999"'],
      [['--jobs', '0'], 'faithful: --jobs must be an integer of 1 or more, got "0"'],
      [['--queue', '0'], 'faithful: --queue must be an integer of 1 or more, got "0"'],
      [['--colour'], "faithful: Unknown option '--colour'"],
    ] as const) {
      const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'faithful.js'), 'serve', ...flag], { cwd: ROOT, env, encoding: 'utf8' });
      expect([run.status, run.stderr]).toEqual([2, message + '\n']);
    }
    const help = spawnSync(process.execPath, [join(ROOT, 'bin', 'faithful.js'), 'serve', '--help'], { cwd: ROOT, env, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: faithful serve \[--host 127\.0\.0\.1\] \[--port 8080\] \[--token T\] \[--jobs N\]/);
  });

  test('a server without FreeDict answers an Italian → English audit with 503 saying what to install', async () => {
    const server = spawn(process.execPath, [join(ROOT, 'bin', 'faithful.js'), 'serve', '--port', '0', '--jobs', '1', '--quiet'], {
      cwd: ROOT,
      env: { ...env, FAITHFUL_DICTD: '/nonexistent-dictd' },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const done = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (chunk) => {
          out += chunk;
          const match = /listening on (\S+)/.exec(out);
          if (match) resolve(match[1]!);
        });
        server.on('exit', () => reject(new Error('exited early')));
      });
      const response = await post(`${address}/v1/audit`, {
        source: { text: 'Il ministro ha detto lunedì che 200 agenti saranno addestrati.' },
        target: { text: 'The minister said on Monday that 300 officers will be trained.' },
        options: { language: { source: 'it', target: 'en' } },
      });
      expect(response.status).toBe(503);
      expect((await json(response)).error).toMatch(/^this server cannot run the audit: the bilingual audit \(Italian → English\) needs FreeDict: apt-get install dict-freedict-ita-eng/);
      server.kill('SIGTERM');
      expect(await done).toBe(0);
    } finally {
      if (server.exitCode === null) server.kill('SIGKILL');
    }
  });
});
