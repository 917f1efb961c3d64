import { parseArgs } from 'node:util';
import { InputError } from '../ingest/input-error.ts';

export const FORMATS = ['text', 'json', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface AuditArgs {
  command: 'audit' | 'help' | 'version';
  source?: string;
  target?: string;
  /** Pair folders or a corpus folder given as positionals. */
  paths: string[];
  formats: Format[];
  out?: string;
  encoding?: string;
  maxBytes?: number;
  debug: boolean;
  color: boolean | undefined;
}

export const USAGE = `Usage: faithful audit --source FILE --target FILE [--format text|json|html]... [--out DIR]
       faithful audit [CORPUS_DIR|PAIR_DIR]...   (default: corpus/, writes reports/<pair>.html and .json)

Options:
  --source FILE        the original article (.txt, .md, .html)
  --target FILE        the derived article to audit
  --format F           text (default), json or html; may repeat
  --out DIR            write one file per format into DIR (created if missing)
  --encoding E         utf-8 (default), windows-1252 or latin1
  --max-bytes N        refuse input files larger than N bytes (default 10485760)
  --no-color           plain text output
  --debug              show stack traces of internal errors
  -h, --help           this help
  -v, --version        the version

Exit codes: 0 the gate passes, 1 the gate fails, 2 usage or input error.`;

/** Parses the command line; anything unknown is a usage error (exit 2), never ignored. */
export function parseAuditArgs(argv: string[]): AuditArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        source: { type: 'string' },
        target: { type: 'string' },
        format: { type: 'string', multiple: true },
        out: { type: 'string' },
        encoding: { type: 'string' },
        'max-bytes': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new InputError((error as Error).message.split('\n')[0]!.replace(/\. To specify.*$/, ''));
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help', paths: [], formats: [], debug: false, color: undefined };
  if (values.version) return { command: 'version', paths: [], formats: [], debug: false, color: undefined };
  const [command, ...paths] = positionals;
  if (command !== 'audit') throw new InputError(command ? `unknown command "${command}" (expected "audit")` : 'missing command (expected "audit")');
  const formats = (values.format ?? ['text']).map((f) => {
    if (!(FORMATS as readonly string[]).includes(f)) throw new InputError(`unknown format "${f}" (expected ${FORMATS.join(', ')})`);
    return f as Format;
  });
  if ((values.source === undefined) !== (values.target === undefined)) throw new InputError('--source and --target go together');
  if (values.source !== undefined && paths.length) throw new InputError('give either --source/--target or folders, not both');
  let maxBytes: number | undefined;
  if (values['max-bytes'] !== undefined) {
    maxBytes = Number(values['max-bytes']);
    if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new InputError(`--max-bytes must be a positive integer, got "${values['max-bytes']}"`);
  }
  return {
    command: 'audit',
    source: values.source,
    target: values.target,
    paths,
    formats,
    out: values.out,
    encoding: values.encoding,
    maxBytes,
    debug: values.debug ?? false,
    color: values['no-color'] ? false : values.color,
  };
}
