import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Nodes, Root } from 'mdast';

/** Blocks whose text is prose; code, HTML and front matter are not article text. */
const TEXT_BLOCKS = new Set(['heading', 'paragraph', 'tableCell']);

/** Extracts the prose of a Markdown document, one block per line, markup removed. */
export function extractMarkdown(markdown: string): string {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
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
