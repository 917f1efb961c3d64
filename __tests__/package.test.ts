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
