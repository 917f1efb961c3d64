import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsOf } from '../rules/helpers.ts';
import { swapsOf } from '../../src/batch/substitution-map.ts';
import { run, tempDir } from './helpers.ts';

/**
 * Article A: a spun copy. Of its swaps, “join” → “hitch” is the one spun-synonym confirms; the fair ones
 * ("stated", "offered", "individuals", "remark") stay under the gate. A single swap in an otherwise
 * verbatim copy is a person's edit as often as a spinner's, and the model scores it under the gate (0.48).
 */
const A = {
  source:
    'The United States has asked Germany to join the new maritime coalition as a founding member, officials said on Monday.\n\nThe proposal was presented to the chancellor last week, according to two people familiar with the matter.\n\nBerlin has not yet taken a decision, and a spokesman declined to comment.\n',
  target:
    'The United States has asked Germany to hitch the new maritime coalition as a founding member, officials stated on Monday.\n\nThe proposal was offered to the chancellor last week, according to two individuals familiar with the matter.\n\nBerlin has not yet taken a decision, and a spokesman declined to remark.\n',
};
/** Article C: another of the site's articles with the swap in a sentence with no source. */
const C = {
  source: 'The port of Rotterdam reported record traffic in the third quarter.\n\nContainer volumes rose by four percent compared with last year.\n',
  target:
    'The port of Rotterdam reported record traffic in the third quarter.\n\nContainer volumes rose by four percent compared with last year.\n\nTwo shipping lines plan to hitch the new northern route in the spring.\n',
};
/** Article B: “hitch” only in a sentence with no source. */
const B = {
  source: 'Leaders from twelve countries met in Lisbon on Thursday to discuss shipping security in the Atlantic.\n\nThe talks focused on piracy off the coast of West Africa and on the cost of naval patrols.\n',
  target:
    'Leaders from twelve countries met in Lisbon on Thursday to discuss shipping security in the Atlantic.\n\nThe talks focused on piracy off the coast of West Africa and on the cost of naval patrols.\n\nSeveral smaller nations are expected to hitch the patrol mission next year, diplomats added.\n',
};

type Json = { findings: { rule: string; confidence: number; target: { text: string } | null; message: string; suggestion: string | null; segment?: string }[]; summary: { counts: { byRule: Record<string, number> } }; alignments: { target: string[] }[] };

function batch(files: Record<string, string>, args: string[] = []) {
  const dir = tempDir(files, 'faithful-batch-spin-');
  const out = join(dir, 'out');
  const result = run(['audit', ...(args.length ? args : ['corpus']), '--out', out, '--format', 'json'], dir);
  const report = (name: string) => JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8')) as Json;
  return { ...result, report };
}
const pairFiles = (name: string, pair: { source: string; target: string }, site?: string): Record<string, string> => ({
  [`corpus/${name}/source.txt`]: pair.source,
  [`corpus/${name}/target.txt`]: pair.target,
  ...(site ? { [`corpus/${name}/meta.json`]: JSON.stringify({ site }) } : {}),
});
const spun = (json: Json) => json.findings.filter((f) => f.rule === 'batch-spinning');

describe('the batch substitution map', () => {
  test("a swap confirmed in article A is flagged in article B's sentence with no source, citing A (both passes in worker threads)", () => {
    const { code, stdout, report } = batch({ ...pairFiles('a-coalition', A), ...pairFiles('b-summit', B), ...pairFiles('c-port', C) }, ['corpus', '--jobs', '2']);
    expect(code).toBe(1);
    expect(stdout).toContain('substitution map: 1 spun swap confirmed in 1 pair; 2 other pairs audited again with it');
    expect(spun(report('c-port')).map((f) => f.target?.text)).toEqual(['hitch']);
    const a = report('a-coalition');
    expect(a.findings.find((f) => f.rule === 'spun-synonym' && f.target?.text === 'hitch')).toBeDefined();
    expect(spun(a)).toEqual([]); // its own swap is spun-synonym's
    const b = report('b-summit');
    const [finding, ...rest] = spun(b);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ target: { text: 'hitch' }, suggestion: 'join', confidence: 0.6 });
    expect(finding!.message).toContain('confirmed as spun (join → hitch) in a-coalition');
    expect(finding!.message).toContain('this sentence has no source');
    expect(b.alignments.some((al) => al.target.includes(finding!.segment!))).toBe(false);
    expect(b.summary.counts.byRule['batch-spinning']).toBe(1);
  });

  test('pairs of different sites (meta.json) do not share their maps; the same site does', () => {
    const apart = batch({ ...pairFiles('a-coalition', A, 'spinner-one.example'), ...pairFiles('b-summit', B, 'spinner-two.example') }, ['corpus', '--jobs', '1']);
    expect(spun(apart.report('b-summit'))).toEqual([]);
    expect(apart.stdout).toContain('1 spun swap confirmed in 1 pair; 0 other pairs audited again');
    const together = batch({ ...pairFiles('a-coalition', A, 'spinner-one.example'), ...pairFiles('b-summit', B, 'spinner-one.example') }, ['corpus', '--jobs', '1']);
    expect(spun(together.report('b-summit')).map((f) => f.message)).toEqual([expect.stringContaining("spinner-one.example's substitute for “join”")]);
  });

  test('a manifest names the site in a "site" column', () => {
    const files = { ...pairFiles('a', A), ...pairFiles('b', B) };
    const manifest = (siteB: string) => `name,source,target,site\na-coalition,corpus/a/source.txt,corpus/a/target.txt,one\nb-summit,corpus/b/source.txt,corpus/b/target.txt,${siteB}\n`;
    expect(spun(batch({ ...files, 'pairs.csv': manifest('one') }, ['--pairs', 'pairs.csv', '--jobs', '1']).report('b-summit'))).toHaveLength(1);
    expect(spun(batch({ ...files, 'pairs.csv': manifest('two') }, ['--pairs', 'pairs.csv', '--jobs', '1']).report('b-summit'))).toHaveLength(0);
  });

  test('a broken meta.json makes its pair unreadable, named, never silently one site', () => {
    const { code, stderr } = batch({ ...pairFiles('a-coalition', A), ...pairFiles('b-summit', B), 'corpus/b-summit/meta.json': '{ site: ' }, ['corpus', '--jobs', '1']);
    expect(code).toBe(2); // A passes its gate; the unreadable pair makes the run exit 2
    expect(stderr).toMatch(/b-summit: meta\.json: not valid JSON/);
  });

  test('configured off, batch-spinning gets no second pass', () => {
    const off = batch({ ...pairFiles('a-coalition', A), ...pairFiles('b-summit', B), 'faithful.config.json': JSON.stringify({ rules: { 'batch-spinning': 'off' } }) }, ['corpus', '--jobs', '1']);
    expect(off.stdout).not.toContain('substitution map');
    expect(spun(off.report('b-summit'))).toEqual([]);
  });

  test('a single pair audit has no map: B alone gets no batch-spinning finding', () => {
    const dir = tempDir({ 'source.txt': B.source, 'target.txt': B.target });
    const json = JSON.parse(run(['audit', '--source', 'source.txt', '--target', 'target.txt', '--format', 'json'], dir).stdout) as Json;
    expect(spun(json)).toEqual([]);
  });
});

describe('batch-spinning given swaps (the second pass)', () => {
  const swaps = [{ source: 'asked', target: 'requested', pairs: ['other-article'] }];
  const options = { rules: { 'batch-spinning': ['major', { swaps, site: 'spinner.example' }] as ['major', Record<string, unknown>] } };
  const source = 'The minister asked the council to vote on the budget on Monday.\n\nThe mayor praised the plan.\n';

  test.each([
    ['an aligned sentence whose source has the original word', 'The minister requested the council to vote on the budget on Monday.\n\nThe mayor praised the plan.\n', ['requested', 0.75]],
    ['a sentence with no source', 'The minister asked the council to vote on the budget on Monday.\n\nThe mayor praised the plan.\n\nResidents requested more time to read it.\n', ['requested', 0.6]],
    ['an aligned sentence whose source lacks the original word', 'The minister asked the council to vote on the budget on Monday.\n\nThe mayor praised the plan she requested.\n', null],
  ] as const)('%s', (_name, target, expected) => {
    const found = findingsOf('batch-spinning', source, target, options);
    expect(found.map((f) => [f.target?.text, f.confidence])).toEqual(expected ? [expected] : []);
    // In an aligned sentence the source's original word is the evidence.
    if (found[0]) expect(found[0].source?.text ?? null).toBe(expected![1] === 0.75 ? 'asked' : null);
  });

  test("a word the pair's own source uses is its vocabulary, not a substitute", () => {
    const own = 'The minister asked the council to vote on the budget, as residents requested.\n\nThe mayor praised the plan.\n';
    expect(findingsOf('batch-spinning', own, own.replace('The mayor praised the plan.', 'The mayor praised the plan.\n\nResidents requested more time.'), options)).toEqual([]);
  });
});

describe('what a pair teaches the map', () => {
  const span = (text: string) => ({ start: 0, end: text.length, text });
  const finding = (source: string, target: string, extra: Record<string, unknown> = {}) => ({ rule: 'spun-synonym', source: span(source), target: span(target), confidence: 0.8, ...extra });
  const result = (findings: unknown[]) => ({ findings, summary: { minConfidence: 0.5 } }) as unknown as Parameters<typeof swapsOf>[0];

  test('confirmed single-word swaps only: not below the threshold, not suppressed, not a change of form, not phrases', () => {
    const swaps = swapsOf(
      result([
        finding('join', 'Hitch'),
        finding('train', 'coaching', { confidence: 0.3 }),
        finding('asked', 'requested', { suppressed: true }),
        finding('treatment', 'treated'),
        finding('security force', 'safety pressure'),
        { ...finding('will', 'volition'), rule: 'document-spinning' },
      ]),
      'a',
    );
    expect(swaps).toEqual([{ source: 'join', target: 'hitch', pairs: ['a'] }]);
  });
});
