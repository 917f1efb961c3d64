import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface PairPaths {
  name: string;
  source: string;
  target: string;
  /**
   * Set when the folder is meant as a pair (it holds a `source.*` or `target.*` file) but cannot be
   * audited: a side is missing, is in an unsupported format, or is ambiguous. The batch reports it as an
   * unreadable pair (never a silent skip); `source` and `target` are then the folder.
   */
  problem?: string;
  /**
   * The site the pair comes from (a spinner site's articles share one substitution map in a batch run):
   * the folder's `meta.json` `{"site": "…"}`, or a manifest's `site`. Unset: the run is one site.
   */
  site?: string;
}

const EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

/** `target.txt, target.md, target.markdown, target.html or target.htm`. */
function expected(stem: string): string {
  const names = EXTENSIONS.map((ext) => stem + ext);
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/**
 * The pair in a folder: its `source.*` and `target.*` files; null when it is not a pair folder (no file
 * named `source.*` or `target.*`, e.g. a lexicon folder); a pair with a `problem` when it holds one side
 * only, a side in an unsupported format, or two files for one side (`source.txt` and `source.md`).
 */
export function pairInFolder(dir: string, name: string): PairPaths | null {
  const files = readdirSync(dir).filter((f) => /^(source|target)\./.test(f) && !statSync(join(dir, f)).isDirectory());
  if (!files.length) return null;
  const problems: string[] = [];
  const pick = (stem: 'source' | 'target'): string | undefined => {
    const named = files.filter((f) => f.startsWith(stem + '.')).sort();
    const usable = named.filter((f) => EXTENSIONS.includes(f.slice(stem.length)));
    if (usable.length > 1) problems.push(`ambiguous: ${usable.join(' and ')} (keep one ${stem} file)`);
    else if (usable.length === 1) return usable[0];
    else if (named.length) problems.push(`${named.join(', ')}: not a supported format (expected ${expected(stem)})`);
    else problems.push(`no ${stem} file${files.length ? ` beside ${files.join(', ')}` : ''} (expected ${expected(stem)})`);
    return undefined;
  };
  const source = pick('source');
  const target = pick('target');
  if (problems.length || !source || !target) return { name, source: dir, target: dir, problem: problems.join('; ') };
  const meta = siteOf(dir);
  if (typeof meta === 'object') return { name, source: dir, target: dir, problem: meta.problem };
  return { name, source: join(dir, source), target: join(dir, target), ...(meta ? { site: meta } : {}) };
}

/** The `site` of a pair folder's optional `meta.json`; a problem when the file is there but unusable. */
function siteOf(dir: string): string | undefined | { problem: string } {
  const path = join(dir, 'meta.json');
  if (!existsSync(path)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { problem: `meta.json: not valid JSON (${(error as Error).message.split('\n')[0]})` };
  }
  const site = (data as { site?: unknown } | null)?.site;
  if (site === undefined) return undefined;
  if (typeof site !== 'string' || !site.trim()) return { problem: 'meta.json: "site" must be a non-empty string' };
  return site.trim();
}

/** Every pair folder directly under `root`, sorted by name; other folders (lexicons) are skipped. */
export function discoverPairs(root: string): PairPaths[] {
  return readdirSync(root)
    .filter((name) => statSync(join(root, name)).isDirectory())
    .sort()
    .map((name) => pairInFolder(join(root, name), name))
    .filter((pair): pair is PairPaths => pair !== null);
}
