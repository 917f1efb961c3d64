#!/usr/bin/env node
// Thin launcher: loads the CLI (a cached bundle of the TypeScript sources, else the sources through tsx;
// see load-cli.js), then hands over to it.
import { loadCli } from './load-cli.js';

const { runCli, runDataCommand } = await loadCli();
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
// `faithful data install` downloads (asynchronous); everything else is runCli.
process.exitCode = argv[0] === 'data' ? await runDataCommand(argv.slice(1), io) : runCli(argv, io);
