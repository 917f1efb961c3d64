import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Reports name the tool by its command, `faithful`; the npm package is `faithful-audit`, because the
 * name `faithful` on the registry belongs to an unrelated package.
 */
export const TOOL = { name: 'faithful', version: pkg.version };
