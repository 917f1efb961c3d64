import { describe, expect, test } from '@jest/globals';
import { audit } from '../../src/audit.ts';
import { swapModel } from '../../src/detect/swap-model.ts';
import { trigramAvailable } from '../../src/lexicon/trigram-lm.ts';
import type { Finding } from '../../src/types.ts';

const run = (source: string, target: string) => audit({ path: 'source.txt', text: source }, { path: 'target.txt', text: target }, { now: new Date(0) });
const gated = (findings: Finding[]) => findings.filter((f) => f.rule === 'spun-synonym' && f.confidence >= 0.5);

// A short wire story and the same story after a word-by-word thesaurus spinner (the pattern):
// skeleton, names and numbers kept, content words swapped one for one.
const SOURCE = [
  'The central bank raised interest rates on Tuesday as inflation stayed high.',
  'The chief executive of Northwind said the stock market would recover by the end of the year.',
  'Analysts expect a hard winter for retailers, with sales down 4 percent in October.',
  'The company plans to cut 300 jobs and close two factories in the north.',
].join(' ');
const SPUN = [
  'The central financial institution elevated curiosity charges on Tuesday as inflation stayed excessive.',
  'The chief government of Northwind said the inventory market would recover by the end of the year.',
  'Analysts expect a stable winter for retailers, with sales down 4 percent in October.',
  'The company plans to cut 300 jobs and close two mills in the north.',
].join(' ');

// The model weighs the CMU trigram model's evidence (Debian pocketsphinx-en-us, installed by .ci/run):
// without it one of these swaps falls under the gate, so the test is skipped there (docs/detection.md).
const withLm = trigramAvailable() ? test : test.skip;

describe('spun swaps in aligned sentences', () => {
  withLm('the swaps a reviewer rejects are findings the gate counts (needs pocketsphinx-en-us), with the source word as evidence and suggestion', () => {
    const found = gated(run(SOURCE, SPUN).findings);
    const pairs = found.map((f) => `${f.source?.text}→${f.target?.text}`);
    expect(pairs).toEqual(expect.arrayContaining(['interest→curiosity', 'stock→inventory', 'executive→government']));
    for (const f of found) {
      expect(f.suggestion).toBe(f.source?.text);
      expect(f.category).toBe('accuracy/mistranslation');
      expect(f.message).toMatch(/^Unexpected “.+”, expected “.+”/u);
    }
  });

  test('a bank swapped for a two-word term is paired with it, not with its neighbours', () => {
    const findings = run(SOURCE, SPUN).findings.filter((f) => f.rule === 'spun-synonym');
    const bank = findings.find((f) => f.source?.text === 'bank');
    expect(bank?.target?.text).toBe('financial institution');
  });

  test('names, numbers and unchanged words are never flagged', () => {
    const flagged = run(SOURCE, SPUN).findings.filter((f) => f.rule === 'spun-synonym').map((f) => f.target!.text);
    for (const kept of ['Northwind', '300', '4', 'October', 'Tuesday', 'retailers']) expect(flagged).not.toContain(kept);
  });

  const REWRITE = [
    'On Tuesday the central bank increased interest rates because inflation remained high.',
    "Northwind's chief executive said he expected the stock market to recover before the year was out.",
    'Retailers face a hard winter, analysts say, after sales fell 4 percent in October.',
  ];

  test('the same story told in other words by a person gets no finding the gate counts', () => {
    const source = SOURCE.split(/(?<=\.) /u).slice(0, 3).join(' ');
    const result = run(source, REWRITE.join(' '));
    expect(gated(result.findings)).toEqual([]);
    expect(result.summary.pass).toBe(true);
  });

  // Known limitation (docs/detection.md): a light edit keeps a sentence's skeleton and swaps two words
  // for fair synonyms in place ("plans" → "intends", "close" → "shut"), beside three rewritten sentences
  // whose own word changes raise the document's swap rate. Both score 0.53–0.54, just over the gate.
  // This test fails while that is so; it will pass, and must then lose `.failing`, once they fall under.
  test.failing('a light human edit with two fair synonyms in place stays under the gate', () => {
    const light = [...REWRITE, 'The company intends to cut 300 jobs and shut two factories in the north.'].join(' ');
    expect(gated(run(SOURCE, light).findings)).toEqual([]);
  });

  test('every spun-synonym finding carries a confidence between 0 and 1, and suspects stay under the gate', () => {
    const result = run(SOURCE, SPUN);
    for (const f of result.findings) expect(f.confidence).toBeGreaterThanOrEqual(0), expect(f.confidence).toBeLessThanOrEqual(1);
    const suspects = result.findings.filter((f) => f.confidence < 0.5);
    const counted = result.findings.filter((f) => f.confidence >= 0.5 && !f.suppressed).length;
    expect(result.summary.counts.total).toBe(counted);
    expect(suspects.every((f) => f.confidence >= 0.2)).toBe(true);
  });

  test('a word of a longer name swapped while the rest of the name stays is a spun name', () => {
    const source = 'Officials at the White House said shares on Wall Street rose. The Fed raised rates again.';
    const spun = 'Officials at the White Home said shares on Wall Avenue rose. The Fed elevated charges again.';
    const pairs = gated(run(source, spun).findings).map((f) => `${f.source?.text}→${f.target?.text}`);
    expect(pairs).toEqual(expect.arrayContaining(['House→Home', 'Street→Avenue']));
    // A name replaced whole is not a name part: other rules judge it.
    const renamed = run('Officials met Marco Rossi in Rome.', 'Officials met Luca Bianchi in Rome.').findings.filter((f) => f.rule === 'spun-synonym');
    expect(renamed).toEqual([]);
  });

  test('words run together where a space was lost are not read as a swap', () => {
    const flagged = run('The count ended after midnight in most districts.', 'The count ended aftermidnight in most districts.').findings;
    expect(flagged.filter((f) => f.rule === 'spun-synonym')).toEqual([]);
  });

  test('the model is data with its provenance: fitted by the committed script on the training half', () => {
    const model = swapModel();
    expect(model.provenance.script).toBe('scripts/fit-spin-model.ts');
    expect(Object.keys(model.lexical.weights)).toContain('collocationLoss');
    expect(Object.keys(model.context.weights)).toContain('documentSwapRate');
    expect((model.provenance.heldoutAt05 as { recall: number }).recall).toBeGreaterThan(0);
  });

  test('a wire story through a typical spinner: the swaps are flagged, the sentence it left alone is not', () => {
    const source = [
      'Heavy rain caused severe flooding across northern Italy on Sunday, forcing thousands of people to leave their homes, officials said.',
      'The civil protection agency said more than 3,000 residents had been evacuated in the Emilia-Romagna region, where several rivers burst their banks overnight.',
      '"The situation remains critical and we expect more rain in the coming hours," regional president Michele de Pascale told reporters.',
      'Scientists say climate change is making extreme weather events more frequent and more intense in the Mediterranean.',
    ].join('\n');
    const spun = [
      'Heavy rain induced extreme flooding throughout northern Italy on Sunday, forcing hundreds of individuals to depart their properties, officers mentioned.',
      'The civil safety company mentioned greater than 3,000 residents had been evacuated within the Emilia-Romagna area, the place a number of rivers burst their banks in a single day.',
      '"The situation remains critical and we expect more rain in the coming hours," regional president Michele de Pascale told reporters.',
      'Scientists say local weather change is making excessive climate occasions extra frequent and extra intense within the Mediterranean.',
    ].join('\n');
    const result = run(source, spun);
    const pairs = gated(result.findings).map((f) => `${f.source?.text}→${f.target?.text}`);
    expect(pairs).toEqual(expect.arrayContaining(['thousands→hundreds', 'leave→depart', 'region→area', 'climate→local weather', 'more→extra']));
    // "said" → "mentioned" is not asserted either way: editors of the real set let it stand (corpus/real),
    // and the model scores it on each side of the gate depending on its neighbours (docs/detection.md).
    const quote = result.target.text.indexOf('"The situation');
    expect(result.findings.filter((f) => f.target && f.target.start >= quote && f.target.start < quote + 130)).toEqual([]);
    expect(result.summary.pass).toBe(false);
  });

  test('a contraction made or written out is no swap, except inside a quotation, whose words must stay the speaker\'s', () => {
    const source = 'The minister did not comment. The plan is not final, officials said. "It is not over," she said.';
    const target = 'The minister didn’t comment. The plan isn\'t final, officials said. "It isn’t over," she said.';
    const found = run(source, target).findings.filter((f) => f.target);
    expect(found.filter((f) => f.target!.start < target.indexOf('"It'))).toEqual([]);
    const inQuote = found.filter((f) => f.target!.start > target.indexOf('"It'));
    expect(inQuote.map((f) => f.target!.text)).toContain('isn’t');
  });
});
