import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { audit } from '../src/audit.ts';
import { looksLikeBoilerplate } from '../src/ingest/boilerplate.ts';
import { extractHtml } from '../src/ingest/extract-html.ts';
import { extractMarkdown } from '../src/ingest/extract-markdown.ts';
import { readInput, sameFile } from '../src/ingest/read-input.ts';
import { reportPath, safeReportName } from '../src/report/safe-name.ts';
import type { AuditResult } from '../src/types.ts';
import { seedPair } from './helpers/seed.ts';

const dir = mkdtempSync(join(tmpdir(), 'faithful-ingest-'));
const NOW = new Date(0);
const { source: SEED_SOURCE } = seedPair();

function roundTrips(result: AuditResult): void {
  for (const side of ['source', 'target'] as const) {
    for (const s of result[side].segments) expect(result[side].text.slice(s.start, s.end)).toBe(s.text);
  }
  for (const f of result.findings) {
    if (f.target) expect(result.target.text.slice(f.target.start, f.target.end)).toBe(f.target.text);
    if (f.source) expect(result.source.text.slice(f.source.start, f.source.end)).toBe(f.source.text);
  }
}

describe('odd but valid input: a faithful copy stays faithful', () => {
  // Each variant is the seed source written differently; audited against the plain source it must pass clean.
  test.each([
    ['CRLF line endings', (t: string) => t.replace(/\n/g, '\r\n')],
    ['CR line endings', (t: string) => t.replace(/\n/g, '\r')],
    ['U+2028 line separators', (t: string) => t.replace(/\n/g, '\u2028')],
    ['tabs for spaces', (t: string) => t.replace(/ /g, '\t')],
    ['no-break spaces', (t: string) => t.replace(/ /g, '\u00a0')],
    ['straight quotes', (t: string) => t.replace(/[“”]/g, '"').replace(/[‘’]/g, "'")],
    ['curly quotes', (t: string) => t.replace(/"([^"\n]*)"/g, '“$1”').replace(/'/g, '’')],
  ])('%s: no findings, offsets into the variant text', (_what, variant) => {
    const text = variant(SEED_SOURCE.text);
    const result = audit(SEED_SOURCE, { path: 'variant.txt', text }, { now: NOW });
    expect(result.target.text).toBe(text);
    expect(result.findings).toEqual([]);
    expect(result.target.segments.length).toBe(result.source.segments.length);
    roundTrips(result);
  });

  test('a BOM is removed on reading and offsets point into the text without it', () => {
    const path = join(dir, 'bom.txt');
    writeFileSync(path, '\ufeff' + SEED_SOURCE.text);
    const input = readInput(path);
    expect(input.text).toBe(SEED_SOURCE.text);
  });

  test('CRLF segments never include the carriage return', () => {
    const result = audit(SEED_SOURCE, { path: 't.txt', text: SEED_SOURCE.text.replace(/\n/g, '\r\n') }, { now: NOW });
    expect(result.target.segments.filter((s) => /[\r\n]/.test(s.text))).toEqual([]);
  });
});

describe('odd but valid input: shapes', () => {
  test('a 100,000-character sentence without punctuation is audited, with offsets intact', () => {
    const words = ['government', 'troops', 'Rome', 'mission', 'said', 'the', 'minister', 'border'];
    let text = '';
    for (let i = 0; text.length < 100_000; i++) text += words[(i * 5) % words.length] + ' ';
    const target = text.replace(/troops/g, 'soldiers');
    const result = audit({ path: 's.txt', text }, { path: 't.txt', text: target }, { now: NOW });
    expect(result.target.segments.length).toBeGreaterThan(0);
    expect(result.target.segments.at(-1)!.end).toBe(target.trimEnd().length);
    roundTrips(result);
  });

  test('a 100,000-letter word and a 20,000-sentence line are audited', () => {
    const word = 'abcdefghij'.repeat(10_000);
    roundTrips(audit({ path: 's.txt', text: 'Rome burns.' }, { path: 't.txt', text: `The ${word} ends.` }, { now: NOW }));
    const line = 'Rome burns. '.repeat(20_000);
    const result = audit({ path: 's.txt', text: line }, { path: 't.txt', text: line }, { now: NOW });
    expect(result.target.segments.length).toBe(20_000);
    expect(result.findings).toEqual([]);
    expect(new Set(result.target.segments.map((s) => s.paragraph))).toEqual(new Set([0]));
  });

  test.each([['Rome'], ['Rome.'], ['“Rome”'], ['72,000']])('a one-word document (%s) against itself: no findings', (word) => {
    const result = audit({ path: 's.txt', text: word }, { path: 't.txt', text: word }, { now: NOW });
    expect(result.findings).toEqual([]);
    expect(result.summary.pass).toBe(true);
  });

  test('chrome lines are recognised whatever the spaces (tabs, no-break spaces)', () => {
    expect(looksLikeBoilerplate('Distributed\tby\tTribune\tContent\tAgency,\tLLC.')).toBe(true);
    expect(looksLikeBoilerplate('Distributed\u00a0by Tribune Content\u00a0Agency, LLC.')).toBe(true);
    expect(looksLikeBoilerplate('The minister was distributed by nobody in particular today.')).toBe(false);
  });
});

describe('HTML and Markdown extraction', () => {
  test('HTML: scripts, styles, comments, templates and head are dropped; the article element wins', () => {
    const html = `<!doctype html><html><head><title>Site</title><style>p{color:red}</style><script>var secret = "<p>no</p>";</script></head>
<body><nav>Home | World</nav><article><h1>Troops for Gaza</h1><!-- tracking comment -->
<p>Italy will send <b>troops</b>.</p><script>document.write("injected")</script><template><p>hidden</p></template>
<p>The minister said &ldquo;soon&rdquo; &amp; left.</p></article><footer>© 2026 Site</footer></body></html>`;
    expect(extractHtml(html)).toBe('Troops for Gaza\n\nItaly will send troops.\n\nThe minister said “soon” & left.');
  });

  test('HTML without an article element keeps the body text, without scripts', () => {
    expect(extractHtml('<p>One.</p><script>alert(1)</script><div>Two<br>Three</div>')).toBe('One.\n\nTwo\n\nThree');
  });

  test('Markdown: code blocks and HTML are dropped, tables give one line per cell, markup goes', () => {
    const md = '# Title\n\nSome *emphasis* and `code` here.\n\n```js\nconst secret = 1;\n```\n\n    indented secret\n\n| City | Troops |\n|---|---|\n| Rome | 1,000 |\n\n<div>html secret</div>\n\nEnd.';
    expect(extractMarkdown(md).split('\n\n')).toEqual(['Title', 'Some emphasis and code here.', 'City', 'Troops', 'Rome', '1,000', 'End.']);
  });
});

describe('Markdown that would make the parser quadratic or recurse too deep is read as text', () => {
  test.each([
    ['a long run of emphasis marks', '*'.repeat(5000) + 'Rome burns.' + '*'.repeat(5000), 'Rome burns.'],
    ['block quotes nested 5,000 deep', '> '.repeat(5000) + 'Rome burns.', 'Rome burns.'],
    ['list items nested 5,000 deep', '- '.repeat(5000) + 'Rome burns.', 'Rome burns.'],
    ['a paragraph of 20,000 closing brackets', 'x' + '](y)'.repeat(20_000), '](y)](y)'],
    ['a paragraph of 10,000 links', '[a](b) '.repeat(10_000), '[a](b) [a](b)'],
    ['a table of 10,000 rows', '| a | b |\n|---|---|\n' + '| Rome | 1 |\n'.repeat(10_000), '| Rome | 1 |'],
    ['10,000 block quotes', '> Rome burns.\n\n'.repeat(10_000), 'Rome burns.\n\nRome burns.'],
  ])('%s: the text is kept', (_what, markdown, kept) => {
    expect(extractMarkdown(markdown)).toContain(kept);
  });

  test('ordinary Markdown is untouched by the guard', () => {
    expect(extractMarkdown('**Bold** and [a link](http://x).\n\n> quoted\n\n- item')).toBe('Bold and a link.\n\nquoted\n\nitem');
  });
});

describe('same file and safe report names', () => {
  test('sameFile sees through spellings but not through copies', () => {
    const a = join(dir, 'a.txt');
    writeFileSync(a, 'x');
    writeFileSync(join(dir, 'b.txt'), 'x');
    expect(sameFile(a, join(dir, '.', 'a.txt'))).toBe(true);
    expect(sameFile(a, join(dir, 'b.txt'))).toBe(false);
    expect(sameFile(a, join(dir, 'missing.txt'))).toBe(false);
  });

  test.each([
    ['bloomberg-italy', 'bloomberg-italy'],
    ['../../etc/passwd', 'etc-passwd'],
    ['/abs/path', 'abs-path'],
    ['a\\b:c*d?e"f<g>h|i', 'a-b-c-d-e-f-g-h-i'],
    ['..hidden', 'hidden'],
    ['name. ', 'name'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['tab\there\nnewline', 'tab-here-newline'],
    ['x'.repeat(300), 'x'.repeat(120)],
    ['città', 'città'],
  ])('safeReportName(%j) is %j', (name, safe) => {
    expect(safeReportName(name)).toBe(safe);
  });

  test.each([['..'], ['/'], ['...'], [' . '], ['']])('safeReportName(%j) refuses a name with nothing usable', (name) => {
    expect(() => safeReportName(name)).toThrow(/gives no usable report file name/);
  });

  test('reportPath always lands directly inside the output folder', () => {
    for (const name of ['../x', 'a/../../b', 'ok\u0000/x', 'ok']) {
      const path = reportPath(join(dir, 'out'), name, 'json');
      expect(path.startsWith(join(dir, 'out') + '/')).toBe(true);
      expect(path.slice(join(dir, 'out').length + 1)).not.toContain('/');
    }
  });
});
