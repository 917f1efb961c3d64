import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataFile, resolveDataDir } from '../src/data/data-dir.ts';
import { DATA_LISTS } from '../src/data/lists.ts';

/** Repository root (this file is eval/lexicons.ts). */
export const ROOT = join(import.meta.dirname, '..');

export interface FalseFriend {
  /** The English word the source really has (what the Italian word means). */
  meaning: string;
  /** The Italian word a translation came through. */
  italian: string;
  /** The English look-alike of the Italian word that a careless translation writes. */
  lookalike: string;
  provenance: string;
}

/**
 * Italian-English false friends as edits: where a clean English text has `meaning`, a translation
 * through Italian may write `lookalike`. Read from the data directory the rules read (`FAITHFUL_DATA`,
 * else ../shared/data; LanguageTool's false-friends.xml, LGPL 2.1+; see src/data/lists.ts); empty when
 * the list is missing. Only `it->en` rows are used: they say what the Italian word really means.
 */
export function loadFalseFriends(): Map<string, FalseFriend> {
  const path = dataFile(resolveDataDir(), DATA_LISTS.find((l) => l.name === 'false-friends-it-en')!);
  const result = new Map<string, FalseFriend>();
  if (!path) return result;
  const [header, ...rows] = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const columns = header!.split('\t');
  const col = (name: string) => columns.indexOf(name);
  const [id, direction, pattern, translations] = [col('rulegroup_id'), col('direction'), col('pattern_tokens'), col('translations')];
  if ([id, direction, pattern, translations].some((i) => i < 0)) return result;
  for (const row of rows) {
    const f = row.split('\t');
    if (f[direction] !== 'it->en') continue;
    const lookalike = f[id]!.toLowerCase();
    const italian = f[pattern]!.replace(/\{.*\}$/, '');
    for (const meaning of f[translations]!.split('|').map((t) => t.trim())) {
      if (!/^[a-z]+$/.test(meaning) || meaning === lookalike) continue;
      if (!result.has(meaning)) result.set(meaning, { meaning, italian, lookalike, provenance: 'LanguageTool false-friends.xml' });
    }
  }
  return result;
}

export interface Calque {
  id: string;
  italian: string;
  /** The calque as the lexicon's rule matches it in a target (`u` flag). */
  pattern: RegExp;
  /** `before-name`: the calque stands before a name ("Second Bloomberg"). */
  beforeName: boolean;
  /** The right English, which a clean text may contain and the edit replaces. */
  suggestion: string;
  /** A plain wording of the calque made from the pattern ("Second", "in line with", "assist to"). */
  literal: string;
}

/**
 * Italian-English calques from the project's lexicon (`corpus/lexicons/calques-it-en/calques.tsv`,
 * written by the project, see its SOURCE.md): where a clean text has the right English (`according to`),
 * the generator writes the calque (`Second`). Rows whose pattern has no plain wording are skipped.
 */
export function loadCalques(): Calque[] {
  const path = join(ROOT, 'corpus', 'lexicons', 'calques-it-en', 'calques.tsv');
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8').split('\n');
  const headerLine = lines.find((l) => /^#\s*id\t/.test(l));
  const columns = (headerLine ?? '# id\titalian\ttarget_pattern\tcontext\tevidence\trequires_evidence\tsuggestion\tmeaning').replace(/^#\s*/, '').split('\t');
  const col = (name: string) => columns.indexOf(name);
  const result: Calque[] = [];
  for (const line of lines) {
    if (!line.trim() || line.startsWith('#')) continue;
    const f = line.split('\t');
    const source = f[col('target_pattern')] ?? '';
    const suggestion = f[col('suggestion')] ?? '';
    const literal = literalOf(source);
    if (!literal || !suggestion) continue;
    let pattern: RegExp;
    try {
      pattern = new RegExp(source, 'gu');
    } catch {
      continue;
    }
    result.push({ id: f[col('id')] ?? '', italian: f[col('italian')] ?? '', pattern, beforeName: f[col('context')] === 'before-name', suggestion, literal });
  }
  return result;
}

/** The plainest string a simple pattern matches: no lookarounds, optional parts dropped, first alternatives. */
export function literalOf(pattern: string): string | null {
  let p = pattern.replace(/\\b/g, '');
  // Drop lookarounds, which may nest groups.
  for (let i = p.indexOf('(?'); i >= 0; i = p.indexOf('(?', i + 1)) {
    if (!/^\(\?<?[=!]/.test(p.slice(i))) continue;
    let depth = 0;
    let j = i;
    for (; j < p.length; j++) {
      if (p[j] === '\\') j++;
      else if (p[j] === '(') depth++;
      else if (p[j] === ')' && --depth === 0) break;
    }
    p = p.slice(0, i) + p.slice(j + 1);
    i = -1;
  }
  p = p.replace(/\(\?:[^()]*\)\?/g, '');
  p = p.replace(/\(\?:([^|()]*)(?:\|[^()]*)?\)/g, '$1');
  p = p.replace(/\[([^\]\\])[^\]]*\]/g, '$1');
  p = p.replace(/[^\\]\?/g, '');
  return /[\\()[\]?*+|{}.^$]/.test(p) || !p.trim() ? null : p.trim();
}
