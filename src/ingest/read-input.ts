import { readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { InputError } from './input-error.ts';
import { extractText, type InputFormat } from './extract-text.ts';
import type { DocumentInput } from '../types.ts';

export interface ReadOptions {
  /** Largest accepted file in bytes. Default 10 MB. */
  maxBytes?: number;
  /** `utf-8` (default, strict), `windows-1252` or `latin1` for legacy text. */
  encoding?: string;
}

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** Legacy single-byte encodings, all decoded as Windows-1252 (a superset of Latin-1's printable range). */
const LEGACY_ENCODINGS = new Set(['windows-1252', 'cp1252', 'latin1', 'iso-8859-1']);

export function formatOf(path: string): InputFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  return 'text';
}

/** Reads one article file, refusing anything that is not a readable, non-empty text file. */
export function readInput(path: string, options: ReadOptions = {}): DocumentInput {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`${path}: is a directory, expected a file`);
    if (!stat.isFile()) throw new InputError(`${path}: is not a regular file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EACCES') throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot read (${code ?? 'unknown error'})`);
  }
  if (size > maxBytes) throw new InputError(`${path}: file is ${size} bytes, over the ${maxBytes}-byte limit (--max-bytes)`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  // The file may have grown since it was measured (a log being written, a FIFO replaced): measure again.
  if (bytes.length > maxBytes) throw new InputError(`${path}: file is ${bytes.length} bytes, over the ${maxBytes}-byte limit (--max-bytes)`);
  const raw = decode(path, bytes, options.encoding);
  if (raw.trim() === '') throw new InputError(`${path}: file is empty`);
  let text: string;
  try {
    text = extractText(raw, formatOf(path));
  } catch (error) {
    // The HTML and Markdown parsers recurse per nesting level: thousands of nested elements overflow the stack.
    if (error instanceof RangeError) throw new InputError(`${path}: markup nested too deeply to extract the text`);
    throw error;
  }
  if (text.trim() === '') throw new InputError(`${path}: no article text found`);
  return { path, text };
}

export function decode(path: string, bytes: Buffer, encoding = 'utf-8'): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(`${path}: UTF-16 text is not supported, save it as UTF-8`);
  }
  if (bytes.includes(0)) throw new InputError(`${path}: binary content (NUL bytes), expected text`);
  const enc = encoding.toLowerCase();
  let text: string;
  if (enc === 'utf-8' || enc === 'utf8') {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new InputError(`${path}: not valid UTF-8 (use --encoding windows-1252 or latin1 for legacy text)`);
    }
  } else if (LEGACY_ENCODINGS.has(enc)) {
    text = decodeWindows1252(bytes);
  } else {
    throw new InputError(`unknown encoding "${encoding}" (expected utf-8, windows-1252 or latin1)`);
  }
  // The contract says offsets point into the file content with the BOM removed.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Whether two paths name the same file: equal once resolved, equal real paths (symlinks,
 * `..`, case-insensitive file systems), or the same device and inode (hard links).
 */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    if (realpathSync.native(a) === realpathSync.native(b)) return true;
    const [x, y] = [statSync(a), statSync(b)];
    return x.ino !== 0 && x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false; // one of them does not exist (yet): not the same file
  }
}

/**
 * Bytes 0x80–0x9F in Windows-1252 (the WHATWG mapping, which the web also uses for the labels
 * `latin1` and `iso-8859-1`): curly quotes, dashes, the euro sign. Undefined bytes map to
 * themselves. Decoded by hand because Node's TextDecoder treats this range as C1 controls.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80]! : b));
    text += String.fromCharCode(...chunk);
  }
  return text;
}
