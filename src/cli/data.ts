import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { findConfig, loadConfig } from '../config/load.ts';
import { DEFAULT_DATA_DIR, resolveDataDir } from '../data/data-dir.ts';
import { installData } from '../data/install.ts';
import { InputError } from '../ingest/input-error.ts';
import type { CliIo } from './io.ts';

export const DATA_USAGE = `Usage: faithful data install [--dir DIR]

Downloads the third-party lists (tortured phrases, Italian–English false friends) from their upstream
repositories at pinned commits, checks their sha256 and converts them into the data directory:
--dir DIR, else FAITHFUL_DATA, else the configuration's "data" key, else ../shared/data beside the package.
FAITHFUL_DATA_URL replaces the download base (default https://raw.githubusercontent.com).`;

/** `faithful data …`: asynchronous (it downloads), so the bin calls it apart from runCli. Returns the exit code. */
export async function runDataCommand(argv: string[], io: CliIo): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    } catch (error) {
      throw new InputError((error as Error).message.split('\n')[0]!);
    }
    const [sub, ...rest] = parsed.positionals;
    if (parsed.values.help) return io.stdout(DATA_USAGE + '\n'), 0;
    if (sub !== 'install' || rest.length) throw new InputError(sub ? `unknown data command "${[sub, ...rest].join(' ')}" (expected "data install")` : 'missing data command (expected "data install")');
    const configured = configuredData(io.cwd);
    const dir = parsed.values.dir !== undefined ? resolve(io.cwd, parsed.values.dir) : (resolveDataDir(configured) ?? DEFAULT_DATA_DIR);
    const installed = await installData(dir, { log: (line) => io.stderr(`faithful: ${line}\n`) });
    const read = resolveDataDir(configured) === dir;
    io.stdout(`installed ${installed.length} lists into ${dir}${read ? '' : ` (audits read another data directory: set FAITHFUL_DATA=${dir} or the configuration's "data" key)`}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof InputError ? error.message : `internal error: ${(error as Error).message}`;
    io.stderr(`faithful: ${message.split('\n')[0]}\n`);
    return 2;
  }
}

/** The `data` key of the configuration found from `cwd`, if any. */
function configuredData(cwd: string): string | undefined {
  const configPath = findConfig(cwd);
  return configPath ? loadConfig(configPath, cwd).data : undefined;
}
