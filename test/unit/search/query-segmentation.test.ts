// The browser segments queries without jieba; phrases cut from real paper text must still find their paper.
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArchive, validIssues } from '../../../src/lib/archive/load-archive.ts';
import type { SearchEngine } from '../../../src/lib/search/engine.ts';
import { HAN_STOP_CHARS } from '../../../src/lib/search/index-config.ts';
import { splitRuns } from '../../../src/lib/search/tokenize.ts';
import { papersOf } from '../../../src/lib/site/archive-views.ts';
import { engineOf, REPO_CONTENT } from '../../helpers/search-index.ts';

const jieba = createRequire(import.meta.url)('nodejieba') as { cut(text: string): string[] };
const papers = papersOf(validIssues(loadArchive(REPO_CONTENT)));

/** Runs of one to three consecutive jieba words, as a reader might copy them out of the text. */
function phrasesOf(text: string): string[] {
  const phrases = new Set<string>();
  for (const run of splitRuns(text)) {
    if (run.kind !== 'han') continue;
    const words = jieba.cut(run.text);
    for (let i = 0; i < words.length; i++) {
      for (let len = 1; len <= 3 && i + len <= words.length; len++) {
        const slice = words.slice(i, i + len);
        const wordsOk = slice.every((w) => [...w].length >= 2 || HAN_STOP_CHARS.has(w));
        const edgesOk = [...(slice[0] ?? '')].length >= 2 && [...(slice[slice.length - 1] ?? '')].length >= 2;
        if (wordsOk && edgesOk) phrases.add(slice.join(''));
      }
    }
  }
  return [...phrases];
}

let engine: SearchEngine;
beforeAll(async () => {
  ({ engine } = await engineOf());
});

describe('query segmentation agrees with the index', () => {
  it.each(papers.map((p) => [p.id, p] as const))('every phrase of paper %s finds it', async (_id, paper) => {
    const text = [paper.titleZh, ...paper.summary.map((p) => p.text), ...paper.commentary].join('\n');
    const phrases = phrasesOf(text);
    expect(phrases.length).toBeGreaterThan(40);
    const missed: string[] = [];
    for (const phrase of phrases) {
      // A trailing space: the phrase is finished, so no prefix matching helps it along.
      const outcome = await engine.search(`${phrase} `);
      const found = await Promise.all(outcome.hits.map(async (h) => (await engine.doc(h.n)).id));
      if (!found.includes(paper.id)) missed.push(phrase);
    }
    expect(missed).toEqual([]);
  });

  it('cuts where jieba cut the index, not where Intl.Segmenter would', async () => {
    const plan = (await engine.search('淋巴瘤 ')).plan;
    expect(plan.groups.flatMap((g) => g.alternatives[0] ?? [])).toEqual([{ kind: 'term', term: '淋巴瘤' }]);
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    const intl = [...segmenter.segment('腋窝淋巴结转移')].map((s) => s.segment);
    const ours = (await engine.search('腋窝淋巴结转移 ')).plan.groups.map((g) => g.surface);
    expect(ours).toEqual(['腋窝淋巴结', '转移']);
    expect(intl).not.toEqual(ours);
  });
});
