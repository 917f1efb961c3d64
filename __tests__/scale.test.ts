import { describe, expect, test } from '@jest/globals';
import { audit } from '../src/audit.ts';
import { doc } from './helpers/seed.ts';

// Behaviour that must not change as documents grow (found with `npm run bench`; timing lives there).

/** Filler sentences that share no content words with each other or with the sentences under test. */
const FILLER = [
  'Farmers in Sicily harvested lemons earlier than usual because of the dry autumn.',
  'The orchestra rehearsed a forgotten symphony by a Venetian composer.',
  'A cycling race crossed three Alpine passes under heavy snow.',
  'Museum curators restored a medieval tapestry damaged by damp.',
  'Fishermen protested against quotas outside the regional parliament.',
  'A volcano near Catania sent ash over the eastern coast.',
];

const GENOA = 'The harbour authority in Genoa approved the new container terminal on Monday.';
// Shares four content words with GENOA: a plausible counterpart when nothing better is around.
const ROTTERDAM = 'The harbour authority in Rotterdam rejected a container terminal plan last year.';

const lines = (...sentences: string[]) => sentences.join('\n') + '\n';

describe('alignment in longer documents', () => {
  test('an added sentence sharing words with a distant aligned sentence is still reported as added', () => {
    const source = lines(GENOA, ...FILLER);
    const target = lines(GENOA, ...FILLER, ROTTERDAM);
    const result = audit(doc(source, 's.txt'), doc(target, 't.txt'));
    const added = result.findings.filter((f) => f.rule === 'unsupported-sentence').map((f) => f.target?.text);
    expect(added).toEqual([ROTTERDAM]);
  });

  test('an omitted sentence sharing words with a distant aligned sentence is still reported as omitted', () => {
    const source = lines(GENOA, ...FILLER, ROTTERDAM);
    const target = lines(GENOA, ...FILLER);
    const result = audit(doc(source, 's.txt'), doc(target, 't.txt'));
    const omitted = result.findings.filter((f) => f.rule === 'omitted-sentence').map((f) => f.source?.text);
    expect(omitted).toEqual([ROTTERDAM]);
  });

  test('a sentence split in two still aligns as one group', () => {
    const source = lines(...FILLER.slice(0, 3), 'The harbour authority in Genoa approved the new container terminal, and the port workers union welcomed the decision.', ...FILLER.slice(3));
    const target = lines(...FILLER.slice(0, 3), 'The harbour authority in Genoa approved the new container terminal. The port workers union welcomed the decision.', ...FILLER.slice(3));
    const result = audit(doc(source, 's.txt'), doc(target, 't.txt'));
    expect(result.findings.filter((f) => f.rule === 'unsupported-sentence' || f.rule === 'omitted-sentence')).toEqual([]);
  });
});

describe('findings in longer documents', () => {
  test('a garble repeated through a text is flagged every time', () => {
    const source = lines('The mayor of the city spoke.', 'The head of the police agreed.', 'The rest of the council left.');
    const target = lines('The mayor ofthe city spoke.', 'The head ofthe police agreed.', 'The rest ofthe council left.');
    const result = audit(doc(source, 's.txt'), doc(target, 't.txt'));
    const flagged = result.findings.filter((f) => f.rule === 'run-together-words').map((f) => [f.target?.text, f.suggestion]);
    expect(flagged).toEqual([
      ['ofthe', 'of the'],
      ['ofthe', 'of the'],
      ['ofthe', 'of the'],
    ]);
  });

  test("each finding names the target segment it sits in", () => {
    const source = lines(...FILLER, 'Inflation rose to 3.1 percent in March.');
    const target = lines(...FILLER, 'Inflation rose to 4.1 percent in March.', ROTTERDAM);
    const result = audit(doc(source, 's.txt'), doc(target, 't.txt'));
    const withTarget = result.findings.filter((f) => f.target);
    expect(withTarget.length).toBeGreaterThanOrEqual(2);
    for (const f of withTarget) {
      const segment = result.target.segments.find((s) => s.id === f.segment);
      expect(segment).toBeDefined();
      expect(f.target!.start).toBeGreaterThanOrEqual(segment!.start);
      expect(f.target!.end).toBeLessThanOrEqual(segment!.end);
    }
  });

  test('a segment ending in a determiner is audited without error', () => {
    expect(() => audit(doc('The report was written by a.\n'), doc('The report was written by a\n'))).not.toThrow();
  });
});
