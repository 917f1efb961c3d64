#!/usr/bin/env node
// Thin launcher: runs the CLI and sets the exit code. The installed package runs the compiled CLI
// (lib/, built when the package is packed: lib/cli.bundle.js); a checkout, which has src/, runs the
// TypeScript sources through tsx (a development dependency), so an edit needs no build step.
import { existsSync } from 'node:fs';

// A reader that closes the pipe early (`faithful … | head`) is not an error: stop quietly with the exit code.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}
const io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: Boolean(process.stdout.isTTY),
  isStderrTty: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
};
const fromSources = existsSync(new URL('../src/cli/main.ts', import.meta.url));
if (fromSources) (await import('tsx/esm/api')).register();
// The installed command starts from the CLI in one file (scripts/build-package.ts): lib/cli.bundle.cjs with
// its V8 code cache (bin/cli-bundle.js), else the ES module lib/cli.bundle.js, else lib/ module by module.
const bundle = new URL('../lib/cli.bundle.js', import.meta.url);
const script = new URL('../lib/cli.bundle.cjs', import.meta.url);
const load = async (name) => {
  if (fromSources) return import(new URL(`../src/cli/${name}.ts`, import.meta.url).href);
  if (name === 'main' && existsSync(script)) {
    const { loadCliBundle } = await import('./cli-bundle.js');
    const { fileURLToPath } = await import('node:url');
    return loadCliBundle(fileURLToPath(script), fileURLToPath(new URL('../lib/cli.bundle.cache', import.meta.url))).exports;
  }
  return import(name === 'main' && existsSync(bundle) ? bundle.href : new URL(`../lib/cli/${name}.js`, import.meta.url).href);
};

const argv = process.argv.slice(2);
if (argv[0] === 'serve') {
  // `faithful serve` runs until SIGTERM (src/cli/serve.ts); the audit CLI does not load its server.
  process.exitCode = await (await load('serve')).runServeCommand(argv.slice(1), io);
} else {
  const { runCli, runDataCommand } = await load('main');
  // `faithful data install` downloads (asynchronous); everything else is runCli.
  process.exitCode = argv[0] === 'data' ? await runDataCommand(argv.slice(1), io) : runCli(argv, io);
}
