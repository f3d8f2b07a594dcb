// Postings settled after the fact (a pair that became a word later in the archive) join a token's list in order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergePostings } from '../../../src/lib/search/build-index.ts';
import { MASK_SPAN } from '../../../src/lib/search/index-config.ts';

const id = (paper: number, mask: number): number => paper * MASK_SPAN + mask;

describe('mergePostings', () => {
  it.each([
    [[], [], []],
    [[id(1, 1)], [], [id(1, 1)]],
    [[], [id(0, 2)], [id(0, 2)]],
    [[id(0, 1), id(3, 4)], [id(1, 2), id(3, 2), id(7, 8)], [id(0, 1), id(1, 2), id(3, 6), id(7, 8)]],
  ])('%j with %j is %j', (a, b, expected) => {
    expect(mergePostings(a, b)).toEqual(expected);
  });

  it('gives every paper of either list once, ascending, with the fields of both', () => {
    const list = fc.uniqueArray(fc.nat(50)).chain((papers) =>
      fc.tuple(...papers.sort((x, y) => x - y).map((paper) => fc.integer({ min: 1, max: MASK_SPAN - 1 }).map((mask) => id(paper, mask)))),
    );
    fc.assert(
      fc.property(list, list, (a, b) => {
        const masks = new Map<number, number>();
        for (const x of [...a, ...b]) masks.set(Math.floor(x / MASK_SPAN), (masks.get(Math.floor(x / MASK_SPAN)) ?? 0) | x % MASK_SPAN);
        const expected = [...masks].sort(([x], [y]) => x - y).map(([paper, mask]) => id(paper, mask));
        expect(mergePostings(a, b)).toEqual(expected);
      }),
      { seed: 3 },
    );
  });
});
