// The build writes each shard's FlexSearch `map` export directly; it must be exactly what FlexSearch exports for
// the same postings with the shard options, and what FlexSearch imports must answer like the index it came from.
import { describe, expect, it } from 'vitest';
import { flexMapOf } from '../../../src/lib/search/build-index.ts';
import { Index } from '../../../src/lib/search/flexsearch.ts';
import { shardIndexOptions } from '../../../src/lib/search/index-config.ts';
import type { IndexShard } from '../../../src/lib/search/index-files.ts';

const postings = new Map<string, number[]>([
  ['肺癌', [1, 18, 35, 4097]],
  ['放射组学', [2, 3]],
  ['组学', [2, 3, 66]],
  ['segmentation', [17, 1000000]],
  ['10.1038/s41746-026-02897-8', [84]],
]);
const terms = [...postings.keys()].sort();

/** What FlexSearch itself exports after adding every id with its terms. */
function flexSearchExport(): IndexShard['map'] {
  const contentById = new Map<number, string[]>();
  for (const term of terms) for (const id of postings.get(term) ?? []) contentById.set(id, [...(contentById.get(id) ?? []), term]);
  const index = new Index(shardIndexOptions());
  for (const id of [...contentById.keys()].sort((a, b) => a - b)) index.add(id, (contentById.get(id) ?? []).join(' '));
  const exported: IndexShard['map'] = [];
  void index.export((key: string, data: string) => {
    if (/^\d+\.map$/.test(key)) exported.push(...(JSON.parse(data) as IndexShard['map']));
  });
  return exported;
}

describe('the shard map export', () => {
  it('equals FlexSearch’s own export of the same postings', () => {
    const sortByTerm = (map: IndexShard['map']) => [...map].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    expect(sortByTerm(flexMapOf(terms, postings))).toEqual(sortByTerm(flexSearchExport()));
  });

  it('imports into FlexSearch and answers every term with its ids', () => {
    const index = new Index(shardIndexOptions());
    index.import('map', flexMapOf(terms, postings) as unknown as string);
    for (const [term, ids] of postings) expect((index.search(term, { limit: 1e9 }) as number[]).slice().sort((a, b) => a - b)).toEqual(ids);
  });
});
