import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Nodes, Root } from 'mdast';

/** Blocks whose text is prose; code, HTML and front matter are not article text. */
const TEXT_BLOCKS = new Set(['heading', 'paragraph', 'tableCell']);

/** Extracts the prose of a Markdown document, one block per line, markup removed. */
export function extractMarkdown(markdown: string): string {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(defuse(markdown)) as Root;
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
  return blocks.join('\n\n');
}

/**
 * Markup no article needs and that costs the parser quadratic time or deep recursion: a run of more
 * than MAX_RUN emphasis or bracket characters, or a line nesting more than MAX_RUN block quotes or
 * list items. Such runs are made literal text (backslash-escaped), which the parser reads in linear time.
 */
const MAX_RUN = 32;
const LONG_RUN = new RegExp(`[*_[\\]]{${MAX_RUN + 1},}`, 'g');
const DEEP_PREFIX = new RegExp(`^(?:[ \\t]*(?:>|[-+*][ \\t]|\\d{1,9}[.)][ \\t])){${MAX_RUN + 1},}`, 'gm');

/** More closing brackets than this in one paragraph make micromark's label matching quadratic. */
const MAX_BRACKETS = 256;

export function defuse(markdown: string): string {
  const defused = markdown
    .replace(LONG_RUN, (run) => run.replace(/[*_[\]]/g, '\\$&'))
    .replace(DEEP_PREFIX, (prefix) => prefix.replace(/[>\-+*.)]/g, '\\$&'));
  if (countOf(defused, ']') <= MAX_BRACKETS && !hasLongBlock(defused)) return defused;
  // Block by block (text between blank lines): a very long one is read as plain text (every ASCII
  // punctuation mark escaped: GFM inline parsing is superlinear in it), one with too many brackets keeps them as text.
  return defused
    .split(/(\r?\n[ \t]*\r?\n)/)
    .map((block, i) => {
      if (i % 2 === 1) return block;
      if (block.length > MAX_BLOCK) return block.replace(/[!-/:-@[-`{-~]/g, '\\$&');
      return countOf(block, ']') > MAX_BRACKETS ? block.replace(/[[\]]/g, '\\$&') : block;
    })
    .join('');
}

/** A block of text this long is no article's paragraph. */
const MAX_BLOCK = 20_000;

function hasLongBlock(text: string): boolean {
  if (text.length <= MAX_BLOCK) return false;
  let start = 0;
  for (const match of text.matchAll(/\r?\n[ \t]*\r?\n/g)) {
    if (match.index - start > MAX_BLOCK) return true;
    start = match.index + match[0].length;
  }
  return text.length - start > MAX_BLOCK;
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) count++;
  return count;
}
