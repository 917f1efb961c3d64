import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_SOURCE, SEED_TARGET } from '../helpers/seed.ts';
import { run, tempDir } from './helpers.ts';
import { audit } from '../../src/index.ts';

const CONFIG = JSON.stringify({ gate: { failOn: 'none', maxScore: 1000, maxUnsupportedShare: -1 } }, null, 2) + '\n';
const SHA = createHash('sha256').update(CONFIG).digest('hex');

/** A folder with a configuration that lets the seed's failing translation pass, and the pair inside it. */
function project() {
  return tempDir({ 'faithful.config.json': CONFIG, 'pair/source.txt': readFileSync(SEED_SOURCE, 'utf8'), 'pair/target.txt': readFileSync(SEED_TARGET, 'utf8') });
}
const PAIR = ['audit', '--source', 'pair/source.txt', '--target', 'pair/target.txt'];

describe('every report names the configuration it used', () => {
  test('JSON: a top-level "config" with path and sha256 when one was found, null with --no-config', () => {
    const dir = project();
    const found = run([...PAIR, '--format', 'json'], dir);
    expect(found.code).toBe(0); // the configuration turned FAIL into PASS ...
    expect(JSON.parse(found.stdout).config).toEqual({ path: 'faithful.config.json', sha256: SHA }); // ... and says so
    const none = run([...PAIR, '--format', 'json', '--no-config'], dir);
    expect(none.code).toBe(1);
    const json = JSON.parse(none.stdout);
    expect(json).toHaveProperty('config', null);
    expect(json.summary).toBeDefined(); // the rest of the contract is unchanged
  });

  test('a configuration in a folder above is named by its full path', () => {
    const dir = project();
    const { stdout } = run(['audit', '--source', 'source.txt', '--target', 'target.txt', '--format', 'json'], join(dir, 'pair'));
    expect(JSON.parse(stdout).config).toEqual({ path: join(dir, 'faithful.config.json'), sha256: SHA });
  });

  test('text, Markdown, HTML, SARIF and JUnit say the same', () => {
    const dir = project();
    const out = (format: string, extra: string[] = []) => run([...PAIR, '--format', format, ...extra], dir).stdout;
    const short = `configuration faithful.config.json (sha256 ${SHA.slice(0, 12)})`;
    expect(out('text')).toContain(`  ${short}\n`);
    expect(out('text', ['--no-config'])).toContain('  no configuration file (built-in defaults)\n');
    expect(out('md')).toMatch(new RegExp(`<sub>faithful [^<]* · ${short.replace(/[.()]/g, '\\$&')}</sub>\n$`));
    const html = out('html');
    expect(html).toContain(`<div data-config="${SHA}"><dt>Configuration</dt><dd><span class="doc-name">faithful.config.json</span>`);
    expect(out('html', ['--no-config'])).toContain('<div data-config="none"><dt>Configuration</dt><dd>none (built-in defaults)</dd>');
    expect(JSON.parse(out('sarif')).runs[0].properties.config).toEqual({ path: 'faithful.config.json', sha256: SHA });
    expect(JSON.parse(out('sarif', ['--no-config'])).runs[0].properties.config).toBeNull();
    const junit = out('junit');
    expect(junit).toContain(`<property name="faithful.config" value="faithful.config.json"/>`);
    expect(junit).toContain(`<property name="faithful.config.sha256" value="${SHA}"/>`);
    expect(out('junit', ['--no-config'])).toContain('<property name="faithful.config" value="none"/>');
  });

  test('a batch names it in each pair report, index.html and summary.md', () => {
    const dir = project();
    const { code } = run(['audit', 'pair', '--out', 'reports', '--jobs', '1'], dir);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'reports', 'pair.json'), 'utf8')).config).toEqual({ path: 'faithful.config.json', sha256: SHA });
    expect(readFileSync(join(dir, 'reports', 'index.html'), 'utf8')).toContain(`<p data-config="${SHA}">Audited with configuration faithful.config.json (sha256 ${SHA.slice(0, 12)}).</p>`);
    expect(readFileSync(join(dir, 'reports', 'summary.md'), 'utf8')).toContain(`Audited with configuration faithful.config.json (sha256 ${SHA.slice(0, 12)}).`);
  });

  test('the API names a configuration file it was given, and says null otherwise', () => {
    const dir = project();
    expect(audit('Rome said yes.', 'Rome said yes.', { config: 'faithful.config.json', cwd: dir }).config).toEqual({ path: 'faithful.config.json', sha256: SHA });
    expect(audit('Rome said yes.', 'Rome said yes.', { config: { gate: { maxScore: 5 } } }).config).toBeNull();
    expect(audit('Rome said yes.', 'Rome said yes.').config).toBeNull();
  });
});
