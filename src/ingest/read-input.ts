import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
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
const LEGACY_ENCODINGS: Record<string, string> = {
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  latin1: 'latin1',
  'iso-8859-1': 'latin1',
};

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
  const raw = decode(path, bytes, options.encoding);
  if (raw.trim() === '') throw new InputError(`${path}: file is empty`);
  const text = extractText(raw, formatOf(path));
  if (text.trim() === '') throw new InputError(`${path}: no article text found`);
  return { path, text };
}

export function decode(path: string, bytes: Buffer, encoding = 'utf-8'): string {
  if (bytes.includes(0)) throw new InputError(`${path}: binary content (NUL bytes), expected text`);
  const enc = encoding.toLowerCase();
  let text: string;
  if (enc === 'utf-8' || enc === 'utf8') {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new InputError(`${path}: not valid UTF-8 (use --encoding windows-1252 or latin1 for legacy text)`);
    }
  } else if (LEGACY_ENCODINGS[enc]) {
    text = new TextDecoder(LEGACY_ENCODINGS[enc]).decode(bytes);
  } else {
    throw new InputError(`unknown encoding "${encoding}" (expected utf-8, windows-1252 or latin1)`);
  }
  // The contract says offsets point into the file content with the BOM removed.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
