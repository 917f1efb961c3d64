import { describe, expect, test } from '@jest/globals';
import { audit } from '../../src/audit.ts';
import { EXAMINED_UNSUPPORTED_WORDS } from '../../src/align/unsupported.ts';
import { findingsOf } from './helpers.ts';

// Issue 19, item 1: one finding per passage with no source, naming its size and its claims.

const SOURCE = [
  'The harbour authority in Genoa approved the new container terminal on Monday.',
  'Dock workers welcomed the decision after months of talks.',
  'Construction is expected to start in the spring.',
].join('\n');

const additions = (target: string) =>
  findingsOf('unsupported-sentence', SOURCE, target).map((f) => ({ severity: f.severity, text: f.target!.text, message: f.message }));

describe('unsupported-sentence: one finding per passage', () => {
  test('two consecutive added sentences are one finding covering both, with its size and its new claims', () => {
    const added = 'Analysts at Banca Ligure expect 3,000 new jobs. The mayor, Marco Bucci, called it “a turning point for the city”.';
    const target = [SOURCE.split('\n')[0], added, ...SOURCE.split('\n').slice(1)].join('\n');
    expect(additions(target)).toEqual([
      {
        severity: 'major',
        text: added,
        message: 'No source for 2 sentences (21 words); new claims to check: 3,000, Banca Ligure, “a turning point for the…”, Marco Bucci',
      },
    ]);
  });

  test('two passages apart (an aligned sentence between them) are two findings', () => {
    const [first, second, third] = SOURCE.split('\n');
    const target = [first, 'Officials described the plan as ambitious.', second, 'Local residents remain divided over the noise.', third].join('\n');
    expect(additions(target).map((a) => a.text)).toEqual(['Officials described the plan as ambitious.', 'Local residents remain divided over the noise.']);
  });

  test('a passage that brings no new names, figures or quotations is minor and says so', () => {
    const target = `${SOURCE}\nEveryone involved seemed relieved that the long wait was over.`;
    expect(additions(target)).toEqual([
      { severity: 'minor', text: 'Everyone involved seemed relieved that the long wait was over.', message: 'No source for this sentence (10 words); no new names, figures or quotations' },
    ]);
  });

  test("a passage that only repeats the source's claims is minor, and names them as the source's", () => {
    const target = `${SOURCE}\nIt is the biggest decision taken in Genoa this year.`;
    const [finding] = additions(target);
    expect(finding).toMatchObject({ severity: 'minor', message: "No source for this sentence (10 words); names the source's Genoa" });
  });

  test('options still grade a passage: withClaims, plain, minWords', () => {
    const target = `${SOURCE}\nAnalysts in Brussels expect 3 more terminals to follow.`;
    const graded = (setting: unknown) => findingsOf('unsupported-sentence', SOURCE, target, { rules: { 'unsupported-sentence': setting as never } }).map((f) => f.severity);
    expect(graded(['minor', { withClaims: 'critical' }])).toEqual(['critical']);
    expect(graded(['minor', { minClaims: 5 }])).toEqual(['minor']);
    expect(graded(['minor', { minWords: 20 }])).toEqual([]);
  });

  test('a long passage is read word by word only up to its first EXAMINED_UNSUPPORTED_WORDS words', () => {
    // 40-word filler sentences with no source; a run-together word early in the passage and one far past the bound.
    const filler = (i: number) => `Sentence ${i} of the appendix talks about weather, trains, bread, rivers, bicycles, gardens, schools, music, ` +
      'lanterns, harbours, mountains, libraries, orchards, bridges, markets, ferries, kitchens, theatres, meadows, factories, ' +
      'clocks, windows, chimneys, islands, vineyards and lighthouses in turn.';
    const sentences = Array.from({ length: 150 }, (_, i) => filler(i + 1));
    sentences[2] = 'The early paragraph mentions ofthe garbled phrase once.';
    sentences[140] = 'The late paragraph mentions tothe garbled phrase once.';
    const target = `${SOURCE}\n${sentences.join(' ')}`;
    const result = audit({ path: 's.txt', text: SOURCE }, { path: 't.txt', text: target });
    const runTogether = result.findings.filter((f) => f.rule === 'run-together-words').map((f) => f.target!.text);
    expect(runTogether).toEqual(['ofthe']);
    const passage = result.findings.filter((f) => f.rule === 'unsupported-sentence');
    expect(passage).toHaveLength(1);
    expect(passage[0]!.message).toMatch(new RegExp(`^No source for 150 sentences \\([\\d,]+ words\\); new claims to check in its first ${EXAMINED_UNSUPPORTED_WORDS.toLocaleString('en-US')} words: `, 'u'));
  });
});
