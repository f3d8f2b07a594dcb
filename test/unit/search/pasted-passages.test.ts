// A reader pastes a passage (a summary's opening, an abstract's first lines, a title with its abstract): the paper it
// came from comes first, though the passage holds section labels and numbers no index holds as words.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../../src/lib/search/engine.ts';
import { MAX_QUERY_CHARS } from '../../../src/lib/search/query-text.ts';
import { searchNotices } from '../../../src/lib/search/search-notices.ts';
import { sharedEngine } from '../../helpers/shared-indexes.ts';

let engine: SearchEngine;
beforeAll(async () => {
  ({ engine } = await sharedEngine('repo'));
}, 60_000);

describe('pasted passages', () => {
  it('find their own paper first, from the Chinese summary, the English abstract or both titles', async () => {
    for (let n = 0; n < engine.paperCount; n++) {
      const doc = await engine.doc(n);
      for (const passage of [doc.summary.slice(0, MAX_QUERY_CHARS), doc.abstract.slice(0, MAX_QUERY_CHARS), `${doc.titleZh} ${doc.titleEn}`]) {
        const outcome = await engine.search(passage);
        expect({ passage, first: outcome.hits[0]?.n }).toEqual({ passage, first: n });
      }
    }
  });

  it('say they were read as a passage; a short query is still every word required', async () => {
    const doc = await engine.doc(0);
    const passage = await engine.search(doc.summary.slice(0, 120));
    expect(passage.plan.passage).toBe(true);
    expect(searchNotices(passage).map((n) => n.text)).toContain('按段落检索:文中的疾病、成像方式、期刊等主题词必须出现,其余词语只需大部分出现,并用于排序。');
    const short = await engine.search('肺癌 PET 深度学习');
    expect(short.plan.passage).toBe(false);
    expect(short.plan.question).toBe(false);
  });
});
