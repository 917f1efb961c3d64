import { describe, expect, test } from '@jest/globals';
import { sharedSlot, slotAt, slotPos, widenForParticiple } from '../../src/text/pos-slot.ts';

const sorted = (slot: ReadonlySet<string> | null) => (slot ? [...slot].sort() : null);

describe('slotPos', () => {
  test.each([
    // [previous, next, word before previous, allowed parts of speech]
    ['the', 'member', undefined, ['a', 'n']],
    ['the', 'of', undefined, ['n']],
    ['each', 'on', undefined, ['n']],
    ['same', 'have', 'the', ['n']],
    ['their', '.', undefined, ['n']],
    ['All', 'on', undefined, ['n']],
    ['all', 'the', 'they', null],
    ['would', 'the', undefined, ['r', 'v']],
    ['they', 'the', undefined, ['r', 'v']],
    ['to', 'the', undefined, null],
    ['quickly', 'the', undefined, null],
  ] as const)('after "%s", before "%s" (then "%s"): %j', (previous, next, before, expected) => {
    expect(sorted(slotPos(previous, next, before))).toEqual(expected);
  });

  test('reads the slot from the text around a word', () => {
    const text = 'All aims on the same prime have the same longitude.';
    expect(sorted(slotAt(text, 4, 8))).toEqual(['n']);
    expect(sorted(slotAt(text, 21, 26))).toEqual(['n']);
    expect(slotAt(text, 0, 3)).toBeNull();
  });

  test('two slots meet on what both allow; a participle also allows the verb and the adjective', () => {
    expect(sorted(sharedSlot(new Set(['n', 'a']), new Set(['n'])))).toEqual(['n']);
    expect(sorted(sharedSlot(null, new Set(['v'])))).toEqual(['v']);
    expect(sharedSlot(new Set(['n']), new Set(['v']))).toBeNull();
    expect(sorted(widenForParticiple(new Set(['n']), 'mixing'))).toEqual(['a', 'n', 'v']);
    expect(sorted(widenForParticiple(new Set(['n']), 'point'))).toEqual(['n']);
  });
});
