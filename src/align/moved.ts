import type { Alignment } from '../types.ts';

/**
 * Marks alignments whose source passage is out of order. The in-order set is the heaviest
 * subsequence (weight = sentences in the alignment) with increasing source positions, found with
 * a Fenwick tree in O(n log n); everything outside it moved. Weighting makes the reader's view
 * right: a one-sentence paragraph moved past a three-sentence one is the one marked.
 */
export function markMoved(alignments: Alignment[], sourcePosition: Map<string, number>): void {
  const positions = alignments.map((a) => Math.min(...a.source.map((id) => sourcePosition.get(id)!)));
  const ranks = new Map([...new Set(positions)].sort((a, b) => a - b).map((p, i) => [p, i + 1]));
  const size = ranks.size;
  const treeBest = new Array<number>(size + 1).fill(0);
  const treeIndex = new Array<number>(size + 1).fill(-1);
  const previous = new Array<number>(alignments.length).fill(-1);
  const total = new Array<number>(alignments.length).fill(0);
  const query = (rank: number) => {
    let best = 0;
    let index = -1;
    for (let r = rank; r > 0; r -= r & -r) if (treeBest[r]! > best) [best, index] = [treeBest[r]!, treeIndex[r]!];
    return { best, index };
  };
  alignments.forEach((alignment, i) => {
    const rank = ranks.get(positions[i]!)!;
    const { best, index } = query(rank - 1);
    total[i] = best + alignment.source.length + alignment.target.length;
    previous[i] = index;
    for (let r = rank; r <= size; r += r & -r) if (total[i]! > treeBest[r]!) [treeBest[r], treeIndex[r]] = [total[i]!, i];
  });
  const inOrder = new Set<number>();
  let end = -1;
  total.forEach((t, i) => (end === -1 || t > total[end]! ? (end = i) : 0));
  for (let i = end; i >= 0; i = previous[i]!) inOrder.add(i);
  alignments.forEach((a, i) => (a.moved = !inOrder.has(i)));
}
