#!/usr/bin/env node
// Thin launcher: loads the CLI (a cached bundle of the TypeScript sources, else the sources through tsx;
// see load-cli.js), then hands over to it.
import { loadCli, loadServe } from './load-cli.js';

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
const argv = process.argv.slice(2);
if (argv[0] === 'serve') {
  // `faithful serve` runs until SIGTERM (src/cli/serve.ts), from the sources: the bundle leaves out its server.
  process.exitCode = await (await loadServe()).runServeCommand(argv.slice(1), io);
} else {
  const { runCli, runDataCommand } = await loadCli();
  // `faithful data install` downloads (asynchronous); everything else is runCli.
  process.exitCode = argv[0] === 'data' ? await runDataCommand(argv.slice(1), io) : runCli(argv, io);
}
