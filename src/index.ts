/**
 * faithful's programmatic API: `import { audit } from 'faithful-audit'` (the package; the command is `faithful`). `audit` returns the same result
 * object the JSON report serialises (see docs/reports.md, "JSON format"), after the same stages as the CLI:
 * segment → align → diff → rules → fingerprints → baseline → score and gate.
 */
import { resolve } from 'node:path';
import { readBaseline, type Decision } from './baseline/baseline.ts';
import { auditGated } from './baseline/pipeline.ts';
import { loadConfig, loadPlugin, resolveConfig, ruleProblem, type FaithfulConfig } from './config/load.ts';
import { InputError } from './ingest/input-error.ts';
import { configRef } from './config/ref.ts';
import type { AuditOptions } from './audit.ts';
import type { Rule } from './rules/rule.ts';
import type { AuditResult, DocumentInput } from './types.ts';

export interface ApiOptions extends Omit<AuditOptions, 'plugins'> {
  /**
   * A configuration: a path to a `faithful.config.json`, or the same object inline (validated the same
   * way; relative paths in it resolve against `cwd`). Explicit `rules`, `gate` and `baseline` options
   * override it. Default: none (no upward search; the API does only what it is told).
   */
  config?: string | FaithfulConfig;
  /** Plugin rules: rule objects, or paths of modules exporting one (or an array). */
  plugins?: Array<Rule | string>;
  /** Reviewed decisions (as the HTML report exports them), or the path of such a file. */
  baseline?: Decision[] | string;
  /** Folder that relative paths resolve against. Default: `process.cwd()`. */
  cwd?: string;
}

/**
 * Audits a derived text against its source. Inputs are `{path, text}` documents (see `readInput` to
 * read files the way the CLI does) or plain strings. Throws `InputError` for a bad configuration,
 * plugin or baseline, naming the key.
 */
export function audit(source: DocumentInput | string, target: DocumentInput | string, options: ApiOptions = {}): AuditResult {
  const cwd = options.cwd ?? process.cwd();
  const plugins = (options.plugins ?? []).flatMap((p, i) => {
    if (typeof p === 'string') return loadPlugin(resolve(cwd, p), `plugins[${i}]`);
    const problem = ruleProblem(p);
    if (problem) throw new InputError(`plugins[${i}]: not a rule (${problem})`);
    return [p];
  });
  const fromFile = typeof options.config === 'string' ? loadConfig(resolve(cwd, options.config), cwd) : undefined;
  const inline = typeof options.config === 'object' ? options.config : {};
  // Explicit rule settings are checked like a configuration's, against every rule that will run.
  const config = resolveConfig(
    { ...inline, rules: { ...(fromFile?.rules ?? {}), ...(inline.rules ?? {}), ...(options.rules ?? {}) } },
    { dir: cwd, label: 'config' },
    [...(fromFile?.plugins ?? []), ...plugins],
  );
  const allPlugins = config.plugins;
  if (fromFile) Object.assign(config, { gate: { ...fromFile.gate }, baseline: config.baseline ?? fromFile.baseline });
  const baselineOption = options.baseline ?? config.baseline;
  const baseline = typeof baselineOption === 'string' ? readBaseline(resolve(cwd, baselineOption)) : baselineOption;
  return auditGated(asDocument(source, 'source'), asDocument(target, 'target'), {
    ...options,
    rules: { ...config.rules, ...(options.rules ?? {}) },
    gate: { ...config.gate, ...(options.gate ?? {}) },
    plugins: allPlugins,
    baseline,
    language: options.language ?? (Object.keys(config.language).length ? config.language : fromFile?.language),
    // A configuration file is named in the result (path and sha256); an inline one is not a file: null.
    configFile: typeof options.config === 'string' ? configRef(resolve(cwd, options.config), cwd) : null,
  });
}

function asDocument(input: DocumentInput | string, label: string): DocumentInput {
  return typeof input === 'string' ? { path: label, text: input } : input;
}

export { readInput, type ReadOptions } from './ingest/read-input.ts';
export { InputError } from './ingest/input-error.ts';
export { builtinRules } from './rules/index.ts';
export type { Rule, RuleContext, RuleMeta, RuleReport } from './rules/rule.ts';
export { spanIn } from './rules/rule.ts';
export type { RuleSetting } from './findings/run-rules.ts';
export type { GateOptions } from './score/score.ts';
export type { FaithfulConfig } from './config/load.ts';
export { findConfig, loadConfig } from './config/load.ts';
export { readBaseline, applyBaseline, baselineOf, type Decision, type DecisionsFile } from './baseline/baseline.ts';
export { fingerprintOf } from './baseline/fingerprint.ts';
export { formatText } from './report/text.ts';
export { formatJson } from './report/json.ts';
export { formatHtml } from './report/html.ts';
export { formatMarkdown } from './report/md.ts';
export { formatSarif } from './report/sarif.ts';
export { formatJunit } from './report/junit.ts';
export { runCli, type CliIo } from './cli/main.ts';
export type * from './types.ts';
