import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../ingest/input-error.ts';
import { convertFalseFriends, convertTorturedPhrases } from './convert.ts';
import { DATA_LISTS, type DataList } from './lists.ts';

/** Where raw upstream files are fetched from; `FAITHFUL_DATA_URL` overrides it (a mirror, or a test). */
export const DEFAULT_DATA_URL = 'https://raw.githubusercontent.com';

const CONVERTERS: Record<string, (text: string) => string> = {
  'tortured-phrases': convertTorturedPhrases,
  'false-friends-it-en': convertFalseFriends,
};

export interface InstallOptions {
  /** Base URL of raw files: `<base>/<owner>/<repo>/<commit>/<path>`. Default `FAITHFUL_DATA_URL`, else GitHub's. */
  baseUrl?: string;
  /** Milliseconds allowed per download. Default 60,000. */
  timeoutMs?: number;
  /** Progress, one line per list. */
  log?: (line: string) => void;
}

/** The raw URL of a list's upstream file at its pinned commit. */
export function upstreamUrl(list: DataList, baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/u, '')}/${list.upstream.repo}/${list.upstream.commit}/${list.upstream.path}`;
}

/**
 * Downloads every list from its upstream repository at the pinned commit, converts it and checks the
 * sha256 of the result, then writes `<dir>/<name>/<file>` and a SOURCE.md. Nothing is written unless
 * every list downloaded and checked. Every failure is an InputError with one line.
 */
export async function installData(dir: string, options: InstallOptions = {}): Promise<DataList[]> {
  const baseUrl = options.baseUrl ?? process.env.FAITHFUL_DATA_URL ?? DEFAULT_DATA_URL;
  const converted: [DataList, string][] = [];
  for (const list of DATA_LISTS) {
    const url = upstreamUrl(list, baseUrl);
    const text = convert(list, await download(url, options.timeoutMs ?? 60_000));
    const sha = createHash('sha256').update(text).digest('hex');
    if (sha !== list.sha256) throw new InputError(`data install: ${list.name} from ${url} converts to sha256 ${sha.slice(0, 12)}…, expected ${list.sha256.slice(0, 12)}…; nothing written`);
    converted.push([list, text]);
    options.log?.(`${list.name}: downloaded ${list.upstream.repo}@${list.upstream.commit.slice(0, 10)} ${list.upstream.path}, sha256 checked`);
  }
  for (const [list, text] of converted) {
    const folder = join(dir, list.name);
    try {
      mkdirSync(folder, { recursive: true });
      writeAtomic(join(folder, list.file), text);
      writeAtomic(join(folder, 'SOURCE.md'), sourceNote(list, baseUrl));
    } catch (error) {
      throw new InputError(`data install: cannot write ${folder} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
  return converted.map(([list]) => list);
}

async function download(url: string, timeoutMs: number): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = (error as Error).name === 'TimeoutError' ? `no answer in ${timeoutMs / 1000} s` : cause?.code ?? cause?.message ?? (error as Error).message;
    throw new InputError(`data install: cannot reach ${new URL(url).host} (${why}); run it where the network allows, or point FAITHFUL_DATA at a copy of the lists`);
  }
  if (!response.ok) throw new InputError(`data install: ${url} answered HTTP ${response.status}`);
  return await response.text();
}

function convert(list: DataList, raw: string): string {
  try {
    return CONVERTERS[list.name]!(raw);
  } catch (error) {
    throw new InputError(`data install: ${list.name}: cannot convert the upstream file (${(error as Error).message})`);
  }
}

function writeAtomic(path: string, text: string): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

function sourceNote(list: DataList, baseUrl: string): string {
  return `# ${list.name}

- What: ${list.provenance}
- From: ${list.upstream.repo} at commit ${list.upstream.commit}, file \`${list.upstream.path}\` (${upstreamUrl(list, baseUrl)}), converted by \`faithful data install\`; sha256 of \`${list.file}\`: ${list.sha256}.
- Licence: ${list.licence}.
- Used by the rule \`${list.rule}\`.
`;
}
