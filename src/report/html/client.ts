import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

let cached: { code: string; hash: string } | undefined;

/**
 * The report's script (browser.js beside this file), read once, and its CSP hash
 * (`'sha256-…'`), so the page allows exactly this script and nothing else.
 */
export function clientScript(): { code: string; hash: string } {
  if (!cached) {
    const code = readFileSync(new URL('./browser.js', import.meta.url), 'utf8');
    if (/<\/script|<!--/i.test(code)) throw new Error('browser.js must not contain "</script" or "<!--"');
    cached = { code, hash: `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'` };
  }
  return cached;
}
