import { resolve } from 'node:path';
import { configRef } from '../config/ref.ts';
import type { ConfigRef } from '../types.ts';
import { readBaseline, type Decision } from '../baseline/baseline.ts';
import { defaultConfig, findConfig, loadConfig, type ResolvedConfig } from '../config/load.ts';
import type { GatedAuditOptions } from '../baseline/pipeline.ts';
import type { ReadOptions } from '../ingest/read-input.ts';
import { builtinRules } from '../rules/index.ts';
import type { RuleMeta } from '../rules/rule.ts';
import type { GateOptions } from '../score/score.ts';
import type { AuditArgs } from './args.ts';

/**
 * Everything a run needs, from the configuration file overridden by the command line. Plain data
 * (plugins travel as paths) so that batch workers receive it as it is.
 */
export interface RunSettings {
  configPath: string | null;
  /** The configuration file as reports name it (path and sha256), or null when none was used. */
  config: ConfigRef | null;
  rules: ResolvedConfig['rules'];
  gate: GateOptions;
  language: ResolvedConfig['language'];
  pluginPaths: string[];
  baselinePath?: string;
  baseline?: Decision[];
  read: ReadOptions;
  /** The configuration's data directory of third-party lists (absolute); `FAITHFUL_DATA` stands over it. */
  data?: string;
}

/** Loads the configuration (`--config`, else the nearest one upward, unless `--no-config`) and applies the flags. */
export function resolveSettings(args: AuditArgs, cwd: string): { settings: RunSettings; config: ResolvedConfig } {
  const configPath = args.config === null ? null : args.config !== undefined ? resolve(cwd, args.config) : findConfig(cwd);
  const config = configPath ? loadConfig(configPath, cwd) : defaultConfig();
  const gate: GateOptions = { ...config.gate };
  if (args.failOn !== undefined) gate.failOn = args.failOn;
  if (args.maxScore !== undefined) gate.maxScore = args.maxScore;
  if (args.maxFindings !== undefined) gate.maxFindings = args.maxFindings;
  if (args.maxUnsupportedShare !== undefined) gate.maxUnsupportedShare = args.maxUnsupportedShare;
  if (args.minConfidence !== undefined) gate.minConfidence = args.minConfidence;
  const baselinePath = args.baseline !== undefined ? resolve(cwd, args.baseline) : config.baseline;
  const baseline = baselinePath ? readBaseline(baselinePath, args.baseline ?? baselinePath) : undefined;
  return {
    config,
    settings: {
      configPath,
      config: configPath ? configRef(configPath, cwd) : null,
      rules: config.rules,
      gate,
      language: args.sourceLang !== undefined || args.targetLang !== undefined ? { ...config.language, ...(args.sourceLang ? { source: args.sourceLang } : {}), ...(args.targetLang ? { target: args.targetLang } : {}) } : config.language,
      pluginPaths: config.pluginPaths,
      baselinePath,
      baseline,
      read: { encoding: args.encoding, maxBytes: args.maxBytes },
      data: config.data,
    },
  };
}

/** The audit options of a run, given its loaded plugin rules. */
export function auditOptionsOf(settings: RunSettings, plugins: ResolvedConfig['plugins']): GatedAuditOptions {
  return { rules: settings.rules, gate: settings.gate, plugins, baseline: settings.baseline, language: settings.language, data: settings.data };
}

/** Metadata of every rule that runs, for SARIF and help. */
export function ruleMetas(plugins: ResolvedConfig['plugins']): RuleMeta[] {
  return [...builtinRules, ...plugins].map((r) => r.meta);
}
