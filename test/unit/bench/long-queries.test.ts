// The bench's pasted-query figures: 40,000 characters of each kind, answered by the real engine over issue 56.
import { describe, expect, it } from 'vitest';
import { LONG_QUERY_CHARS, longQueries, longQueryLine, timeLongQueries } from '../../../scripts/bench/long-queries.ts';
import { sharedEngine } from '../../helpers/shared-indexes.ts';

describe('long pasted queries', () => {
  it('are 40,000 characters of archive text or of nothing searchable, and each gets an answer', async () => {
    const { engine } = await sharedEngine('repo');
    const doc = await engine.doc(0);
    const queries = longQueries({ zh: doc.summary, en: doc.abstract });
    expect(queries.map((q) => [...q.query].length)).toEqual(queries.map(() => LONG_QUERY_CHARS));
    const timings = await timeLongQueries(engine, queries, 1);
    expect(timings.map((t) => t.kind)).toEqual(['Chinese text', 'English text', 'mixed, no spaces', 'emoji and punctuation']);
    // The page reads the first 200 characters: the start of the paper's own summary still finds that paper.
    expect(timings[0]?.hits).toBeGreaterThan(0);
    expect(timings.at(-1)?.hits).toBe(0);
    expect(longQueryLine(timings)).toMatch(/^Pasted 40,000-character queries.*Chinese text \d+\.\d ms \(\d+\.\d× '肺癌', \d+ results\)/);
  });
});
