import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { audit } from '../../src/audit.ts';
import { convertFalseFriends, convertTorturedPhrases } from '../../src/data/convert.ts';
import { DEFAULT_DATA_DIR } from '../../src/data/data-dir.ts';
import { installData, upstreamUrl } from '../../src/data/install.ts';
import { DATA_LISTS } from '../../src/data/lists.ts';
import { ROOT } from '../helpers/seed.ts';

/** Runs the real bin (as a user does) and collects its output. */
function faithful(argv: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'faithful.js'), ...argv], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** A loopback port nothing listens on: connection refused at once, no DNS, no waiting. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  await new Promise((closed) => server.close(closed));
  return port;
}

describe('faithful data install where only package registries are reachable', () => {
  test('one line on stderr, exit 2, nothing written', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'faithful-install-')), 'data');
    const port = await closedPort();
    const { code, stdout, stderr } = await faithful(['data', 'install', '--dir', dir], { FAITHFUL_DATA_URL: `http://127.0.0.1:${port}` });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^faithful: data install: cannot reach 127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\); [^\\n]*\\n$`, 'u'));
    expect(existsSync(dir)).toBe(false);
  }, 30_000);

  test('an unknown data command is a usage error (exit 2, one line)', async () => {
    const { code, stderr } = await faithful(['data', 'fetch'], {});
    expect(code).toBe(2);
    expect(stderr).toBe('faithful: unknown data command "fetch" (expected "data install")\n');
  }, 30_000);
});

describe('the converters', () => {
  test('tortured.csv: the first quoted phrase of the query, counts without thousands separators, quotes kept', () => {
    const csv = [
      'tortured_phrase,expected_phrase,num_papers',
      '"""surface region"" AND ""surface area""",surface area,"42,682"',
      '"""data and innovation""","\\""information technology (IT)\\""","1,835"',
      '"""expert bunche""",Expert group,0',
    ].join('\n');
    expect(convertTorturedPhrases(csv)).toBe(
      'tortured_phrase\texpected_phrase\tnum_papers\tpps_query\n' +
        'surface region\tsurface area\t42682\t"surface region" AND "surface area"\n' +
        'data and innovation\t\\"information technology (IT)\\"\t1835\t"data and innovation"\n' +
        'expert bunche\tExpert group\t0\t"expert bunche"\n',
    );
  });

  test('false-friends.xml: Italian–English rules only, flags in braces, commented-out translations ignored', () => {
    const xml = `<rules>
      <rulegroup id="ACCORD"><rule><pattern lang="en"><token inflected="yes" postag="NN.*" postag_regexp="yes">accord</token></pattern>
        <translation lang="it">intesa</translation><translation lang="pl">zgoda</translation></rule>
        <rule><pattern lang="pl"><token>akord</token></pattern><translation lang="en">chord</translation></rule></rulegroup>
      <rulegroup id="ACTUAL"><rule><pattern lang="en"><token regexp="yes">actual|actually</token></pattern>
        <!--<translation lang="it">attuale</translation>--><translation lang="it">vero</translation><translation lang="it">reale</translation></rule>
        <rule default="off"><pattern lang="it"><token inflected="yes">attuale</token></pattern><translation lang="en">current</translation></rule></rulegroup>
    </rules>`;
    expect(convertFalseFriends(xml)).toBe(
      'rulegroup_id\tdirection\tpattern_tokens\ttranslations\trule_default\n' +
        'ACCORD\ten->it\taccord{infl,pos=NN.*}\tintesa\t\n' +
        'ACTUAL\ten->it\tactual|actually{re}\tvero | reale\t\n' +
        'ACTUAL\tit->en\tattuale{infl}\tcurrent\toff\n',
    );
  });
});

/**
 * A stand-in for the upstream repositories on a loopback server: raw files rebuilt from the team's
 * verified copies, so that the whole install (download, convert, sha256, write) runs without network.
 */
const shared = existsSync(join(DEFAULT_DATA_DIR, 'tortured-phrases', 'pairs.tsv')) && existsSync(join(DEFAULT_DATA_DIR, 'false-friends-it-en', 'false-friends-it-en.tsv'));
(shared ? describe : describe.skip)('faithful data install against a mirror (needs ../shared/data)', () => {
  let server: Server;
  let base: string;
  const files = new Map<string, string>();
  beforeAll(async () => {
    server = createServer((request, response) => {
      const body = files.get(request.url ?? '');
      response.writeHead(body === undefined ? 404 : 200).end(body);
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const [tortured, falseFriends] = DATA_LISTS;
    files.set(new URL(upstreamUrl(tortured!, base)).pathname, torturedCsv(readFileSync(join(DEFAULT_DATA_DIR, 'tortured-phrases', 'pairs.tsv'), 'utf8')));
    files.set(new URL(upstreamUrl(falseFriends!, base)).pathname, falseFriendsXml(readFileSync(join(DEFAULT_DATA_DIR, 'false-friends-it-en', 'false-friends-it-en.tsv'), 'utf8')));
  });
  afterAll(() => new Promise((closed) => server.close(closed)));

  test('downloads, converts, checks the sha256 and writes the lists; the rules then run from there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faithful-installed-'));
    const lines: string[] = [];
    const installed = await installData(dir, { baseUrl: base, log: (l) => lines.push(l) });
    expect(installed.map((l) => l.name)).toEqual(['tortured-phrases', 'false-friends-it-en']);
    expect(lines).toEqual([expect.stringMatching(/^tortured-phrases: downloaded .*sha256 checked$/u), expect.stringMatching(/^false-friends-it-en: downloaded .*sha256 checked$/u)]);
    expect(readdirSync(join(dir, 'tortured-phrases')).sort()).toEqual(['SOURCE.md', 'pairs.tsv']);
    const saved = process.env.FAITHFUL_DATA;
    process.env.FAITHFUL_DATA = dir;
    try {
      const result = audit({ path: 's.txt', text: 'The company said artificial intelligence would help.' }, { path: 't.txt', text: 'The company said counterfeit consciousness would help.' });
      expect(result.summary.inactive).toEqual([]);
      expect(result.findings.filter((f) => f.rule === 'tortured-phrase').map((f) => f.suggestion)).toEqual(['artificial intelligence']);
    } finally {
      if (saved === undefined) delete process.env.FAITHFUL_DATA;
      else process.env.FAITHFUL_DATA = saved;
    }
  });

  test('a file that does not convert to the pinned sha256 is refused and nothing is written', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'faithful-installed-')), 'data');
    const path = new URL(upstreamUrl(DATA_LISTS[0]!, base)).pathname;
    const good = files.get(path)!;
    files.set(path, good.replace('surface area', 'surface areas'));
    try {
      await expect(installData(dir, { baseUrl: base })).rejects.toThrow(/^data install: tortured-phrases from .* converts to sha256 [0-9a-f]{12}…, expected 7d71929a5f2c…; nothing written$/u);
      expect(existsSync(dir)).toBe(false);
    } finally {
      files.set(path, good);
    }
  });
});

/** tortured.csv as upstream writes it, rebuilt from pairs.tsv. */
function torturedCsv(tsv: string): string {
  const quote = (s: string) => (/[",\n]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const rows = tsv.trimEnd().split('\n').slice(1).map((line) => {
    const [, expected, papers, query] = line.split('\t');
    return [quote(query!), quote(expected!), quote(Number(papers).toLocaleString('en-US'))].join(',');
  });
  return ['tortured_phrase,expected_phrase,num_papers', ...rows].join('\n') + '\n';
}

/** false-friends.xml as LanguageTool writes it, rebuilt from the TSV (other languages left out). */
function falseFriendsXml(tsv: string): string {
  const escape = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rules>'];
  let group: string | undefined;
  for (const line of tsv.trimEnd().split('\n').slice(1)) {
    const [id, direction, tokens, translations, off] = line.split('\t');
    if (id !== group) {
      if (group !== undefined) out.push('  </rulegroup>');
      out.push(`  <rulegroup id="${escape(id!)}">`);
      group = id;
    }
    const [lang, other] = direction!.split('->');
    const token = tokens!.split(' ').map((t) => {
      const [, negate, word, flags = ''] = /^(!?)(.*?)(?:\{(.*)\})?$/u.exec(t)!;
      const attrs = flags.split(',').filter(Boolean).map((f) => (f === 'infl' ? ' inflected="yes"' : f === 're' ? ' regexp="yes"' : f.startsWith('pos=') ? ` postag="${escape(f.slice(4))}" postag_regexp="yes"` : ` skip="${f.slice(5)}"`));
      return `<token${negate ? ' negate="yes"' : ''}${attrs.join('')}>${escape(word!)}</token>`;
    });
    out.push(`    <rule${off ? ` default="${off}"` : ''}>`, `      <pattern lang="${lang}">${token.join('')}</pattern>`);
    for (const t of translations!.split(' | ')) out.push(`      <translation lang="${other}">${escape(t)}</translation>`);
    out.push('      <translation lang="de">ignored</translation>', '    </rule>');
  }
  out.push('  </rulegroup>', '</rules>');
  return out.join('\n') + '\n';
}
