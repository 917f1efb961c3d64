import { formatHtml } from '../report/html.ts';
import { formatJson } from '../report/json.ts';
import { formatJunit } from '../report/junit.ts';
import { formatMarkdown } from '../report/md.ts';
import { formatSarif } from '../report/sarif.ts';
import { formatText } from '../report/text.ts';
import type { RuleMeta } from '../rules/rule.ts';
import type { AuditResult } from '../types.ts';
import type { Format } from './args.ts';

export interface RenderContext {
  color: boolean;
  rules: RuleMeta[];
  language: { source?: string; target?: string };
  /** The pair's name in batch runs (JUnit suite name). */
  name?: string;
  /** `--all`: the text output lists every finding. */
  all?: boolean;
}

/** File name ending per format, after the pair's name: `<name>.<extension>`. */
export const EXTENSION: Record<Format, string> = { text: 'txt', json: 'json', html: 'html', md: 'md', sarif: 'sarif', junit: 'junit.xml' };

/** Dispatches to the reporters; each is a pure function of the result. */
export function render(result: AuditResult, format: Format, context: RenderContext): string {
  switch (format) {
    case 'json':
      return formatJson(result);
    case 'html':
      return formatHtml(result);
    case 'md':
      return formatMarkdown(result, { language: context.language });
    case 'sarif':
      return formatSarif(result, { rules: context.rules, language: context.language });
    case 'junit':
      return formatJunit(result, context.name);
    case 'text':
      return formatText(result, { color: context.color, top: context.all ? Infinity : undefined });
  }
}
