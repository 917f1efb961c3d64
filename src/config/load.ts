import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, parse, relative, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import { InputError } from '../ingest/input-error.ts';
import { builtinRules } from '../rules/index.ts';
import type { Rule } from '../rules/rule.ts';
import type { RuleSetting } from '../findings/run-rules.ts';
import type { GateOptions } from '../score/score.ts';
import { CONFIG_SCHEMA } from './schema.ts';
import { lazyValidator } from './validator.ts';

export const CONFIG_NAME = 'faithful.config.json';

/** `faithful.config.json` as written by the user (every key optional). */
export interface FaithfulConfig {
  /** Per-rule settings: `off`, a severity, or `[severity, options]`. Unknown rule ids are errors. */
  rules?: Record<string, RuleSetting>;
  gate?: GateOptions;
  /** The language pair, as BCP 47 tags (e.g. `{"source": "it", "target": "en"}`); recorded in SARIF and Markdown reports. */
  language?: { source?: string; target?: string };
  /** A decisions file (relative to the config file) whose accepted findings are suppressed. */
  baseline?: string;
  /** Modules (relative to the config file) exporting a rule object, or an array of them. */
  plugins?: string[];
  /** The data directory of third-party lists (relative to the config file); `FAITHFUL_DATA` stands over it. */
  data?: string;
}

/** A validated configuration with its paths made absolute and its plugins loaded. */
export interface ResolvedConfig {
  /** The file it came from, or null for the defaults. */
  path: string | null;
  rules: Record<string, RuleSetting>;
  gate: GateOptions;
  language: { source?: string; target?: string };
  baseline?: string;
  /** Absolute paths of the plugin modules (workers load them again). */
  pluginPaths: string[];
  plugins: Rule[];
  /** The configured data directory, absolute; undefined when the configuration names none. */
  data?: string;
}

const configValidator = lazyValidator(CONFIG_SCHEMA, { allErrors: true, strict: true, strictTuples: false });

/** The nearest `faithful.config.json` in `cwd` or a folder above it, or null. */
export function findConfig(cwd: string): string | null {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_NAME);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const parent = dirname(dir);
    if (parent === dir || dir === parse(dir).root) return null;
    dir = parent;
  }
}

/**
 * Reads, validates and resolves a configuration file. Every problem is an InputError (exit 2) whose
 * message names the file and the offending key, e.g. `faithful.config.json: gate.maxScore: must be number`.
 */
export function loadConfig(path: string, cwd: string = process.cwd()): ResolvedConfig {
  const shown = displayPath(path, cwd);
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${shown}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'unknown error'})`}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new InputError(`${shown}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  return resolveConfig(data, { dir: dirname(path), label: shown, path });
}

/** Validates a configuration object (from a file or the API) and loads its plugins. */
export function resolveConfig(data: unknown, where: { dir: string; label: string; path?: string | null }, extraPlugins: Rule[] = []): ResolvedConfig {
  const validate = configValidator();
  if (!validate(data)) throw new InputError(`${where.label}: ${describeError(validate.errors ?? [])}`);
  const config = data as FaithfulConfig;
  const pluginPaths = (config.plugins ?? []).map((p) => resolve(where.dir, p));
  const plugins = [...pluginPaths.flatMap((p, i) => loadPlugin(p, `${where.label}: plugins[${i}]`)), ...extraPlugins];
  checkRuleIds(config.rules ?? {}, plugins, where.label);
  return {
    path: where.path ?? null,
    rules: config.rules ?? {},
    gate: config.gate ?? {},
    language: config.language ?? {},
    baseline: config.baseline === undefined ? undefined : resolve(where.dir, config.baseline),
    pluginPaths,
    plugins,
    data: config.data === undefined ? undefined : resolve(where.dir, config.data),
  };
}

/** The defaults, when there is no configuration file. */
export function defaultConfig(): ResolvedConfig {
  return { path: null, rules: {}, gate: {}, language: {}, pluginPaths: [], plugins: [] };
}

/** Every rule id that may be configured: the built-in ones (read now, the list grows) and the plugins'. */
export function knownRuleIds(plugins: Rule[] = []): string[] {
  return [...builtinRules, ...plugins].map((r) => r.meta.id);
}

function checkRuleIds(rules: Record<string, RuleSetting>, plugins: Rule[], label: string): void {
  const builtin = new Set(builtinRules.map((r) => r.meta.id));
  for (const plugin of plugins) {
    if (builtin.has(plugin.meta.id)) throw new InputError(`${label}: plugins: rule id "${plugin.meta.id}" is already a built-in rule`);
  }
  const known = new Set(knownRuleIds(plugins));
  for (const id of Object.keys(rules)) {
    if (!known.has(id)) throw new InputError(`${label}: rules.${id}: unknown rule (known: ${[...known].join(', ')})`);
  }
}

/**
 * Loads one plugin module synchronously (Node's require of ES modules, so the CLI stays synchronous).
 * It must export a rule (`default`, `rule`) or an array of rules (`default`, `rules`).
 */
export function loadPlugin(path: string, label: string): Rule[] {
  let module: Record<string, unknown>;
  try {
    module = createRequire(join(process.cwd(), 'noop.js'))(path) as Record<string, unknown>;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${label}: cannot load ${path} (${code === 'MODULE_NOT_FOUND' ? 'no such module' : (error as Error).message.split('\n')[0]})`);
  }
  const exported = module.default ?? module.rules ?? module.rule ?? module;
  const rules = Array.isArray(exported) ? exported : [exported];
  rules.forEach((rule, i) => {
    const problem = ruleProblem(rule);
    if (problem) throw new InputError(`${label}: ${path}${rules.length > 1 ? `[${i}]` : ''}: not a rule (${problem})`);
  });
  return rules as Rule[];
}

/** Why a value is not a usable rule object, or null when it is one. */
export function ruleProblem(rule: unknown): string | null {
  const r = rule as Partial<Rule> | null;
  if (!r || typeof r !== 'object') return 'expected an object with meta and check';
  if (typeof r.check !== 'function') return 'check must be a function';
  const meta = r.meta as Partial<Rule['meta']> | undefined;
  if (!meta || typeof meta !== 'object') return 'meta is missing';
  if (typeof meta.id !== 'string' || !/^[a-z0-9][a-z0-9-/]*$/.test(meta.id)) return 'meta.id must be a lower-case id';
  if (typeof meta.category !== 'string' || !meta.category.includes('/')) return 'meta.category must be an MQM category like accuracy/mistranslation';
  if (!['minor', 'major', 'critical'].includes(meta.defaultSeverity as string)) return 'meta.defaultSeverity must be minor, major or critical';
  if (typeof meta.description !== 'string') return 'meta.description must be a string';
  return null;
}

/** One line naming the offending key: the deepest error wins; unknown keys are named as such. */
export function describeError(errors: ErrorObject[]): string {
  const deepest = [...errors].sort((a, b) => depth(b) - depth(a))[0];
  if (!deepest) return 'invalid';
  const key = keyOf(deepest.instancePath);
  if (deepest.keyword === 'additionalProperties') {
    const extra = (deepest.params as { additionalProperty: string }).additionalProperty;
    return `${key ? key + '.' : ''}${extra}: unknown key`;
  }
  if (/^\/rules\/[^/]+/.test(deepest.instancePath)) {
    return `${keyOf(deepest.instancePath.split('/').slice(0, 3).join('/'))}: must be "off", a severity (minor, major, critical) or [severity, {options}]`;
  }
  if (deepest.keyword === 'enum') {
    return `${key || '(root)'}: must be one of ${(deepest.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (deepest.keyword === 'required') {
    const missing = (deepest.params as { missingProperty: string }).missingProperty;
    return `${key ? key + '.' : ''}${missing}: is required`;
  }
  // A limit that also takes -1 (no limit): say so, as the command line does.
  const noLimit = errors.some((e) => e.instancePath === deepest.instancePath && e.keyword === 'const' && (e.params as { allowedValue?: unknown }).allowedValue === -1);
  return `${key || '(root)'}: ${deepest.message ?? 'invalid'}${noLimit ? ' (or -1 for no limit)' : ''}`;
}

function depth(error: ErrorObject): number {
  return error.instancePath.split('/').length + (error.keyword === 'additionalProperties' ? 1 : 0);
}

/** `/gate/maxScore` → `gate.maxScore`; `/plugins/0` → `plugins[0]`. */
export function keyOf(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((key, part) => (/^\d+$/.test(part) ? `${key}[${part}]` : key ? `${key}.${part}` : part), '');
}

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
