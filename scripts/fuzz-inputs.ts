/**
 * Inputs for `npm run fuzz`: a seeded generator of article pairs (random prose, mutated corpus files,
 * markup, raw bytes, edge cases) and the check of what the CLI did with each. Deterministic for a
 * seed, so any failure can be replayed with `--seed S --only ID`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: small, fast and good enough to pick fuzz inputs reproducibly. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** A size between 1 and max, most of them small (log-uniform). */
  size(max: number): number {
    return Math.max(1, Math.floor(Math.exp(this.next() * Math.log(max))));
  }
}

export interface FuzzFile {
  name: string;
  bytes: Uint8Array;
}

export interface FuzzCase {
  id: number;
  kind: string;
  source: FuzzFile;
  target: FuzzFile;
  /** Options after `audit --source S --target T`. */
  args: string[];
  format: 'json' | 'html' | 'text' | 'md' | 'sarif' | 'junit';
}

const WORDS = [
  'the', 'minister', 'said', 'Rome', 'government', 'troops', 'will', 'be', 'sent', 'to', 'Gaza', 'on', 'Friday', 'and', 'a',
  'I', 'of', 'in', 'mission', 'Meloni', 'Crosetto', 'Security', 'Council', 'force', 'stabilization', 'announced', 'that',
  'il', 'governo', 'ha', 'detto', 'che', 'della', 'missione', 'café', 'naïve', 'Zürich', 'São', 'U.S.', "don't", "it's",
  'high-profile', 'RogersWhen', 'tocoaching', 'forcesthat', '72,000', '1.5', '2026', '3', '40%', '$5', '€10', '1,5', '12 000',
  '72 000', 'Ελλάδα', 'Москва', '北京', 'مرحبا', 'שלום', '😀', '👍🏽', '👨‍👩‍👧', 'e\u0301', 'ﬁ', 'x', 'ʼ', 'İstanbul', 'ß',
];
const PUNCT = ['.', ',', ';', ':', '!', '?', '…', '—', '–', '-', '(', ')', '[', ']', '/', '&', '%', '#', '*', '...', '?!', '.”'];
const QUOTES = ['"', '“', '”', "'", '‘', '’', '«', '»', '„', '‹', '›', '「', '」'];
const SPACES = [' ', ' ', ' ', ' ', ' ', '  ', '\t', '\u00a0', '\u202f', '\u2009', '\u200b', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\u2028', '\u2029', ' \n '];
const SNIPPETS = [
  '<script>alert(1)</script>', '</script>', '<img src=x onerror=alert(1)>', '<!--', '-->', '<![CDATA[', ']]>', '&amp;', '&#0;',
  '\ufeff', '\u202e', '\u200d', '\u0301\u0301\u0301', '\ud83d', '\udc00', '\u0000', '\u0007', '\u001b[31m', '\\', '${x}', '%s',
  '"""', '“““', '«««', '„„„', '))))', '((((', '1,000,000,000,000,000,000', '0.0000000001', '٣٤٥', '१२३', 'Ⅻ', '½',
];
const HTML_TAGS = [
  '<p>', '</p>', '<div>', '</div>', '<article>', '</article>', '<br>', '<h1>', '</h1>', '<li>', '<ul>', '</ul>', '<table><tr><td>',
  '</td><td>', '</td></tr></table>', '<script>var s = "<p>not text</p>";</script>', '<style>p{color:red}</style>', '<!-- comment -->',
  '<nav>Home | World</nav>', '<template><p>hidden</p></template>', '<svg><text>x</text></svg>', '<pre>', '</pre>', '<b>', '</b>',
  '<a href="javascript:alert(1)">', '</a>', '<', '>', '<p', '="', '<?xml?>', '<!doctype html>', '<head><title>T</title></head>',
];
const MD_BLOCKS = [
  '# ', '## ', '> ', '- ', '1. ', '```\nconst x = 1;\n```\n', '~~~\ncode\n~~~\n', '    indented code\n', '| a | b |\n|---|---|\n| c | d |\n',
  '*', '**', '_', '`', '[link](http://x)', '![img](x.png)', '---\n', '<div>html</div>\n', '---\ntitle: x\n---\n', '[^1]', '\\',
];
const RUN_CHARS = [' ', '\t', '\u00a0', '\n', '«', '»', '“', '”', '„', '"', "'", '’', '.', ',', '!', '?', '-', '(', ')', 'a', 'A', '1', '$', '%', '/', ':', '@', '#', '…', '\u200b'];
const EDGE_TEXTS: Array<(r: Random) => string> = [
  () => '',
  () => ' \n\t\r\n ',
  () => '\ufeff',
  () => 'Rome',
  () => 'Rome.',
  (r) => 'abcdefghij'.repeat(r.size(10_000)),
  (r) => 'a. '.repeat(r.size(20_000)),
  (r) => '!?'.repeat(r.size(20_000)),
  (r) => '« a b '.repeat(r.size(10_000)),
  (r) => '“a b '.repeat(r.size(10_000)),
  (r) => '„a '.repeat(r.size(10_000)),
  (r) => '"a '.repeat(r.size(10_000)),
  (r) => 'by Aa and '.repeat(r.size(3_000)) + '!',
  (r) => 'Rome.\n\n'.repeat(r.size(10_000)),
  (r) => 'Rome burns\n'.repeat(r.size(5_000)),
  (r) => '1,000 '.repeat(r.size(10_000)),
  (r) => "d'a'b'c ".repeat(r.size(5_000)),
  (r) => 'word '.repeat(r.size(20_000)),
  (r) => 'Word '.repeat(r.size(20_000)),
  (r) => 'the '.repeat(r.size(20_000)),
  (r) => ' '.repeat(r.size(50_000)) + 'x',
  (r) => '\r'.repeat(r.size(10_000)) + 'x.',
  (r) => '😀'.repeat(r.size(10_000)),
  (r) => 'e\u0301'.repeat(r.size(10_000)),
  (r) => '\u2028'.repeat(r.size(1_000)) + 'Rome.',
  (r) => 'A'.repeat(r.size(30_000)) + '. ' + 'B'.repeat(r.size(30_000)),
  // Long runs of characters that patterns treat specially, in random order: where backtracking hides.
  (r) => {
    let out = r.pick(WORDS) + ' ';
    for (let i = 1 + r.int(5); i > 0; i--) out += r.pick(RUN_CHARS).repeat(r.size(6_000)) + (r.chance(0.5) ? r.pick(WORDS) : '');
    return out;
  },
];

/** Random prose from the vocabulary above, with every kind of space and line break. */
export function prose(r: Random, pieces: number): string {
  let out = '';
  for (let i = 0; i < pieces; i++) {
    const roll = r.next();
    out += roll < 0.72 ? r.pick(WORDS) : roll < 0.87 ? r.pick(PUNCT) : roll < 0.95 ? r.pick(QUOTES) : r.pick(SNIPPETS);
    out += r.pick(SPACES);
    if (r.chance(0.04)) out += '. ';
  }
  return out;
}

/** A translation-like copy: words dropped, swapped, changed, sentences moved. */
function edit(r: Random, text: string): string {
  const words = text.split(/(\s+)/u);
  const edits = r.int(12);
  for (let i = 0; i < edits && words.length; i++) {
    const at = r.int(words.length);
    const op = r.int(4);
    if (op === 0) words.splice(at, 1);
    else if (op === 1) words.splice(at, 0, r.pick(WORDS), ' ');
    else if (op === 2) words[at] = r.pick(WORDS);
    else words.splice(r.int(words.length), 0, ...words.splice(at, r.int(8)));
  }
  return words.join('');
}

const encoder = new TextEncoder();
const utf8 = (text: string) => encoder.encode(text);

/** Byte- and text-level mutations of a file. */
function mutate(r: Random, bytes: Uint8Array): Uint8Array {
  let out = Array.from(bytes);
  const n = 1 + r.int(5);
  for (let i = 0; i < n; i++) {
    const at = r.int(out.length + 1);
    switch (r.int(14)) {
      case 0: // flip a byte
        if (out.length) out[Math.min(at, out.length - 1)] = r.int(256);
        break;
      case 1: // insert interesting bytes
        out.splice(at, 0, ...r.pick([[0x00], [0xff], [0xc3], [0xe2, 0x80], [0xed, 0xa0, 0x80], [0x0d], [0xa0], [0xef, 0xbb, 0xbf], [0x93], [0x1b]]));
        break;
      case 2: // delete a range
        out.splice(at, r.size(500));
        break;
      case 3: // duplicate a range
        out.splice(at, 0, ...Array(1 + r.int(5)).fill(out.slice(at, at + r.size(2000))).flat());
        break;
      case 4: // truncate (perhaps inside a UTF-8 sequence)
        out = out.slice(0, at);
        break;
      case 5: // insert a snippet
        out.splice(at, 0, ...utf8(r.pick([...SNIPPETS, ...QUOTES, ...HTML_TAGS])));
        break;
      case 6: // spaces become something else
        out = Array.from(utf8(new TextDecoder().decode(Uint8Array.from(out)).replace(/ /g, r.pick(['\u00a0', '\t', '  ', '\u2009', '']))));
        break;
      case 7: // line endings
        out = Array.from(utf8(new TextDecoder().decode(Uint8Array.from(out)).replace(/\r?\n/g, r.pick(['\r', '\r\n', '\u2028', '\n\n\n', ' ']))));
        break;
      case 8: // a long run of one character
        out.splice(at, 0, ...utf8(r.pick(['!', '.', '«', '“', 'a', '1', ' ', '-', "'", '😀']).repeat(r.size(20_000))));
        break;
      case 9: // BOM in front
        out.unshift(0xef, 0xbb, 0xbf);
        break;
      case 10: // swap two lines
        {
          const lines = new TextDecoder().decode(Uint8Array.from(out)).split('\n');
          const a = r.int(lines.length);
          const b = r.int(lines.length);
          [lines[a], lines[b]] = [lines[b]!, lines[a]!];
          out = Array.from(utf8(lines.join('\n')));
        }
        break;
      case 11: // case
        out = Array.from(utf8(new TextDecoder().decode(Uint8Array.from(out))[r.chance(0.5) ? 'toUpperCase' : 'toLowerCase']()));
        break;
      case 12: // random prose inside
        out.splice(at, 0, ...utf8(prose(r, r.size(200))));
        break;
      default: // remove punctuation
        out = Array.from(utf8(new TextDecoder().decode(Uint8Array.from(out)).replace(/[.,;:!?]/g, '')));
    }
  }
  return Uint8Array.from(out);
}

/** Markup that parsers handle by recursion or in superlinear time: deep nesting, long runs, many brackets. */
const HEAVY_HTML = ['<div>', '<b>', '<table><tr><td>', '<ul><li>', '<p><span>', '<a href=x>'];
const HEAVY_MD = ['> ', '- ', '1. ', '*', '_', '[', '](y)', '[a](b) ', '[a]', '**a** ', '`', '<a>', '~~a~~ ', '| a '];

function markup(r: Random, kind: 'html' | 'md'): string {
  const parts = kind === 'html' ? HTML_TAGS : MD_BLOCKS;
  if (r.chance(0.15)) return prose(r, r.size(50)) + r.pick(kind === 'html' ? HEAVY_HTML : HEAVY_MD).repeat(r.size(20_000)) + prose(r, r.size(50));
  let out = kind === 'html' && r.chance(0.5) ? '<!doctype html><html><body>' : '';
  const n = r.size(200);
  for (let i = 0; i < n; i++) out += r.chance(0.4) ? r.pick(parts) : prose(r, r.size(30)) + (kind === 'md' ? r.pick(['\n', '\n\n', ' ']) : '');
  return out;
}

/** The article files of the bundled corpus, read once. */
export function corpusFiles(root: string): FuzzFile[] {
  const files: FuzzFile[] = [];
  for (const dir of readdirSync(root)) {
    const path = join(root, dir);
    if (!statSync(path).isDirectory()) continue;
    for (const name of readdirSync(path)) {
      if (/^(source|target)\.(txt|md|html?)$/.test(name)) files.push({ name, bytes: readFileSync(join(path, name)) });
    }
  }
  return files;
}

function extension(r: Random): string {
  return r.pick(['.txt', '.txt', '.txt', '.md', '.html']);
}

/** One fuzz case: the pair and the options, from the generator state. */
export function generateCase(r: Random, id: number, corpus: FuzzFile[]): FuzzCase {
  const roll = r.next();
  let kind: string;
  let source: Uint8Array;
  let target: Uint8Array;
  let ext = '.txt';
  if (roll < 0.3) {
    kind = 'prose';
    const text = prose(r, r.size(r.chance(0.05) ? 20_000 : 600));
    source = utf8(text);
    target = utf8(r.chance(0.8) ? edit(r, text) : prose(r, r.size(600)));
    ext = extension(r);
  } else if (roll < 0.6 && corpus.length) {
    kind = 'mutated-corpus';
    const pick = r.pick(corpus);
    const other = corpus.find((f) => f !== pick && f.name !== pick.name) ?? pick;
    source = r.chance(0.3) ? mutate(r, other.bytes) : other.bytes;
    target = mutate(r, pick.bytes);
  } else if (roll < 0.75) {
    const html = r.chance(0.5);
    kind = html ? 'html' : 'markdown';
    ext = html ? '.html' : '.md';
    source = utf8(markup(r, html ? 'html' : 'md'));
    target = r.chance(0.5) ? mutate(r, source) : utf8(markup(r, html ? 'html' : 'md'));
  } else if (roll < 0.83) {
    kind = 'bytes';
    source = utf8(prose(r, r.size(200)));
    target = Uint8Array.from({ length: r.size(5000) }, () => r.int(256));
  } else {
    kind = 'edge';
    const text = r.pick(EDGE_TEXTS)(r);
    source = r.chance(0.5) ? utf8(text) : utf8(prose(r, r.size(300)));
    target = r.chance(0.3) ? mutate(r, utf8(text)) : utf8(text);
    if (r.chance(0.3)) [source, target] = [target, source];
  }
  const format = r.chance(0.8) ? 'json' : r.pick(['html', 'html', 'text', 'md', 'sarif', 'junit'] as const);
  const args = ['--format', format];
  if (r.chance(0.08)) args.push('--encoding', r.pick(['utf-8', 'windows-1252', 'latin1', 'utf8', 'UTF-8', 'koi8-r']));
  if (r.chance(0.05)) args.push('--max-bytes', String(r.pick([1, 100, 1000, 50_000, 10_485_760])));
  if (r.chance(0.05)) args.push('--no-color');
  return { id, kind, source: { name: `source${ext}`, bytes: source }, target: { name: `target${ext}`, bytes: target }, args, format };
}

/**
 * What is wrong with an outcome, if anything: a crash (exit code other than 0, 1 or 2, or an
 * internal error), an error that is not one line on stderr, or output that is not what the
 * format promises (JSON that does not parse, spans whose text is not the slice, a verdict that
 * disagrees with the exit code).
 */
export function problemsOf(fuzzCase: Pick<FuzzCase, 'format'>, code: number | null, stdout: string, stderr: string): string[] {
  const problems: string[] = [];
  if (code === null) return ['crash: killed (no exit code)'];
  if (code !== 0 && code !== 1 && code !== 2) problems.push(`crash: exit code ${code}`);
  if (/internal error/i.test(stderr)) problems.push(`crash: ${firstLine(stderr)}`);
  if (code === 2) {
    if (stdout !== '') problems.push('exit 2 with output on stdout');
    if (!/^faithful: [^\n]+\n$/.test(stderr)) problems.push(`exit 2 without exactly one error line: ${JSON.stringify(stderr.slice(0, 200))}`);
    return problems;
  }
  if (code !== 0 && code !== 1) return problems;
  if (fuzzCase.format === 'json') {
    let json: any;
    try {
      json = JSON.parse(stdout);
    } catch (error) {
      return [...problems, `invalid JSON output: ${(error as Error).message}`];
    }
    if (!Array.isArray(json?.findings) || typeof json?.summary?.pass !== 'boolean') problems.push('JSON output misses findings or summary');
    else {
      if (json.summary.pass !== (code === 0)) problems.push(`exit ${code} but summary.pass is ${json.summary.pass}`);
      for (const side of ['source', 'target'] as const) {
        const text: string = json[side]?.text ?? '';
        for (const s of json[side]?.segments ?? []) if (text.slice(s.start, s.end) !== s.text) problems.push(`${side} segment ${s.id} text is not its slice`);
        for (const f of json.findings) if (f[side] && text.slice(f[side].start, f[side].end) !== f[side].text) problems.push(`finding ${f.id} ${side} text is not its slice`);
      }
    }
  } else if (fuzzCase.format === 'html') {
    if (!/^<!doctype html>/i.test(stdout)) problems.push('HTML output does not start with a doctype');
  } else if (fuzzCase.format === 'sarif') {
    try {
      if (JSON.parse(stdout).version !== '2.1.0') problems.push('SARIF output is not version 2.1.0');
    } catch (error) {
      problems.push(`invalid SARIF (JSON) output: ${(error as Error).message}`);
    }
  } else if (fuzzCase.format === 'junit') {
    if (!/^<\?xml [^>]*\?>\s*<testsuites[\s>]/.test(stdout) || !/<\/testsuites>\s*$/.test(stdout)) problems.push('JUnit output is not one <testsuites> document');
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(stdout)) problems.push('JUnit output has characters XML forbids');
  } else if (fuzzCase.format === 'md') {
    if (!/^#+ faithful/.test(stdout)) problems.push(`Markdown output does not start with its heading: ${JSON.stringify(stdout.slice(0, 80))}`);
  } else if (!/^(PASS|FAIL)\b/.test(stdout)) {
    problems.push(`text output does not start with the verdict: ${JSON.stringify(stdout.slice(0, 80))}`);
  }
  return problems.slice(0, 5);
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.slice(0, 300);
}
