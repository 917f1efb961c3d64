import { beforeAll, describe, expect, test } from '@jest/globals';
import { reviewLabels, reviewRows } from '../../eval/spinner-review.ts';
import { spinnerPairs, thesaurusAvailable } from '../../eval/thesaurus-spinner.ts';

// The labels only make sense against the spinner's output, which needs the LibreOffice thesaurus.
const withThesaurus = thesaurusAvailable() ? describe : describe.skip;

describe('spinner review labels file', () => {
  test('parses, has one label per key, and is sorted by pair then offset', () => {
    const rows = reviewRows();
    expect(reviewLabels().size).toBe(rows.length);
    const sorted = [...rows].sort((a, b) => (a.pair < b.pair ? -1 : a.pair > b.pair ? 1 : a.targetStart - b.targetStart));
    expect(rows).toEqual(sorted);
    expect(rows.some((r) => r.label === 'accept')).toBe(true);
    expect(rows.some((r) => r.label === 'reject')).toBe(true);
  });
});

withThesaurus('spinner review labels match the spinner output', () => {
  // Read in beforeAll, not while collecting: a skipped describe still runs its body.
  let pairs: ReturnType<typeof spinnerPairs> = [];
  let rows: ReturnType<typeof reviewRows> = [];
  let labels: ReturnType<typeof reviewLabels> = new Map();
  beforeAll(() => {
    pairs = spinnerPairs();
    rows = reviewRows();
    labels = reviewLabels();
  });

  test('every gold swap of every pair has a label', () => {
    const missing = pairs.flatMap((p) =>
      p.gold.filter((g) => !labels.has(`${p.name}\t${g.target.start}`)).map((g) => `${p.name}@${g.target.start} ${g.source.text}→${g.target.text}`),
    );
    expect(missing).toEqual([]);
  });

  test('every label is a gold swap: same pair, target offset, source word and target word', () => {
    const gold = new Map<string, { source: string; target: string }>();
    for (const p of pairs) for (const g of p.gold) gold.set(`${p.name}\t${g.target.start}`, { source: g.source.text, target: g.target.text });
    const stale = rows
      .filter((r) => {
        const g = gold.get(`${r.pair}\t${r.targetStart}`);
        return !g || g.target !== r.target || g.source !== r.source;
      })
      .map((r) => `${r.pair}@${r.targetStart} ${r.source}→${r.target}`);
    expect(stale).toEqual([]);
    expect(rows.length).toBe(gold.size);
  });
});
