#!/usr/bin/env node
// Thin launcher: loads the CLI (a cached bundle of the TypeScript sources, else the sources through tsx;
// see load-cli.js), then hands over to it.
import { loadCli } from './load-cli.js';

const { runCli } = await loadCli();
process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: Boolean(process.stdout.isTTY),
  isStderrTty: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
});
