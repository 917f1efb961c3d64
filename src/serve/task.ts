/**
 * One audit request's work, as a worker thread runs it: extract the article text (plain text, Markdown
 * or HTML), run the gated audit exactly as the CLI does, and render the requested report. Plain data in,
 * plain data out (it crosses a thread boundary). Article text is never logged or kept.
 */
import { auditGated } from '../baseline/pipeline.ts';
import { InputError } from '../ingest/input-error.ts';
import { extractText, type InputFormat } from '../ingest/extract-text.ts';
import { formatOf } from '../ingest/read-input.ts';
import { render } from '../cli/render.ts';
import { ruleMetas } from '../cli/settings.ts';
import type { Format } from '../cli/args.ts';
import type { RuleSetting } from '../findings/run-rules.ts';
import type { GateOptions } from '../score/score.ts';

export interface DocumentPart {
  text: string;
  name?: string;
  format?: 'txt' | 'md' | 'html';
}

export interface AuditTask {
  source: DocumentPart;
  target: DocumentPart;
  /** Already validated by the configuration schema (src/config/load.ts), in the main thread. */
  options: { rules?: Record<string, RuleSetting>; gate?: GateOptions; language?: { source?: string; target?: string } };
  format: Exclude<Format, 'text'>;
}

export type TaskOutcome =
  | { ok: true; body: string; contentType: string; pass: boolean; findings: number; ms: number }
  | { ok: false; status: 422 | 503; error: string; field?: string; ms: number };

export const CONTENT_TYPE: Record<AuditTask['format'], string> = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  sarif: 'application/sarif+json; charset=utf-8',
  junit: 'application/xml; charset=utf-8',
};

const FORMATS: Record<NonNullable<DocumentPart['format']>, InputFormat> = { txt: 'text', md: 'markdown', html: 'html' };

export function runAuditTask(task: AuditTask): TaskOutcome {
  const started = performance.now();
  try {
    const source = { path: task.source.name ?? 'source.txt', text: articleText(task.source, 'source') };
    const target = { path: task.target.name ?? 'target.txt', text: articleText(task.target, 'target') };
    const result = { ...auditGated(source, target, { rules: task.options.rules, gate: task.options.gate, language: task.options.language }), config: null };
    const body = render(result, task.format, { color: false, rules: ruleMetas([]), language: task.options.language ?? {}, name: target.path.replace(/\.[^.]+$/, '') });
    return { ok: true, body, contentType: CONTENT_TYPE[task.format], pass: result.summary.pass, findings: result.findings.length, ms: performance.now() - started };
  } catch (error) {
    if (error instanceof TextError) return { ok: false, status: 422, error: error.message, field: error.field, ms: performance.now() - started };
    // Anything else the pipeline refuses is missing on the server (the bilingual audit's FreeDict): say what.
    if (error instanceof InputError) return { ok: false, status: 503, error: `this server cannot run the audit: ${error.message}`, ms: performance.now() - started };
    throw error;
  }
}

class TextError extends InputError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/** The article text of one side, with the CLI's checks on what is not an article. */
function articleText(part: DocumentPart, side: 'source' | 'target'): string {
  const format = part.format ? FORMATS[part.format] : formatOf(part.name ?? '');
  let text: string;
  try {
    text = extractText(part.text, format);
  } catch (error) {
    if (error instanceof RangeError) throw new TextError(`${side}.text`, 'markup nested too deeply to extract the text');
    throw error;
  }
  if (text.trim() === '') throw new TextError(`${side}.text`, 'no article text found');
  return text;
}
