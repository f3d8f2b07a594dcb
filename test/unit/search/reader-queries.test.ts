// The reader eval set (../shared/eval/reader-queries.json): 54 queries as readers type them, in nine kinds, over
// issue 56 and the two fixture issues, through the same engine the browser uses. A case passes when every
// must_top5 paper is in the top five, no must_not_return paper is returned, and `nothing` returns nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../../src/lib/search/engine.ts';
import { readEvalJson } from '../../helpers/eval-cases.ts';
import { sharedEngine } from '../../helpers/shared-indexes.ts';

interface ReaderCase {
  q: string;
  kind: string;
  must_top5: string[];
  must_not_return: string[];
  nothing: boolean;
  note: string;
}

const { cases } = readEvalJson<{ cases: ReaderCase[] }>('reader-queries.json');
// The bar: at least 52 of the 54 cases.
const REQUIRED_SHARE = 52 / 54;

let engine: SearchEngine;
beforeAll(async () => {
  ({ engine } = await sharedEngine('eval'));
}, 120_000);

async function failureOf(c: ReaderCase): Promise<string | null> {
  const outcome = await engine.search(c.q);
  const ids = await Promise.all(outcome.hits.map(async (h) => (await engine.doc(h.n)).id));
  const top5 = ids.slice(0, 5);
  if (c.nothing && ids.length > 0) return `expected nothing, got ${ids.join(', ')}`;
  const missing = c.must_top5.filter((id) => !top5.includes(id));
  if (missing.length > 0) return `${missing.join(', ')} not in the top five (${top5.join(', ') || 'no results'})`;
  const wrong = c.must_not_return.filter((id) => ids.includes(id));
  return wrong.length > 0 ? `returned ${wrong.join(', ')}` : null;
}

describe('reader queries', () => {
  it('has the nine kinds the issue names', () => {
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(['topic', 'traditional', 'typo', 'question', 'journal', 'identifier', 'method', 'nothing', 'broad']));
  });

  it(`pass at least ${Math.ceil(REQUIRED_SHARE * 100)}% (52 of 54), with every failure named`, async () => {
    const failures: string[] = [];
    for (const c of cases) {
      const failure = await failureOf(c);
      if (failure) failures.push(`[${c.kind}] ${c.q}: ${failure}`);
    }
    expect(cases.length - failures.length, failures.join('\n')).toBeGreaterThanOrEqual(Math.ceil(cases.length * REQUIRED_SHARE));
  });

});
