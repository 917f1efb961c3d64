import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, Nodes, Root } from 'hast';

/** Elements whose content is never article text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object', 'canvas', 'button', 'form', 'select']);
/** Elements that start a new block (a new line of extracted text). */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul', 'br', 'title',
]);

/**
 * Extracts the readable text of an HTML page, one block per line. When the page has an
 * `<article>` element only its content is kept, which drops most navigation chrome.
 */
export function extractHtml(html: string): string {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const article = findElement(tree, 'article');
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) blocks.push(line);
    current = '';
  };
  const walk = (node: Nodes) => {
    if (node.type === 'text') {
      current += node.value;
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element' && SKIPPED.has(node.tagName)) return;
    const block = node.type === 'element' && BLOCKS.has(node.tagName);
    if (block) flush();
    for (const child of node.children) walk(child as Nodes);
    if (block) flush();
  };
  walk(article ?? tree);
  flush();
  return blocks.join('\n\n');
}

function findElement(node: Nodes, tagName: string): Element | undefined {
  if (node.type === 'element' && node.tagName === tagName) return node;
  if (node.type !== 'element' && node.type !== 'root') return undefined;
  for (const child of node.children) {
    const found = findElement(child as Nodes, tagName);
    if (found) return found;
  }
  return undefined;
}
