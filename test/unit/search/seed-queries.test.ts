// Every relevance case the editors wrote for issue 56, through the shared query module over the real index.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../../src/lib/search/engine.ts';
import { sharedEngine } from '../../helpers/shared-indexes.ts';
import { readEvalJson } from '../../helpers/eval-cases.ts';

interface Case {
  q: string;
  kind: string;
  must: string[];
  mustNot?: string[];
  nothing?: boolean;
}
const { cases } = readEvalJson<{ cases: Case[] }>('seed-queries.json');

let engine: SearchEngine;
beforeAll(async () => {
  ({ engine } = await sharedEngine('repo'));
});

async function doisFor(query: string): Promise<string[]> {
  const outcome = await engine.search(query);
  return Promise.all(outcome.hits.map(async (hit) => (await engine.doc(hit.n)).doi));
}

describe('seed relevance cases', () => {
  it.each(cases.map((c) => [c.q, c.kind, c] as const))('%s (%s)', async (_q, _kind, c) => {
    const dois = await doisFor(c.q);
    for (const doi of c.must) expect(dois.slice(0, 5), `${doi} in top 5`).toContain(doi);
    for (const doi of c.mustNot ?? []) expect(dois).not.toContain(doi);
    if (c.nothing) expect(dois).toEqual([]);
  });
});
