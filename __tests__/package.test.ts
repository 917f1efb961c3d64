import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers/seed.ts';

/**
 * The npm name `faithful` belongs to an unrelated package (issue 13, item 5): `npx faithful` in a site
 * without this tool would run a stranger's code. The package has its own name; the command stays `faithful`.
 */
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; bin: Record<string, string> };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { name: string; packages: Record<string, { name?: string }> };

describe('package name and command', () => {
  test('the package is not named "faithful"; the lockfile agrees', () => {
    expect(pkg.name).not.toBe('faithful');
    expect(pkg.name).toMatch(/^[a-z0-9][a-z0-9._-]*$/u);
    expect(lock.name).toBe(pkg.name);
    expect(lock.packages['']?.name).toBe(pkg.name);
  });

  test('the command is still "faithful", and it runs', () => {
    expect(Object.keys(pkg.bin)).toEqual(['faithful']);
    expect(existsSync(join(ROOT, pkg.bin.faithful!))).toBe(true);
    const run = spawnSync(process.execPath, [join(ROOT, pkg.bin.faithful!), '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^faithful \d+\.\d+\.\d+\n$/u);
  });

  test('the README shows installing the package before any npx example, and never "npx faithful" for another name', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const install = readme.indexOf(`npm install --save-dev ${pkg.name}`);
    expect(install).toBeGreaterThanOrEqual(0);
    const firstNpx = readme.search(/\bnpx faithful\b/u);
    if (firstNpx >= 0) expect(install).toBeLessThan(firstNpx);
    expect(readme).not.toMatch(/npm (?:install|i)\b[^\n`]*\bfaithful(?![-\w])/u);
  });
});

describe('what the package ships', () => {
  test('the tarball holds what runs (bin, lib/, lexicons, models), and no tests, CI, bench, evaluation, scripts, sources or corpus pairs', () => {
    // --ignore-scripts: the list only (prepack, which compiles lib/, is what .ci/run exercises); `files` names lib/ as a folder.
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    expect(pack.status).toBe(0);
    const paths = (JSON.parse(pack.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(paths).toContain('bin/faithful.js');
    expect(paths).toContain('package.json');
    expect(paths).toContain('corpus/models/spun-swap.json');
    expect(paths.some((p) => p.startsWith('corpus/lexicons/') && p.endsWith('.tsv'))).toBe(true);
    const unexpected = paths.filter((p) => !/^(?:bin\/(?:faithful|cli-bundle)\.js|lib\/.*|corpus\/(?:lexicons|models)\/.*|package\.json|README\.md|LICENSE)$/u.test(p));
    expect(unexpected).toEqual([]);
  });

  test('exports name types and import in lib/ (and the sources under the "source" condition, for a checkout)', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown>; scripts: Record<string, string> };
    expect(manifest.exports).toEqual({ '.': { types: './lib/index.d.ts', source: './src/index.ts', import: './lib/index.js' } });
    // No install scripts: nothing runs on the user's machine at npm install.
    expect(Object.keys(manifest.scripts).filter((s) => /^(?:pre|post)?install$/u.test(s))).toEqual([]);
  });
});
