import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Nodes, Root } from 'mdast';

/** Blocks whose text is prose; code, HTML and front matter are not article text. */
const TEXT_BLOCKS = new Set(['heading', 'paragraph', 'tableCell']);

/** Extracts the prose of a Markdown document, one block per line, markup removed. */
export function extractMarkdown(markdown: string): string {
  const { text: light, heavy } = setAsideHeavyBlocks(markdown);
  const tree = unified().use(remarkParse).use(remarkGfm).parse(defuse(light)) as Root;
  const blocks: string[] = [];
  const walk = (node: Nodes) => {
    if (TEXT_BLOCKS.has(node.type)) {
      const line = toString(node).replace(/\s+/g, ' ').trim();
      if (line) blocks.push(line);
      return;
    }
    if (node.type === 'code' || node.type === 'html' || node.type === 'yaml') return;
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  const text = blocks.join('\n\n');
  return heavy.length ? text.replace(PLACEHOLDER, (_token, i: string) => heavy[Number(i)]!) : text;
}

/**
 * Markup no article needs and that costs the parser quadratic time or deep recursion: a run of more
 * than MAX_RUN emphasis or bracket characters, or a line nesting more than MAX_RUN block quotes or
 * list items. Such runs are made literal text (backslash-escaped), which the parser reads in linear time.
 */
const MAX_RUN = 32;
const LONG_RUN = new RegExp(`[*_[\\]]{${MAX_RUN + 1},}`, 'g');
const DEEP_PREFIX = new RegExp(`^(?:[ \\t]*(?:>|[-+*][ \\t]|\\d{1,9}[.)][ \\t])){${MAX_RUN + 1},}`, 'gm');

/** More block-quote lines than this make the parser quadratic (each quote is checked against the previous ones). */
const MAX_QUOTE_LINES = 1_000;
const QUOTE_PREFIX = /^[ \t]{0,3}(?:>[ \t]?)+/gm;

export function defuse(markdown: string): string {
  const defused = markdown
    .replace(LONG_RUN, (run) => run.replace(/[*_[\]]/g, '\\$&'))
    .replace(DEEP_PREFIX, (prefix) => prefix.replace(/[>\-+*.)]/g, '\\$&'));
  // Thousands of quote lines: drop the markers, keeping the quoted text as plain paragraphs.
  return (defused.match(QUOTE_PREFIX)?.length ?? 0) > MAX_QUOTE_LINES ? defused.replace(QUOTE_PREFIX, '') : defused;
}

/**
 * The Markdown parser (micromark, and more so its GFM extensions for tables and autolinks) is
 * superlinear in the markup of one block: thousands of links, brackets, emphasis marks or table rows
 * without a blank line take seconds to minutes. A block (text between blank lines) longer than
 * MAX_BLOCK characters or with more than MAX_MARKS markup characters is therefore set aside, replaced
 * by a placeholder word, and comes back as its plain text, whitespace collapsed. No article paragraph
 * is anywhere near either limit.
 */
const MAX_BLOCK = 20_000;
const MAX_MARKS = 1_000;
const MARKS = /[[\]*_|`<>\\]/g;
const PLACEHOLDER = /faithfulheavyblock(\d+)x/g;

function setAsideHeavyBlocks(markdown: string): { text: string; heavy: string[] } {
  const heavy: string[] = [];
  if (markdown.length <= MAX_BLOCK && countMarks(markdown) <= MAX_MARKS) return { text: markdown, heavy };
  const text = markdown
    .split(/(\r?\n[ \t]*\r?\n)/)
    .map((block, i) => {
      if (i % 2 === 1 || (block.length <= MAX_BLOCK && countMarks(block) <= MAX_MARKS)) return block;
      heavy.push(block.replace(/\s+/g, ' ').trim());
      return `faithfulheavyblock${heavy.length - 1}x`;
    })
    .join('');
  return { text, heavy };
}

function countMarks(text: string): number {
  return text.match(MARKS)?.length ?? 0;
}
