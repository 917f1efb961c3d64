import { describe, expect, test } from '@jest/globals';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli/main.ts';
import { SEED_SOURCE, SEED_TARGET } from './helpers/seed.ts';

function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false, cwd });
  return { code, stdout, stderr };
}

/** A scratch folder with one file per kind of bad (and legacy) input. */
function fixtures(): string {
  const dir = mkdtempSync(join(tmpdir(), 'faithful-bad-input-'));
  copyFileSync(SEED_SOURCE, join(dir, 'source.txt'));
  copyFileSync(SEED_TARGET, join(dir, 'target.txt'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), ' \n\t\r\n\u00a0\n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from('Roma\u0000\u0001\u0002 PNG', 'latin1'));
  // "Il caffè è pronto." in Windows-1252 / Latin-1: è is the single byte 0xE8, not valid UTF-8.
  writeFileSync(join(dir, 'legacy.txt'), Buffer.from('The café opened. Prices rose – by 5%.\n', 'latin1'));
  writeFileSync(join(dir, 'cp1252.txt'), Buffer.from([...Buffer.from('He said '), 0x93, ...Buffer.from('no more'), 0x94, 0x2e, 0x0a]));
  writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Rome is burning.', 'utf16le')]));
  writeFileSync(join(dir, 'truncated.txt'), Buffer.from([...Buffer.from('Caff'), 0xc3]));
  writeFileSync(join(dir, 'chrome-only.html'), '<html><head><title>x</title><script>var a = 1;</script></head><body><style>p{}</style><!-- c --></body></html>');
  writeFileSync(join(dir, 'big.txt'), 'word '.repeat(300));
  writeFileSync(join(dir, 'deep.html'), '<div>'.repeat(100_000) + 'Rome burns.');
  mkdirSync(join(dir, 'folder.txt'));
  symlinkSync(join(dir, 'target.txt'), join(dir, 'link-to-target.txt'));
  linkSync(join(dir, 'target.txt'), join(dir, 'hardlink-to-target.txt'));
  writeFileSync(join(dir, 'a-file'), 'not a folder');
  mkdirSync(join(dir, 'blocked', 'target.json'), { recursive: true });
  return dir;
}

const dir = fixtures();
const at = (name: string) => join(dir, name);
const pair = (target: string, ...rest: string[]) => ['audit', '--source', at('source.txt'), '--target', at(target), ...rest];

/** [what, argv, exact stderr]: every case exits 2, prints nothing on stdout and exactly this one line. */
const BAD: Array<[string, string[], string]> = [
  ['missing file', pair('nope.txt'), `faithful: ${at('nope.txt')}: no such file\n`],
  ['missing source', ['audit', '--source', at('nope.txt'), '--target', at('target.txt')], `faithful: ${at('nope.txt')}: no such file\n`],
  ['a directory', pair('folder.txt'), `faithful: ${at('folder.txt')}: is a directory, expected a file\n`],
  ['an empty file', pair('empty.txt'), `faithful: ${at('empty.txt')}: file is empty\n`],
  ['only whitespace', pair('blank.txt'), `faithful: ${at('blank.txt')}: file is empty\n`],
  ['binary content', pair('binary.txt'), `faithful: ${at('binary.txt')}: binary content (NUL bytes), expected text\n`],
  ['UTF-16 text', pair('utf16.txt'), `faithful: ${at('utf16.txt')}: UTF-16 text is not supported, save it as UTF-8\n`],
  ['Latin-1 bytes read as UTF-8', pair('legacy.txt'), `faithful: ${at('legacy.txt')}: not valid UTF-8 (use --encoding windows-1252 or latin1 for legacy text)\n`],
  ['Windows-1252 quotes read as UTF-8', pair('cp1252.txt'), `faithful: ${at('cp1252.txt')}: not valid UTF-8 (use --encoding windows-1252 or latin1 for legacy text)\n`],
  ['UTF-8 cut mid-character', pair('truncated.txt'), `faithful: ${at('truncated.txt')}: not valid UTF-8 (use --encoding windows-1252 or latin1 for legacy text)\n`],
  ['an unknown encoding', pair('target.txt', '--encoding', 'ebcdic'), 'faithful: unknown encoding "ebcdic" (expected utf-8, windows-1252 or latin1)\n'],
  ['HTML with no article text', pair('chrome-only.html'), `faithful: ${at('chrome-only.html')}: no article text found\n`],
  ['HTML nested 100,000 levels deep', pair('deep.html'), `faithful: ${at('deep.html')}: markup nested too deeply to extract the text\n`],
  ['a file over --max-bytes', pair('big.txt', '--max-bytes', '1000'), `faithful: ${at('source.txt')}: file is 3554 bytes, over the 1000-byte limit (--max-bytes)\n`],
  ['--max-bytes not a number', pair('target.txt', '--max-bytes', '10MB'), 'faithful: --max-bytes must be a positive integer, got "10MB"\n'],
  ['--max-bytes zero', pair('target.txt', '--max-bytes', '0'), 'faithful: --max-bytes must be a positive integer, got "0"\n'],
  ['an unknown option', pair('target.txt', '--max-byte', '5'), "faithful: Unknown option '--max-byte'\n"],
  ['an option missing its value', ['audit', '--source', at('source.txt'), '--target'], 'faithful: --target needs a file after it, and is the last argument\n'],
  ['an option followed by another option', ['audit', '--source', at('source.txt'), '--target', '--format', 'json'], 'faithful: --target needs a file after it, but is followed by --format\n'],
  ['a device, not a file', ['audit', '--source', at('source.txt'), '--target', '/dev/null'], 'faithful: /dev/null: is not a regular file\n'],
  ['--source without --target', ['audit', '--source', at('source.txt')], 'faithful: --source and --target go together\n'],
  ['the same path spelled differently', ['audit', '--source', at('target.txt'), '--target', join(dir, '.', 'folder.txt', '..', 'target.txt')], `faithful: ${join(dir, '.', 'folder.txt', '..', 'target.txt')}: source and target are the same file\n`],
  ['the same file through a symlink', ['audit', '--source', at('target.txt'), '--target', at('link-to-target.txt')], `faithful: ${at('link-to-target.txt')}: source and target are the same file\n`],
  ['the same file through a hard link', ['audit', '--source', at('target.txt'), '--target', at('hardlink-to-target.txt')], `faithful: ${at('hardlink-to-target.txt')}: source and target are the same file\n`],
  ['--out that is a file', pair('target.txt', '--out', at('a-file'), '--format', 'json'), `faithful: ${at('a-file')}: --out must be a folder, and this is a file\n`],
  ['a folder where the report goes', pair('target.txt', '--out', at('blocked'), '--format', 'json'), `faithful: ${join(dir, 'blocked', 'target.json')}: cannot write the report, a folder is in the way\n`],
  [
    '--out that would overwrite the target',
    pair('target.txt', '--out', dir, '--format', 'text'),
    `faithful: ${at('target.txt')}: is an input file (${at('target.txt')}); refusing to overwrite it, choose another --out\n`,
  ],
];

describe('bad input: one line on stderr naming the file and the problem, exit 2', () => {
  test.each(BAD)('%s', (_what, argv, message) => {
    const before = readFileSync(at('target.txt'), 'utf8');
    const { code, stdout, stderr } = run(argv, dir);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: message });
    expect(readFileSync(at('target.txt'), 'utf8')).toBe(before); // inputs are never touched
  });

  test('no report and no temporary file is left behind after a refused run', () => {
    const out = join(dir, 'refused-out');
    run(pair('binary.txt', '--out', out, '--format', 'json'), dir);
    expect(existsSync(out)).toBe(false);
    run(pair('target.txt', '--out', dir, '--format', 'text'), dir);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('--debug adds the stack trace for developers; without it the message is one line', () => {
    const plain = run(pair('binary.txt'), dir);
    const debug = run(pair('binary.txt', '--debug'), dir);
    expect(plain.stderr.trim().split('\n')).toHaveLength(1);
    expect(debug.code).toBe(2);
    expect(debug.stderr.startsWith(plain.stderr)).toBe(true);
    expect(debug.stderr).toMatch(/\n\s+at .*read-input\.ts/);
  });
});

describe('outputs', () => {
  test('--out is created if missing, reports are complete files and no temporary file is left', () => {
    const out = join(dir, 'new', 'nested', 'reports');
    const { code, stderr } = run(pair('target.txt', '--out', out, '--format', 'json', '--format', 'html'), dir);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['target.html', 'target.json']);
    expect(JSON.parse(readFileSync(join(out, 'target.json'), 'utf8')).target.path).toBe(at('target.txt'));
  });
});

describe('pair names from a manifest stay inside --out', () => {
  test('names with .., / or absolute paths become plain file names in --out; nothing is written elsewhere', () => {
    const root = mkdtempSync(join(tmpdir(), 'faithful-manifest-'));
    copyFileSync(SEED_SOURCE, join(root, 'source.txt'));
    copyFileSync(SEED_TARGET, join(root, 'target.txt'));
    const names = ['../../escape', '/etc/evil', 'sub/dir/name', 'a\\b'];
    writeFileSync(join(root, 'pairs.json'), JSON.stringify(names.map((name) => ({ name, source: 'source.txt', target: 'target.txt' }))));
    const before = readdirSync(root).sort();
    const { code, stderr } = run(['audit', '--pairs', 'pairs.json', '--out', 'out', '--format', 'json'], root);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(readdirSync(root).sort()).toEqual([...before, 'out'].sort());
    expect(readdirSync(join(root, 'out')).filter((f) => f.endsWith('.json')).sort()).toEqual(['a-b.json', 'escape.json', 'etc-evil.json', 'sub-dir-name.json']);
  });

  test('a name with nothing usable in it is refused before anything runs', () => {
    const root = mkdtempSync(join(tmpdir(), 'faithful-manifest-'));
    copyFileSync(SEED_SOURCE, join(root, 'source.txt'));
    copyFileSync(SEED_TARGET, join(root, 'target.txt'));
    writeFileSync(join(root, 'pairs.json'), JSON.stringify([{ name: '..', source: 'source.txt', target: 'target.txt' }]));
    const { code, stdout, stderr } = run(['audit', '--pairs', 'pairs.json', '--out', 'out'], root);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: 'faithful: pair name ".." gives no usable report file name\n' });
    expect(existsSync(join(root, 'out')) ? readdirSync(join(root, 'out')) : []).toEqual([]);
  });
});

describe('legacy encodings are accepted when named', () => {
  test.each([
    ['latin1', 'legacy.txt', 'café'],
    ['windows-1252', 'cp1252.txt', 'He said “no more”.'],
    ['latin1', 'cp1252.txt', 'He said “no more”.'],
  ])('--encoding %s decodes %s', (encoding, file, expected) => {
    const { code, stdout, stderr } = run(pair(file, '--encoding', encoding, '--format', 'json'), dir);
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
    expect(JSON.parse(stdout).target.text).toContain(expected);
  });
});
