import { parseArgs } from 'node:util';
import { InputError } from '../ingest/input-error.ts';
import type { Severity } from '../types.ts';

export const FORMATS = ['text', 'json', 'html', 'md', 'sarif', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

export interface AuditArgs {
  command: 'audit' | 'baseline' | 'help' | 'version';
  source?: string;
  target?: string;
  /** Pair folders or a corpus folder given as positionals. */
  paths: string[];
  /** A JSON or CSV manifest of pairs. */
  pairs?: string;
  formats: Format[];
  /** Whether --format was given (corpus mode picks its own default otherwise). */
  formatGiven: boolean;
  /** A folder for `audit`, a file for `baseline`. */
  out?: string;
  encoding?: string;
  maxBytes?: number;
  debug: boolean;
  /** `--all`: the text output lists every finding, not the 20 most severe. */
  all?: boolean;
  color: boolean | undefined;
  /** `--config FILE`; null for `--no-config`; undefined to search upward from the working directory. */
  config?: string | null;
  baseline?: string;
  failOn?: Severity | 'none';
  maxScore?: number;
  maxFindings?: number;
  /** `--max-unsupported-share N`: fail when more than this share (0..1) of the target has no source; Infinity for -1. */
  maxUnsupportedShare?: number;
  /** `--min-confidence N`: findings less confident than N (0..1) are not scored, gated or shown by default. */
  minConfidence?: number;
  /** Worker threads for batch runs. */
  jobs?: number;
  /** `--source-lang`/`--target-lang` (BCP 47): `it` and `en` select the bilingual audit (docs/bilingual.md). */
  sourceLang?: string;
  targetLang?: string;
}

export const USAGE = `Usage: faithful audit --source FILE --target FILE [options]
       faithful audit [CORPUS_DIR|PAIR_DIR]... [options]   (default: corpus/, reports into reports/)
       faithful audit --pairs MANIFEST [options]            (a JSON or CSV list of {name, source, target})
       faithful baseline --source FILE --target FILE [--out FILE]
       faithful data install [--dir DIR]                    (download the third-party lists into the data directory)
       faithful serve [--host H] [--port N] [--token T]     (the audit as an HTTP service; faithful serve --help)

Options:
  --source FILE        the original article (.txt, .md, .html)
  --target FILE        the derived article to audit
  --format F           text (default), json, html, md, sarif or junit; may repeat;
                       "markdown" is md
  --out DIR            write one file per format into DIR (created if missing);
                       for "baseline", the decisions file to write (default: stdout)
  --config FILE        configuration (default: faithful.config.json here or in a parent folder)
  --no-config          ignore any configuration file
  --source-lang L      language of the source (BCP 47); with --target-lang: "it" and "en"
  --target-lang L      run the bilingual audit (default: an Italian source is detected)
  --baseline FILE      reviewed decisions: accepted findings are reported as suppressed, not gated
  --fail-on S          fail on any finding at severity S or above: minor, major, critical (default), none
  --max-score N        fail when the score (penalty per 100 words) is over N (default 10; -1: no limit)
  --max-findings N     fail when there are more than N findings (-1: no limit)
  --max-unsupported-share N
                       fail when more than N (0..1) of the target's words have no source
                       (default 0.4; -1: no limit)
  --all                list every finding in the text output (default: the 20 most severe)
  --min-confidence N   count only findings with confidence N (0..1) or more (default 0.5);
                       the JSON keeps the others, the HTML report can show them
  --jobs N             threads for several pairs (default: idle CPUs; 1: no worker threads)
  --encoding E         utf-8 (default), windows-1252 or latin1
  --max-bytes N        refuse input files larger than N bytes (default 10485760)
  --no-color           plain text output
  --debug              show stack traces of internal errors
  -h, --help           this help
  -v, --version        the version

Exit codes: 0 the gate passes, 1 the gate fails (any pair, in batch), 2 usage, configuration or input error.`;

const SEVERITIES = ['minor', 'major', 'critical', 'none'];

/** Every command of `faithful` (serve and data are dispatched by bin/faithful.js before runCli). */
export const COMMANDS = ['audit', 'baseline', 'serve', 'data'] as const;
const COMMAND_LIST = `${COMMANDS.slice(0, -1).map((c) => `"${c}"`).join(', ')} or "${COMMANDS.at(-1)}"; faithful --help lists the options`;

/** What each option that takes a value expects, for the message when its value is missing. */
const VALUE_OF: Record<string, string> = {
  source: 'a file', target: 'a file', pairs: 'a manifest file', format: 'a format', out: 'a folder (a file for baseline)', config: 'a file', baseline: 'a decisions file',
  'fail-on': 'a severity', 'max-score': 'a number', 'max-findings': 'a number', 'max-unsupported-share': 'a share from 0 to 1', 'min-confidence': 'a number from 0 to 1',
  jobs: 'a number of threads', 'source-lang': 'a language tag', 'target-lang': 'a language tag', encoding: 'an encoding', 'max-bytes': 'a number of bytes',
};

/**
 * An option that takes a value given none: the last argument, or followed by another option ("--target
 * --format json"). node's parseArgs calls the second "ambiguous"; this names the option and what it needs.
 */
function checkValues(argv: string[]): void {
  for (let i = 0; i < argv.length; i++) {
    const name = /^--([a-z][a-z-]*)$/.exec(argv[i]!)?.[1];
    if (!name || !(name in VALUE_OF)) continue;
    const next = argv[i + 1];
    if (next === undefined) throw new InputError(`--${name} needs ${VALUE_OF[name]} after it, and is the last argument`);
    if (/^-/.test(next) && !/^-(\d|\.\d)/.test(next)) throw new InputError(`--${name} needs ${VALUE_OF[name]} after it, but is followed by ${next}`);
    i++;
  }
}

/** Parses the command line; anything unknown is a usage error (exit 2), never ignored. */
export function parseAuditArgs(argv: string[]): AuditArgs {
  checkValues(argv);
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv),
      allowPositionals: true,
      strict: true,
      options: {
        source: { type: 'string' },
        target: { type: 'string' },
        pairs: { type: 'string' },
        format: { type: 'string', multiple: true },
        out: { type: 'string' },
        config: { type: 'string' },
        'no-config': { type: 'boolean' },
        baseline: { type: 'string' },
        'fail-on': { type: 'string' },
        'max-score': { type: 'string' },
        'max-findings': { type: 'string' },
        'max-unsupported-share': { type: 'string' },
        'min-confidence': { type: 'string' },
        jobs: { type: 'string' },
        'source-lang': { type: 'string' },
        'target-lang': { type: 'string' },
        encoding: { type: 'string' },
        'max-bytes': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        debug: { type: 'boolean' },
        all: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new InputError((error as Error).message.split('\n')[0]!.replace(/\. To specify.*$/, ''));
  }
  const { values, positionals } = parsed;
  const bare = { paths: [], formats: [], formatGiven: false, debug: false, color: undefined };
  if (values.help) return { command: 'help', ...bare };
  if (values.version) return { command: 'version', ...bare };
  const [command, ...paths] = positionals;
  if (command === 'help') return { command: 'help', ...bare };
  if (command !== 'audit' && command !== 'baseline') {
    throw new InputError(command ? `unknown command "${command}" (expected ${COMMAND_LIST})` : `missing command (expected ${COMMAND_LIST})`);
  }
  const formats = (values.format ?? ['text']).map((given) => {
    const f = given === 'markdown' ? 'md' : given;
    if (!(FORMATS as readonly string[]).includes(f)) throw new InputError(`unknown format "${given}" (expected ${FORMATS.join(', ')})`);
    return f as Format;
  });
  if ((values.source === undefined) !== (values.target === undefined)) throw new InputError('--source and --target go together');
  if (values.source !== undefined && (paths.length || values.pairs !== undefined)) throw new InputError('give either --source/--target, --pairs or folders, not several');
  if (values.pairs !== undefined && paths.length) throw new InputError('give either --pairs or folders, not both');
  if (command === 'baseline' && values.source === undefined) throw new InputError('baseline needs --source and --target');
  if (values.config !== undefined && values['no-config']) throw new InputError('--config and --no-config go against each other');
  const failOn = values['fail-on'];
  if (failOn !== undefined && !SEVERITIES.includes(failOn)) throw new InputError(`--fail-on must be minor, major, critical or none, got "${failOn}"`);
  return {
    command,
    source: values.source,
    target: values.target,
    paths,
    pairs: values.pairs,
    formats,
    formatGiven: values.format !== undefined,
    out: values.out,
    encoding: values.encoding,
    maxBytes: integer(values['max-bytes'], '--max-bytes', 1),
    debug: values.debug ?? false,
    color: values['no-color'] ? false : values.color,
    config: values['no-config'] ? null : values.config,
    baseline: values.baseline,
    failOn: failOn as Severity | 'none' | undefined,
    maxScore: limit(values['max-score'], '--max-score', number),
    maxFindings: limit(values['max-findings'], '--max-findings', (v, name) => integer(v, name, 0)),
    maxUnsupportedShare: limit(values['max-unsupported-share'], '--max-unsupported-share', fraction),
    all: values.all ?? false,
    minConfidence: fraction(values['min-confidence'], '--min-confidence'),
    jobs: integer(values.jobs, '--jobs', 1),
    sourceLang: language(values['source-lang'], '--source-lang'),
    targetLang: language(values['target-lang'], '--target-lang'),
  };
}

function language(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/u.test(value)) throw new InputError(`${name} must be a language tag such as "it" or "en", got "${value}"`);
  return value;
}

function integer(value: string | undefined, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min) {
    throw new InputError(`${name} must be ${min > 0 ? 'a positive' : 'a non-negative'} integer, got "${value}"`);
  }
  return n;
}

function fraction(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InputError(`${name} must be a number from 0 to 1, got "${value}"`);
  return n;
}

/**
 * A gate limit: -1 means no limit (Infinity), as ESLint's `--max-warnings -1`; anything else goes to `parse`.
 */
function limit(value: string | undefined, name: string, parse: (value: string | undefined, name: string) => number | undefined): number | undefined {
  if (value !== undefined && value.trim() !== '' && Number(value) === -1) return Infinity;
  try {
    return parse(value, name);
  } catch (error) {
    throw new InputError(`${(error as Error).message} (or -1 for no limit)`);
  }
}

/**
 * `--max-score -1` as `--max-score=-1`: node's parseArgs refuses a value that starts with a dash as
 * "ambiguous". A long option without `=` followed by a negative number takes it as its value.
 */
function joinNegativeValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (/^--[a-z][a-z-]*$/.test(arg) && next !== undefined && /^-(\d|\.\d)/.test(next)) out.push(`${arg}=${next}`), i++;
    else out.push(arg);
  }
  return out;
}

function number(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new InputError(`${name} must be a non-negative number, got "${value}"`);
  return n;
}
