import { belowConfidenceNote, confidentView } from './confidence.ts';
import { configSentence } from './config-ref.ts';
import { lineLocator } from './locate.ts';
import type { AuditResult, Finding } from '../types.ts';

export interface MarkdownOptions {
  /** Findings listed in the table; the rest are counted. Default 50. */
  top?: number;
  /** The language pair from the configuration, shown in the heading when known. */
  language?: { source?: string; target?: string };
}

const ICON: Record<string, string> = { critical: '🟣', major: '🔴', minor: '🟡' };

/**
 * A Markdown comment for a merge request or a CMS: verdict, score, failed gate conditions and a table
 * of findings with their line:column. Article text is escaped so it cannot break the table or inject
 * markup; suppressed findings go in a collapsed section.
 */
export function formatMarkdown(input: AuditResult, options: MarkdownOptions = {}): string {
  const result = confidentView(input);
  const top = options.top ?? 50;
  const { summary } = result;
  const pair = options.language?.source && options.language?.target ? ` (${options.language.source} → ${options.language.target})` : '';
  const out: string[] = [];
  out.push(`### faithful: ${summary.pass ? '✅ PASS' : '❌ FAIL'} — \`${code(result.target.path)}\`${pair}`, '');
  out.push(`Audited against \`${code(result.source.path)}\`: score **${summary.score}** per 100 words (penalty ${summary.penalty}, ${summary.words} words).`, '');
  out.push('| critical | major | minor | suppressed |', '|---:|---:|---:|---:|');
  out.push(`| ${summary.counts.critical} | ${summary.counts.major} | ${summary.counts.minor} | ${summary.suppressed ?? 0} |`, '');
  if (summary.reasons.length) {
    out.push('**Gate failed:**', '');
    for (const reason of summary.reasons) out.push(`- ${cell(reason)}`);
    out.push('');
  }
  for (const { rule, reason } of summary.inactive ?? []) out.push(`> ⚠️ Rule \`${code(rule)}\` did not run: ${cell(reason)}`, '');
  const active = result.findings.filter((f) => !f.suppressed);
  const suppressed = result.findings.filter((f) => f.suppressed);
  const targetAt = lineLocator(result.target.text);
  const sourceAt = lineLocator(result.source.text);
  const row = (f: Finding) => {
    const where = f.target ? targetAt(f.target.start) : sourceAt(f.source!.start);
    const text = (f.target ?? f.source)!.text;
    return `| ${f.target ? 'target' : 'source'}:${where.line}:${where.column} | ${ICON[f.severity]} ${f.severity} | \`${code(f.rule)}\` | ${cell(f.message)} | ${quote(text)} | ${f.suggestion ? cell(f.suggestion) : ''} |`;
  };
  const header = ['| where | severity | rule | finding | text | suggestion |', '|---|---|---|---|---|---|'];
  if (active.length) {
    out.push(...header, ...active.slice(0, top).map(row));
    if (active.length > top) out.push('', `…and ${active.length - top} more finding${active.length - top === 1 ? '' : 's'}.`);
    out.push('');
  } else {
    out.push('No open findings.', '');
  }
  const below = belowConfidenceNote(result);
  if (below) out.push(`_${cell(below)}._`, '');
  if (summary.baseline?.unmatched) {
    out.push(`_Baseline: ${summary.baseline.unmatched} of ${summary.baseline.decisions} reviewed decisions matched no finding (fixed, or edited around)._`, '');
  }
  if (suppressed.length) {
    out.push(`<details><summary>${suppressed.length} suppressed by the reviewed baseline</summary>`, '', ...header, ...suppressed.map(row), '', '</details>', '');
  }
  const configured = configSentence(result);
  out.push(`<sub>${cell(result.tool.name)} ${cell(result.tool.version)}${configured ? ` · ${cell(configured)}` : ''}</sub>`);
  return out.join('\n') + '\n';
}

/** Text inside a table cell: no line breaks, pipes, markup and mentions escaped. */
function cell(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    // "@name" in article text must not mention (notify) anyone where the comment is posted.
    .replace(/@(?=[\p{L}\p{N}_-])/gu, '@\u200b')
    .trim();
}

function quote(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${cell(flat.length > max ? flat.slice(0, max - 1) + '…' : flat)}”`;
}

/** Text inside backticks: backticks and pipes cannot close the span or the cell. */
function code(text: string): string {
  return text.replace(/[`|\n\r]/g, '_');
}
