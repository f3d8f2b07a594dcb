// Index and query agree: the browser plans Chinese without jieba, against the index's own entries, so every
// known word, every phrase a reader copies out of a paper and every part of an indexed word must find its paper.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArchive, loadSearchData, validIssues } from '../../../src/lib/archive/load-archive.ts';
import type { Paper } from '../../../src/lib/newsletter/archive.ts';
import type { SearchEngine } from '../../../src/lib/search/engine.ts';
import { jiebaCutter } from '../../../src/lib/search/jieba-segmenter.ts';
import { splitRuns } from '../../../src/lib/search/tokenize.ts';
import { papersOf } from '../../../src/lib/site/archive-views.ts';
import { sharedEngine, sharedIndex } from '../../helpers/shared-indexes.ts';

const { contentDir } = sharedIndex('eval');
const archive = loadArchive(contentDir);
const papers = papersOf(validIssues(archive));
const topics = [...archive.taxonomy.modalities, ...archive.taxonomy.diseases];
const { knownWords, stopwords } = loadSearchData(contentDir, topics.flatMap((t) => t.zh));
const functionChars = new Set(stopwords.functionChars);
// The build's own cutter, with the medical dictionary: the phrases a reader copies are cut as the index was.
const cut = jiebaCutter(knownWords);

/** The Chinese a reader can copy out of a paper: titles, summary, comment. */
const hanTextOf = (paper: Paper): string =>
  splitRuns([paper.titleZh, ...paper.summary.map((p) => p.text), ...paper.commentary].join('\n'))
    .filter((run) => run.kind === 'han')
    .map((run) => run.text)
    .join('\n');

let engine: SearchEngine;
beforeAll(async () => {
  ({ engine } = await sharedEngine('eval'));
}, 120_000);

async function finds(query: string, paperId: string): Promise<boolean> {
  // A trailing space: the query is finished, so no prefix matching while typing helps it along.
  const outcome = await engine.search(`${query} `);
  const found = await Promise.all(outcome.hits.map(async (h) => (await engine.doc(h.n)).id));
  return found.includes(paperId);
}

describe('index and query agree', () => {
  it('every dictionary and taxonomy word finds every paper whose text contains it, however jieba cut the sentence', async () => {
    const missed: string[] = [];
    let checked = 0;
    for (const word of knownWords.filter((w) => /^\p{Script=Han}{2,}$/u.test(w))) {
      for (const paper of papers) {
        if (!hanTextOf(paper).includes(word)) continue;
        checked++;
        if (!(await finds(word, paper.id))) missed.push(`${word} → ${paper.id}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(missed).toEqual([]);
  });

  it.each(papers.map((p) => [p.id, p] as const))('every phrase of one to three jieba words finds paper %s', async (_id, paper) => {
    const phrases = new Set<string>();
    for (const line of hanTextOf(paper).split('\n')) {
      const words = cut(line);
      for (let i = 0; i < words.length; i++) {
        for (let len = 1; len <= 3 && i + len <= words.length; len++) {
          const slice = words.slice(i, i + len);
          const wordsOk = slice.every((w) => [...w].length >= 2 || functionChars.has(w));
          const edgesOk = [...(slice[0] ?? '')].length >= 2 && [...(slice[slice.length - 1] ?? '')].length >= 2;
          if (wordsOk && edgesOk) phrases.add(slice.join(''));
        }
      }
    }
    expect(phrases.size).toBeGreaterThan(40);
    const missed: string[] = [];
    for (const phrase of phrases) if (!(await finds(phrase, paper.id))) missed.push(phrase);
    expect(missed).toEqual([]);
  });

  it('any two to four characters inside a word jieba cut find the paper (放射组学 → 组学)', async () => {
    const samples = papers.flatMap((paper) =>
      hanTextOf(paper)
        .split('\n')
        .flatMap((line) => cut(line))
        .filter((word) => [...word].length >= 3)
        .map((word) => ({ word, paper: paper.id })),
    );
    expect(samples.length).toBeGreaterThan(100);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...samples),
        fc.nat(),
        fc.integer({ min: 2, max: 4 }),
        async ({ word, paper }, start, length) => {
          const chars = [...word];
          const from = start % (chars.length - 1);
          const part = chars.slice(from, Math.min(chars.length, from + length)).join('');
          fc.pre([...part].length >= 2);
          expect(await finds(part, paper), `${part} (in ${word}) → ${paper}`).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never joins characters scattered over different words (心 + 衰 is not 心衰)', async () => {
    for (const query of ['超学', '霍淋', '心衰竭病']) expect((await engine.search(`${query} `)).hits, query).toEqual([]);
  });
});
