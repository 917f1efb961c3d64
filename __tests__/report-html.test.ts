import { createHash } from 'node:crypto';
import { describe, expect, test } from '@jest/globals';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { audit } from '../src/audit.ts';
import { formatHtml } from '../src/report/html.ts';
import { MAX_NESTED_FINDINGS, renderSegmentText } from '../src/report/html/marks.ts';
import type { AuditResult, Finding, Segment } from '../src/types.ts';
import { doc, seedPair } from './helpers/seed.ts';

const parse = (html: string) => unified().use(rehypeParse).parse(html) as Root;
const elements = (tree: Root | Element, test: (e: Element) => boolean) => {
  const out: Element[] = [];
  visit(tree, 'element', (e: Element) => {
    if (test(e)) out.push(e);
  });
  return out;
};
const text = (e: Element): string => e.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? text(c) : '')).join('');
const scripts = (tree: Root) => elements(tree, (e) => e.tagName === 'script');

const HOSTILE =
  'The minister said <script>alert("pwned")</script> nothing new today.\n\nThe press saw <img src=x onerror=alert(1)> and </script><b>bold</b> claims.\n\n' +
  'Rome will send <script>alert(2)</script> 400 soldiers to Gaza next spring, officials in Brussels confirmed.\n';
const hostile = audit(doc('The minister said nothing new today.\n\nThe press saw the claims.\n', 'src.txt'), doc(HOSTILE, 'tgt<x>.txt'), {
  now: new Date(0),
});
const hostileHtml = formatHtml(hostile);

describe('HTML report: escaping and CSP', () => {
  test('article text is escaped: no element, attribute or handler comes from the documents', () => {
    expect(hostileHtml).not.toContain('<script>alert');
    expect(hostileHtml).not.toContain('<img');
    expect(hostileHtml).not.toContain('<b>bold');
    expect(hostileHtml).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    expect(hostileHtml).toContain('&#x3C;script>alert("pwned")&#x3C;/script>');
    const tree = parse(hostileHtml);
    expect(scripts(tree)).toHaveLength(2);
    expect(elements(tree, (e) => e.tagName === 'img' || (e.tagName === 'b' && text(e) === 'bold'))).toEqual([]);
    // The text reads back exactly as the target had it.
    const targetCells = elements(tree, (e) => (e.properties.className as string[] | undefined)?.includes('tgt') === true);
    expect(targetCells.map(text).join(' ')).toContain('<img src=x onerror=alert(1)>');
  });

  test('the finding data block cannot close its script element and parses back to the findings', () => {
    const [data] = scripts(parse(hostileHtml)).filter((s) => s.properties.type === 'application/json');
    const json = text(data!);
    expect(json).not.toMatch(/[<>]/);
    const parsed = JSON.parse(json) as { findings: { id: string; target: string | null }[] };
    expect(parsed.findings.map((f) => f.id).sort()).toEqual(hostile.findings.map((f) => f.id).sort());
    expect(parsed.findings.some((f) => f.target?.includes('<script>'))).toBe(true);
  });

  test('a strict Content-Security-Policy allows only the inline script, by its hash', () => {
    const tree = parse(hostileHtml);
    const [meta] = elements(tree, (e) => e.tagName === 'meta' && String(e.properties.httpEquiv) === 'Content-Security-Policy');
    const csp = String(meta!.properties.content);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'unsafe-inline'");
    const code = text(scripts(tree).find((s) => !s.properties.type)!);
    const hash = createHash('sha256').update(code, 'utf8').digest('base64');
    expect(csp).toMatch(new RegExp(`script-src 'sha256-${hash.replace(/[+/=]/g, '\\$&')}'(;|$)`));
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
  });
});

describe('HTML report: hooks and structure', () => {
  const { source, target } = seedPair();
  const result = audit(source, target, { now: new Date(0) });
  const tree = parse(formatHtml(result));
  const marks = elements(tree, (e) => e.properties.dataFinding !== undefined);

  test('one data-finding element per finding, in the target column or, for omissions, the source column', () => {
    expect(marks.map((m) => String(m.properties.dataFinding)).sort()).toEqual(result.findings.map((f) => f.id).sort());
    const columnOf = new Map<string, string>();
    visit(tree, 'element', (cell: Element) => {
      const classes = (cell.properties.className as string[] | undefined) ?? [];
      if (!classes.includes('cell')) return;
      visit(cell, 'element', (e: Element) => {
        if (e.properties.dataFinding !== undefined) columnOf.set(String(e.properties.dataFinding), classes.includes('src') ? 'source' : 'target');
      });
    });
    for (const f of result.findings) expect([f.id, columnOf.get(f.id)]).toEqual([f.id, f.target ? 'target' : 'source']);
  });

  test('the verdict and every alignment have their hooks', () => {
    expect(elements(tree, (e) => e.properties.dataVerdict !== undefined).map((e) => e.properties.dataVerdict)).toEqual([result.summary.pass ? 'pass' : 'fail']);
    const rows = elements(tree, (e) => e.properties.dataAlignment !== undefined);
    expect(rows.map((r) => Number(r.properties.dataAlignment)).sort((a, b) => a - b)).toEqual(result.alignments.map((_, i) => i));
  });

  test('the header names both documents, the score and the counts; page chrome is collapsed', () => {
    const header = text(elements(tree, (e) => e.tagName === 'header')[0]!);
    expect(header).toContain('source.txt');
    expect(header).toContain('target.txt');
    expect(header).toContain(String(result.summary.score));
    expect(header).toContain(`${result.summary.counts.major} major`);
    expect(header).toContain(result.tool.version);
    const chrome = elements(tree, (e) => e.tagName === 'details' && ((e.properties.className as string[]) ?? []).includes('chrome'));
    expect(chrome.length).toBeGreaterThan(0);
    for (const d of chrome) expect(d.properties.open).toBeUndefined();
  });

  test('the run-together word is its own mark, holding exactly its text', () => {
    const rogers = result.findings.find((f) => f.target?.text === 'RogersWhen')!;
    const mark = marks.find((m) => m.properties.dataFinding === rogers.id)!;
    expect(text(mark)).toBe('RogersWhen');
    expect(mark.properties.className).toEqual(expect.arrayContaining(['f', `s-${rogers.severity}`]));
  });
});

describe('HTML report: findings a reviewed baseline suppressed', () => {
  test('stay marked, greyed, and carry the baseline decision for the popover and the export', () => {
    const { source, target } = seedPair();
    const result = audit(source, target, { now: new Date(0) });
    const [first, ...rest] = result.findings;
    const suppressed: AuditResult = { ...result, findings: [{ ...first!, suppressed: true, decision: 'false-positive', fingerprint: 'fp-1' }, ...rest] };
    const tree = parse(formatHtml(suppressed));
    const mark = elements(tree, (e) => e.properties.dataFinding === first!.id)[0]!;
    expect(mark.properties.className).toContain('sup');
    const data = JSON.parse(text(scripts(tree).find((s) => s.properties.type === 'application/json')!)) as {
      findings: { id: string; baseline: string | null; fingerprint: string | null }[];
    };
    expect(data.findings.find((f) => f.id === first!.id)).toMatchObject({ baseline: 'false-positive', fingerprint: 'fp-1' });
    expect(data.findings.filter((f) => f.baseline !== null)).toHaveLength(1);
  });
});

describe('HTML report: findings outside the aligned text', () => {
  test('a finding without spans is marked in a document row; one in page chrome opens its box', () => {
    const { source, target } = seedPair();
    const result = audit(source, target, { now: new Date(0) });
    const chrome = result.target.segments.find((s) => s.boilerplate)!;
    const extra: Finding[] = [
      { ...finding('fx1', null, null), message: 'The target is in the wrong language' },
      finding('fx2', { start: chrome.start, end: chrome.end, text: chrome.text }, null),
    ];
    const tree = parse(formatHtml({ ...result, findings: [...result.findings, ...extra] }));
    const doc = elements(tree, (e) => e.properties.dataFinding === 'fx1')[0]!;
    expect(text(doc)).toBe('The target is in the wrong language');
    const boxes = elements(tree, (e) => e.tagName === 'details' && elements(e, (m) => m.properties.dataFinding === 'fx2').length > 0);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.properties.open).toBe(true);
  });
});

describe('marks in a segment', () => {
  const TEXT = 'Alpha beta gamma delta epsilon.';
  const segment: Segment = { id: 't1', start: 0, end: TEXT.length, text: TEXT, kind: 'sentence', boilerplate: false, paragraph: 0 };
  const at = (word: string, to = word) => ({ start: TEXT.indexOf(word), end: TEXT.indexOf(to) + to.length, text: TEXT.slice(TEXT.indexOf(word), TEXT.indexOf(to) + to.length) });
  const render = (findings: Finding[], diff: { start: number; end: number; text: string }[] = []) => {
    const root: Root = { type: 'root', children: renderSegmentText(TEXT, segment, { side: 'target', findings, diff, evidence: [] }, new Set()) };
    return { root, marks: elements(root, (e) => e.tagName === 'mark'), text: root.children.map((c) => (c.type === 'text' ? c.value : text(c as Element))).join('') };
  };

  test('a contained finding nests inside its container; the text is unchanged', () => {
    const outer = finding('f1', at('Alpha', 'epsilon.'), null);
    const inner = finding('f2', at('gamma'), null);
    const { marks, text: shown } = render([outer, inner], [at('beta')]);
    expect(shown).toBe(TEXT);
    expect(marks.map((m) => m.properties.dataFinding)).toEqual(['f1', 'f2']);
    expect(marks.some((m) => m.properties.dataFindingPart !== undefined)).toBe(false);
    expect(elements(marks[0]!, (e) => e.properties.dataFinding === 'f2')).toHaveLength(1);
  });

  test('depth is bounded whatever the findings: 1,000 findings nested in one another, all quoting the sentence as evidence', () => {
    const many = Array.from({ length: 1000 }, (_, i) => finding(`f${i}`, { start: i % 20, end: TEXT.length - (i % 7), text: '' }, null));
    const evidence = many.map((f) => ({ span: { start: 0, end: TEXT.length, text: TEXT }, finding: f }));
    const root: Root = { type: 'root', children: renderSegmentText(TEXT, segment, { side: 'source', findings: many, diff: [at('beta')], evidence }, new Set()) };
    expect(depth(root)).toBeLessThanOrEqual(MAX_NESTED_FINDINGS + 2); // the marks, then span.ev > del around the text
    const heads = elements(root, (e) => e.properties.dataFinding !== undefined).map((e) => e.properties.dataFinding);
    expect(heads).toHaveLength(1000);
    expect(new Set(heads).size).toBe(1000);
    const spans = elements(root, (e) => e.tagName === 'span');
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.every((e) => String(e.properties.dataEvidence).split(' ').length === 1000)).toBe(true);
    expect(root.children.map((c) => (c.type === 'text' ? c.value : text(c as Element))).join('')).toBe(TEXT);
  });

  test('under the bound every finding is drawn over its whole span, as before', () => {
    const few = Array.from({ length: MAX_NESTED_FINDINGS }, (_, i) => finding(`f${i}`, at('Alpha', 'epsilon.'), null));
    const { marks } = render(few);
    expect(marks.map((m) => [m.properties.dataFinding, text(m)])).toEqual(few.map((f) => [f.id, TEXT]));
  });

  test('partly overlapping findings split the later one; each still has exactly one data-finding', () => {
    const { marks, text: shown } = render([finding('f1', at('beta', 'gamma'), null), finding('f2', at('gamma', 'delta'), null)]);
    expect(shown).toBe(TEXT);
    expect(marks.filter((m) => m.properties.dataFinding !== undefined).map((m) => m.properties.dataFinding)).toEqual(['f1', 'f2']);
    expect(marks.filter((m) => m.properties.dataFindingPart !== undefined).map((m) => m.properties.dataFindingPart)).toEqual(['f2']);
  });

  test('a finding on an empty span still gets its element', () => {
    const point = { start: 5, end: 5, text: '' };
    const { marks, text: shown } = render([finding('f1', point, null)]);
    expect(shown).toBe(TEXT);
    expect(marks.map((m) => m.properties.dataFinding)).toEqual(['f1']);
  });
});

/** The deepest chain of nested elements under a node. */
function depth(node: Root | Element): number {
  let deepest = 0;
  for (const child of node.children) if (child.type === 'element') deepest = Math.max(deepest, depth(child));
  return deepest + (node.type === 'element' ? 1 : 0);
}

describe('HTML report at scale', () => {
  test('a target near the 10 MB input limit whose findings all quote one source sentence renders, with bounded depth', () => {
    // 4.5 MB of target text: sentences that each get a finding pointing at the same source sentence (the
    // evidence spans once nested one inside another per finding and overflowed the stack).
    const sourceText = 'The council met on Tuesday to discuss the budget.\n';
    const line = (i: number) => `Row ${i}: the council met on a Tuesday and talked about the budget for the coming year, officials said.`;
    const n = 45_000;
    let targetText = '';
    const segments: Segment[] = [];
    for (let i = 1; i <= n; i++) {
      const s = line(i);
      segments.push({ id: `t${i}`, start: targetText.length, end: targetText.length + s.length, text: s, kind: 'sentence', boilerplate: false, paragraph: i });
      targetText += s + '\n';
    }
    expect(targetText.length).toBeGreaterThan(4_500_000);
    const sourceSegment: Segment = { id: 's1', start: 0, end: sourceText.length - 1, text: sourceText.trim(), kind: 'sentence', boilerplate: false, paragraph: 0 };
    const findings = segments.map((t, i) => finding(`f${i + 1}`, { start: t.start, end: t.end, text: t.text }, sourceSegment));
    const result: AuditResult = {
      tool: { name: 'faithful', version: 'test' },
      generated: new Date(0).toISOString(),
      source: { path: 'source.txt', text: sourceText, segments: [sourceSegment] },
      target: { path: 'target.txt', text: targetText, segments },
      alignments: [{ source: ['s1'], target: segments.map((s) => s.id), score: 0.5, diff: [] }],
      findings,
      summary: { words: 0, penalty: 0, score: 0, pass: false, reasons: [], counts: { minor: n, major: 0, critical: 0, total: n, byCategory: {}, byRule: {} } },
    };
    const html = formatHtml(result);
    expect(html.match(/data-finding="f\d+"/g)).toHaveLength(n);
    // The source sentence is one evidence span listing every finding, not n nested spans.
    const evidence = html.match(/<span class="ev" data-evidence="([^"]*)">/g)!;
    expect(evidence).toHaveLength(1);
    expect(evidence[0]!.split(' ')).toHaveLength(n + 2); // '<span', 'class="ev"', then n ids in the attribute
    const sourceCell = /<div class="cell src" role="cell">([\s\S]*?)<\/div>/.exec(html)![1]!;
    expect(sourceCell.match(/<span|<mark|<del|<ins/g)!.length).toBeLessThanOrEqual(4);
  }, 120_000);

  test('2,000 sentences with a finding each: every finding marked once, every row present', () => {
    const n = 2000;
    const sentence = (i: number) => `Sentence number ${i} reports that the council met on Tuesday.`;
    const segmentsOf = (prefix: string, skip: (i: number) => boolean) => {
      let text = '';
      const segments: Segment[] = [];
      for (let i = 1; i <= n; i++) {
        if (skip(i)) continue;
        const s = sentence(i);
        segments.push({ id: `${prefix}${i}`, start: text.length, end: text.length + s.length, text: s, kind: 'sentence', boilerplate: false, paragraph: i });
        text += `${s}\n`;
      }
      return { text, segments };
    };
    const src = segmentsOf('s', () => false);
    const tgt = segmentsOf('t', (i) => i % 10 === 0);
    const findings: Finding[] = [];
    for (const seg of tgt.segments) {
      const at = seg.start + seg.text.indexOf('council');
      findings.push(finding(`f${findings.length + 1}`, { start: at, end: at + 7, text: 'council' }, null));
      findings.push(finding(`f${findings.length + 1}`, { start: seg.start, end: seg.end, text: seg.text }, null));
    }
    for (const seg of src.segments.filter((s) => Number(s.id.slice(1)) % 10 === 0)) findings.push(finding(`f${findings.length + 1}`, null, seg));
    const result: AuditResult = {
      tool: { name: 'faithful', version: 'test' },
      generated: new Date(0).toISOString(),
      source: { path: 'big-source.txt', ...src },
      target: { path: 'big-target.txt', ...tgt },
      alignments: tgt.segments.map((t) => ({ source: [`s${t.id.slice(1)}`], target: [t.id], score: 1, diff: [] })),
      findings,
      summary: { words: 0, penalty: 0, score: 0, pass: true, reasons: [], counts: { minor: findings.length, major: 0, critical: 0, total: findings.length, byCategory: {}, byRule: {} } },
    };
    const html = formatHtml(result);
    const ids = [...html.matchAll(/data-finding="(f\d+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(findings.length);
    expect(new Set(ids).size).toBe(findings.length);
    expect(html.match(/data-alignment=/g)).toHaveLength(tgt.segments.length);
    expect(html.match(/data-row-kind="omitted"/g)).toHaveLength(n / 10);
  });
});

function finding(id: string, target: Finding['target'], source: Segment | null): Finding {
  return {
    id,
    rule: target ? 'test-rule' : 'omitted-sentence',
    category: target ? 'fluency/spelling' : 'accuracy/omission',
    severity: 'minor',
    message: 'test',
    target,
    source: source ? { start: source.start, end: source.end, text: source.text } : null,
    suggestion: null,
    confidence: 1,
  };
}
