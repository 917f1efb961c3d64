import { extractHtml } from './extract-html.ts';
import { extractMarkdown } from './extract-markdown.ts';

export type InputFormat = 'text' | 'html' | 'markdown';

/** The article text that offsets point into. Plain text is kept byte for byte (less a BOM). */
export function extractText(raw: string, format: InputFormat): string {
  if (format === 'html') return extractHtml(raw);
  if (format === 'markdown') return extractMarkdown(raw);
  return raw;
}
