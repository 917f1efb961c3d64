import { isAbsolute, join, relative, resolve } from 'node:path';
import { InputError } from '../ingest/input-error.ts';

/** Longest report base name kept; file systems allow 255 bytes and we add an extension. */
const MAX_LENGTH = 120;
/** Names Windows reserves for devices, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * A pair name (from a manifest, a folder, a URL) made into one safe file name: path separators,
 * `..`, control characters and characters Windows forbids become `-`, leading dots and trailing
 * dots or spaces go, device names get a `_` prefix, and the result is at most 120 characters.
 * Deterministic, so the same pair always lands in the same file. Throws an InputError when
 * nothing usable remains (a name of only dots or slashes).
 */
export function safeReportName(name: string): string {
  let safe = name
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u2028\u2029]+/gu, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[.\s-]+/u, '')
    .replace(/[.\s-]+$/u, '');
  if (RESERVED.test(safe)) safe = `_${safe}`;
  safe = [...safe].slice(0, MAX_LENGTH).join('').replace(/[.\s]+$/u, '');
  if (!safe) throw new InputError(`pair name ${JSON.stringify(name)} gives no usable report file name`);
  return safe;
}

/**
 * The path of a report for a pair inside `outDir`: `<outDir>/<safe name>.<extension>`. Checks
 * again that the result stays inside `outDir`, so no name can write elsewhere.
 */
export function reportPath(outDir: string, name: string, extension: string): string {
  const path = join(outDir, `${safeReportName(name)}.${extension}`);
  const rel = relative(resolve(outDir), resolve(path));
  if (!rel || rel.startsWith('..') || isAbsolute(rel) || rel.includes('/') || rel.includes('\\')) {
    throw new InputError(`pair name ${JSON.stringify(name)} would write outside ${outDir}`);
  }
  return path;
}
