import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { visit } from 'unist-util-visit';
import type { Element, Root, Text } from 'hast';
import { audit } from '../src/audit.ts';
import { formatHtml } from '../src/report/html.ts';
import { formatText } from '../src/report/text.ts';
import { formatMarkdown } from '../src/report/md.ts';

// Article text is untrusted: it comes from the open web. Each payload must reach the reviewer as text.
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(2)">',
  '</script><script>alert(3)</script>',
  `it's "quoted" & 'single'`,
  '<!-- open comment',
  '<svg onload=alert(5)>',
  '<a href="javascript:alert(6)">link</a>',
  '<style>body{display:none}</style>',
];
const SOURCE = 'The minister said "we are ready" on Friday. The army sent 300 soldiers to the border. Talks resume in May.';
const TARGET = [
  `The minister said "we are ready ${PAYLOADS[0]}" on Friday.`,
  `The army sent 400 soldiers ${PAYLOADS[1]} to the border.`,
  `An added ${PAYLOADS[2]} line with ${PAYLOADS[3]} and ${PAYLOADS[4]} here.`,
  `Talks resume in May ${PAYLOADS[5]} ${PAYLOADS[6]} ${PAYLOADS[7]}.`,
].join('\n\n');
const TARGET_PATH = 'tgt"><img src=x onerror=alert(7)>.txt';

const result = audit({ path: 'src<script>alert(8)</script>.txt', text: SOURCE }, { path: TARGET_PATH, text: TARGET }, { now: new Date(0) });
const html = formatHtml(result);
const tree = unified().use(rehypeParse).parse(html) as Root;
const elements: Element[] = [];
visit(tree, 'element', (node: Element) => void elements.push(node));
const textOf = (node: Element) => node.children.map((c) => (c.type === 'text' ? (c as Text).value : '')).join('');

describe('HTML report safety: article text stays inert', () => {
  test('the audit has findings whose messages and spans carry the payloads (so the test exercises them)', () => {
    expect(result.findings.length).toBeGreaterThan(2);
    expect(result.findings.some((f) => f.target && /<|"/.test(f.target.text))).toBe(true);
  });

  test('no element comes from article text: no img, svg, iframe, link or style element beyond the report’s own', () => {
    const names = new Set(elements.map((e) => e.tagName));
    for (const tag of ['img', 'svg', 'iframe', 'object', 'embed', 'base', 'form']) expect(names.has(tag)).toBe(false);
    expect(elements.filter((e) => e.tagName === 'style')).toHaveLength(1);
    expect(elements.filter((e) => e.tagName === 'a' && String(e.properties.href ?? '').startsWith('javascript:'))).toEqual([]);
  });

  test('no element has an event-handler attribute', () => {
    const handlers = elements.flatMap((e) => Object.keys(e.properties).filter((name) => /^on/i.test(name)).map((name) => `${e.tagName}[${name}]`));
    expect(handlers).toEqual([]);
  });

  test('the only scripts are the JSON data block and the report’s own script, and the data round-trips', () => {
    const scripts = elements.filter((e) => e.tagName === 'script');
    const data = scripts.filter((s) => s.properties.type === 'application/json');
    const code = scripts.filter((s) => s.properties.type !== 'application/json');
    expect(data).toHaveLength(1);
    expect(code.length).toBeLessThanOrEqual(1);
    expect(scripts.every((s) => s.properties.src === undefined)).toBe(true);
    const raw = textOf(data[0]!);
    expect(raw).not.toMatch(/<\/script|<!--/i);
    // The data block carries the flagged text (payloads included) and gives it back unchanged.
    const targets = (JSON.parse(raw).findings as Array<{ target: string | null }>).map((f) => f.target);
    expect(targets).toEqual(result.findings.map((f) => f.target?.text ?? null));
    expect(targets.some((t) => t?.includes('<script>alert(1)</script>'))).toBe(true);
    for (const s of code) expect(textOf(s)).not.toMatch(/alert\(/);
  });

  test('every segment is shown to the reviewer as text, character for character, payloads included', () => {
    const deepText = (node: Element): string =>
      node.children.map((c) => (c.type === 'text' ? (c as Text).value : c.type === 'element' ? deepText(c as Element) : '')).join('');
    const shown = new Map(elements.filter((e) => e.properties.dataSeg !== undefined).map((e) => [String(e.properties.dataSeg), deepText(e)]));
    const segments = [...result.source.segments, ...result.target.segments];
    expect(segments.map((s) => shown.get(s.id))).toEqual(segments.map((s) => s.text));
    const visible = [...shown.values()].join(' ');
    for (const payload of PAYLOADS.filter((p) => !p.startsWith('<!'))) expect(visible).toContain(payload);
    const names = elements.filter((e) => (e.properties.className as string[] | undefined)?.includes('doc-name')).map(deepText);
    expect(names).toContain(TARGET_PATH);
  });

  test('a Content-Security-Policy meta tag forbids network access and inline script other than the report’s own', () => {
    const head = elements.find((e) => e.tagName === 'head')!;
    const meta = elements.find((e) => e.tagName === 'meta' && String(e.properties.httpEquiv).toLowerCase() === 'content-security-policy');
    expect(meta).toBeDefined();
    let inHead = false;
    visit(head, 'element', (node: Element) => void (node === meta && (inHead = true)));
    expect(inHead).toBe(true);
    const csp = String(meta!.properties.content);
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/unsafe-inline'[^;]*;?\s*$|script-src[^;]*(unsafe-inline|unsafe-eval|\*|https?:)/);
    for (const script of elements.filter((e) => e.tagName === 'script' && e.properties.type !== 'application/json')) {
      const hash = createHash('sha256').update(textOf(script)).digest('base64');
      expect(csp).toContain(`'sha256-${hash}'`);
    }
  });
});

describe('text report safety: article text cannot drive the terminal', () => {
  const source = 'The minister said the plan failed. Talks resume in May.';
  const target = 'The minister said the\u0007 the plan \u001b[2J\u001b]0;pwned\u0007 failed in \u202eyaM. Talks resume in May.';
  const hostile = audit({ path: 'src\u001b[31m.txt', text: source }, { path: 'tgt\u001b]0;x\u0007.txt', text: target }, { now: new Date(0) });

  test('a flagged sentence carries the control characters (so the test exercises them)', () => {
    const flagged = new Set(hostile.findings.map((f) => f.segment));
    expect(hostile.target.segments.some((s) => flagged.has(s.id) && /\u001b.*\u202e/u.test(s.text))).toBe(true);
  });

  test('without colour, no control character or bidi override reaches the output; they are shown escaped', () => {
    const out = formatText(hostile, { color: false });
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
    expect(out).toContain('\\x1b[2J');
    expect(out).toContain('\\u202e');
  });

  test('with colour, the only escape sequences are the report’s own colours', () => {
    const out = formatText(hostile, { color: true });
    expect(out.replace(/\u001b\[[0-9;]*m/gu, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
  });
});

describe('Markdown report safety: article text posted as a comment stays text', () => {
  const source = 'The minister said the plan failed.';
  const target = 'The minister said the plan failed.\n\nAn added line: [a link](javascript:alert(1)) | @octocat <img src=x> @org/team.';
  const md = formatMarkdown(audit({ path: 's.txt', text: source }, { path: 't.txt', text: target }, { now: new Date(0) }));

  test('the added sentence is quoted in the report (so the test exercises it)', () => {
    expect(md).toContain('An added line');
  });

  test('no @mention, raw tag, link or unescaped pipe comes from the article', () => {
    expect(md).not.toMatch(/@octocat|@org/);
    expect(md).not.toContain('<img');
    expect(md).toContain('javascript:');
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
    const row = md.split('\n').find((line) => line.includes('An added line'))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(md.split('\n').find((line) => line.startsWith('| where'))!.split('|').length);
  });
});
