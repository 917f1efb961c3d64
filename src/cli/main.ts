import { existsSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { audit } from '../audit.ts';
import { discoverPairs, pairInFolder, type PairPaths } from '../corpus/discover.ts';
import { InputError } from '../ingest/input-error.ts';
import { readInput, sameFile, type ReadOptions } from '../ingest/read-input.ts';
import { formatHtml } from '../report/html.ts';
import { formatJson } from '../report/json.ts';
import { formatText } from '../report/text.ts';
import { assertNotInputs, writeFileAtomic } from '../report/write-atomic.ts';
import { TOOL } from '../version.ts';
import { parseAuditArgs, USAGE, type AuditArgs, type Format } from './args.ts';
import type { AuditResult } from '../types.ts';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour). */
  isTty: boolean;
  cwd: string;
}

const EXTENSION: Record<Format, string> = { text: 'txt', json: 'json', html: 'html' };

/** Runs the CLI and returns its exit code; never calls process.exit (the bin does). */
export function runCli(argv: string[], io: CliIo): number {
  let args: AuditArgs | undefined;
  try {
    args = parseAuditArgs(argv);
    if (args.command === 'help') return io.stdout(USAGE + '\n'), 0;
    if (args.command === 'version') return io.stdout(`${TOOL.name} ${TOOL.version}\n`), 0;
    if (args.source !== undefined && args.target !== undefined) return auditOnePair(args, io);
    return auditFolders(args, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`faithful: ${error.message}\n${args?.debug ?? argv.includes('--debug') ? error.stack + '\n' : ''}`);
      return 2;
    }
    io.stderr(`faithful: internal error: ${(error as Error).message}${args?.debug ? '\n' + (error as Error).stack : ' (run with --debug for details)'}\n`);
    return 2;
  }
}

function readOptions(args: AuditArgs): ReadOptions {
  return { encoding: args.encoding, maxBytes: args.maxBytes };
}

function auditOnePair(args: AuditArgs, io: CliIo): number {
  const sourcePath = args.source!;
  const targetPath = args.target!;
  if (sameFile(resolve(io.cwd, sourcePath), resolve(io.cwd, targetPath))) {
    throw new InputError(`${targetPath}: source and target are the same file`);
  }
  if (!args.out && args.formats.length > 1) throw new InputError('several --format values need --out DIR');
  const source = readInput(resolve(io.cwd, sourcePath), readOptions(args));
  const target = readInput(resolve(io.cwd, targetPath), readOptions(args));
  const result = audit({ ...source, path: sourcePath }, { ...target, path: targetPath });
  const rendered = args.formats.map((format) => [format, render(result, format, args, io)] as const);
  if (args.out) {
    const name = basename(targetPath, extname(targetPath));
    const outputs = rendered.map(([format, content]) => [join(resolve(io.cwd, args.out!), `${name}.${EXTENSION[format]}`), content] as const);
    assertNotInputs(outputs.map(([path]) => path), [resolve(io.cwd, sourcePath), resolve(io.cwd, targetPath)]);
    for (const [path, content] of outputs) writeFileAtomic(path, content);
    io.stdout(formatText(result, { color: colorFor(args, io), top: 10 }));
  } else {
    io.stdout(rendered[0]![1]);
  }
  return result.summary.pass ? 0 : 1;
}

/** Corpus mode: every pair folder given (default `corpus/`), reports into --out (default `reports/`). */
function auditFolders(args: AuditArgs, io: CliIo): number {
  const roots = args.paths.length ? args.paths : ['corpus'];
  const pairs: PairPaths[] = [];
  for (const root of roots) {
    const dir = resolve(io.cwd, root);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`${root}: not a folder of article pairs`);
    const single = pairInFolder(dir, basename(dir));
    pairs.push(...(single ? [single] : discoverPairs(dir)));
  }
  if (!pairs.length) throw new InputError(`${roots.join(', ')}: no pair folders (each needs source.* and target.*)`);
  const out = resolve(io.cwd, args.out ?? 'reports');
  const formats: Format[] = args.formats.includes('json') || args.formats.includes('html') ? args.formats : ['html', 'json'];
  let exit = 0;
  for (const pair of pairs) {
    let result: AuditResult;
    try {
      const source = readInput(pair.source, readOptions(args));
      const target = readInput(pair.target, readOptions(args));
      result = audit({ ...source, path: relativeTo(io.cwd, pair.source) }, { ...target, path: relativeTo(io.cwd, pair.target) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr(`faithful: ${pair.name}: ${error.message}\n`);
      exit = 2;
      continue;
    }
    const outputs = formats.filter((format) => format !== 'text').map((format) => [format, join(out, `${pair.name}.${EXTENSION[format]}`)] as const);
    assertNotInputs(outputs.map(([, path]) => path), pairs.flatMap((p) => [p.source, p.target]));
    for (const [format, path] of outputs) writeFileAtomic(path, render(result, format, args, io));
    io.stdout(`[${pair.name}] ` + formatText(result, { color: colorFor(args, io), top: 10 }));
    if (!result.summary.pass && exit === 0) exit = 1;
  }
  io.stdout(`reports written to ${relativeTo(io.cwd, out)}/\n`);
  return exit;
}

function render(result: AuditResult, format: Format, args: AuditArgs, io: CliIo): string {
  if (format === 'json') return formatJson(result);
  if (format === 'html') return formatHtml(result);
  return formatText(result, { color: colorFor(args, io) });
}

function colorFor(args: AuditArgs, io: CliIo): boolean {
  return args.color ?? (io.isTty && !process.env.NO_COLOR);
}

function relativeTo(cwd: string, path: string): string {
  return path.startsWith(cwd + '/') ? path.slice(cwd.length + 1) : path;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  process.exitCode = runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTty: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
  });
}
