import { existsSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { baselineOf } from '../baseline/baseline.ts';
import { auditGated } from '../baseline/pipeline.ts';
import { runBatch } from '../batch/run.ts';
import { readManifest } from '../batch/manifest.ts';
import { discoverPairs, pairInFolder, type PairPaths } from '../corpus/discover.ts';
import { InputError } from '../ingest/input-error.ts';
import { readInput, sameFile } from '../ingest/read-input.ts';
import { formatText } from '../report/text.ts';
import { assertNotInputs, writeFileAtomic } from '../report/write-atomic.ts';
import { TOOL } from '../version.ts';
import { parseAuditArgs, USAGE, type AuditArgs } from './args.ts';
import { swappedHint } from './swapped.ts';
import { relativeTo } from '../batch/job.ts';
import { EXTENSION, render, type RenderContext } from './render.ts';
import { auditOptionsOf, resolveSettings, ruleMetas, type RunSettings } from './settings.ts';
import type { ResolvedConfig } from '../config/load.ts';
import type { AuditResult } from '../types.ts';
import type { CliIo } from './io.ts';

export type { CliIo } from './io.ts';

/** Runs the CLI and returns its exit code; never calls process.exit (the bin does). */
export function runCli(argv: string[], io: CliIo): number {
  let args: AuditArgs | undefined;
  try {
    args = parseAuditArgs(argv);
    if (args.command === 'help') return io.stdout(USAGE + '\n'), 0;
    if (args.command === 'version') return io.stdout(`${TOOL.name} ${TOOL.version}\n`), 0;
    const { settings, config } = resolveSettings(args, io.cwd);
    if (args.command === 'baseline') return writeBaseline(args, settings, config, io);
    if (args.source !== undefined && args.target !== undefined) return auditOnePair(args, settings, config, io);
    return auditMany(args, settings, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`faithful: ${error.message}\n${args?.debug ?? argv.includes('--debug') ? error.stack + '\n' : ''}`);
      return 2;
    }
    io.stderr(`faithful: internal error: ${(error as Error).message}${args?.debug ? '\n' + (error as Error).stack : ' (run with --debug for details)'}\n`);
    return 2;
  }
}

/** Reads both files of the pair given by --source/--target and runs the gated audit. */
function auditGivenPair(args: AuditArgs, settings: RunSettings, config: ResolvedConfig, io: CliIo): AuditResult {
  const sourcePath = args.source!;
  const targetPath = args.target!;
  if (sameFile(resolve(io.cwd, sourcePath), resolve(io.cwd, targetPath))) {
    throw new InputError(`${targetPath}: source and target are the same file`);
  }
  const source = readInput(resolve(io.cwd, sourcePath), settings.read);
  const target = readInput(resolve(io.cwd, targetPath), settings.read);
  const result = auditGated({ ...source, path: sourcePath }, { ...target, path: targetPath }, auditOptionsOf(settings, config.plugins));
  return { ...result, config: settings.config };
}

function auditOnePair(args: AuditArgs, settings: RunSettings, config: ResolvedConfig, io: CliIo): number {
  if (!args.out && args.formats.length > 1) throw new InputError('several --format values need --out DIR');
  const result = auditGivenPair(args, settings, config, io);
  const hint = swappedHint(result);
  if (hint) io.stderr(`faithful: hint: ${hint}\n`);
  const context = renderContext(args, settings, config, io);
  if (args.out) {
    const name = basename(args.target!, extname(args.target!));
    const outputs = args.formats.map((format) => [join(resolve(io.cwd, args.out!), `${name}.${EXTENSION[format]}`), format] as const);
    assertNotInputs(outputs.map(([path]) => path), [resolve(io.cwd, args.source!), resolve(io.cwd, args.target!)]);
    // A written text report is complete; the terminal shows the 10 most severe and says where the rest are.
    for (const [path, format] of outputs) writeFileAtomic(path, render(result, format, { ...context, color: false, name, all: true }));
    const full = outputs.find(([, f]) => f === 'html') ?? outputs.find(([, f]) => f !== 'text') ?? outputs[0]!;
    io.stdout(formatText(result, { color: context.color, top: args.all ? Infinity : 10, rest: `all of them in ${relativeTo(io.cwd, full[0])}` }));
  } else {
    io.stdout(render(result, args.formats[0]!, context));
  }
  return result.summary.pass ? 0 : 1;
}

/** `faithful baseline`: a decisions file accepting every current finding, to stdout or --out FILE. */
function writeBaseline(args: AuditArgs, settings: RunSettings, config: ResolvedConfig, io: CliIo): number {
  if (args.formatGiven) throw new InputError('baseline writes a decisions file; --format does not apply');
  const result = auditGivenPair(args, { ...settings, baseline: undefined }, config, io);
  const content = JSON.stringify(baselineOf(result), null, 2) + '\n';
  if (!args.out) return io.stdout(content), 0;
  const path = resolve(io.cwd, args.out);
  if (existsSync(path) && statSync(path).isDirectory()) throw new InputError(`${args.out}: is a folder; baseline --out takes a file name`);
  assertNotInputs([path], [resolve(io.cwd, args.source!), resolve(io.cwd, args.target!)]);
  writeFileAtomic(path, content);
  io.stderr(`faithful: ${result.findings.length} finding${result.findings.length === 1 ? '' : 's'} accepted into ${args.out}\n`);
  return 0;
}

/** Batch: a manifest, or pair folders (default `corpus/`); reports into --out (default `reports/`). */
function auditMany(args: AuditArgs, settings: RunSettings, io: CliIo): number {
  const pairs: PairPaths[] = [];
  if (args.pairs !== undefined) {
    pairs.push(...readManifest(resolve(io.cwd, args.pairs), args.pairs));
  } else {
    const roots = args.paths.length ? args.paths : ['corpus'];
    for (const root of roots) {
      const dir = resolve(io.cwd, root);
      if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`${root}: not a folder of article pairs`);
      const single = pairInFolder(dir, basename(dir));
      const inside = discoverPairs(dir);
      // A folder that is (or half is) a pair and also holds pair folders: say what is audited.
      if (single && inside.length && single.problem) {
        io.stderr(`faithful: ${root}: ${single.problem}, so it is not a pair itself; auditing the ${inside.length} pair folder${inside.length === 1 ? '' : 's'} inside it\n`);
        pairs.push(...inside);
      } else if (single && inside.length) {
        io.stderr(`faithful: ${root} is a pair and holds ${inside.length} pair folder${inside.length === 1 ? '' : 's'}; auditing all ${inside.length + 1}\n`);
        pairs.push(single, ...inside);
      } else pairs.push(...(single ? [single] : inside));
    }
    if (!pairs.length) throw new InputError(`${roots.join(', ')}: no pair folders (each needs source.* and target.*)`);
  }
  const requested = args.formats.filter((f) => f !== 'text');
  return runBatch(pairs, {
    settings,
    formats: args.formatGiven && requested.length ? requested : ['html', 'json'],
    out: resolve(io.cwd, args.out ?? 'reports'),
    jobs: args.jobs,
    color: colorFor(args, io),
    io,
  });
}

function renderContext(args: AuditArgs, settings: RunSettings, config: ResolvedConfig, io: CliIo): RenderContext {
  return { color: colorFor(args, io), rules: ruleMetas(config.plugins), language: settings.language, all: args.all };
}

function colorFor(args: AuditArgs, io: CliIo): boolean {
  return args.color ?? (io.isTty && !process.env.NO_COLOR);
}

/** `faithful data install` downloads, so it is asynchronous: the bin calls it instead of runCli. */
export { runDataCommand } from './data.ts';
