// Loaded with `node --import ./bench/cpu-exit.mjs …` by the benchmark: when the process exits, writes its
// CPU time (user + system, all threads, milliseconds) on file descriptor 3, if the parent opened one.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  try {
    writeSync(3, JSON.stringify({ cpuMs: (user + system) / 1000 }));
  } catch {
    // No descriptor 3: run by hand, nothing to report.
  }
});
