// The segmentation half of the index build over a few papers with a scripted cut: which papers and fields each
// entry's postings name, pairs of a function character and its neighbour settled only once every paper is in.
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../../src/lib/newsletter/archive.ts';
import { collectPostings } from '../../../src/lib/search/build-index.ts';
import { FIELD_GROUPS, MASK_SPAN } from '../../../src/lib/search/index-config.ts';

/** A paper of issue `issue` (later issues are newer, so they come first in the index) with a title and a summary. */
function paper(issue: number, titleZh: string, summary: string): Paper {
  return {
    order: 1,
    titleZh,
    titleEn: '',
    summary: [{ label: null, text: summary }],
    commentary: [],
    abstract: [],
    doi: `10.1000/p${issue}`,
    line: 1,
    journalLine: 2,
    doiLine: 3,
    id: `${issue}-1`,
    issueNumber: issue,
    issueDate: `2026-01-${String(issue).padStart(2, '0')}`,
    journal: { name: 'J', slug: 'j', asWritten: 'J', known: true, issn: [] },
    url: `https://doi.org/10.1000/p${issue}`,
    modalities: [],
    diseases: [],
  };
}

// jieba's cuts as this test needs them: 这类 whole in one sentence, cut 这/类 or before an HMM word in others.
const CUTS: Record<string, string[]> = {
  这类病例: ['这', '类', '病例'],
  这类晟泰模型: ['这', '类晟泰', '模型'],
  这类患者: ['这类', '患者'],
  病的步态: ['病', '的', '步态'],
};

const postingsOf = (papers: Paper[]) =>
  collectPostings({
    papers,
    topics: [],
    journals: [],
    stopwords: { index: [], question: { zh: [], en: [] }, filler: { zh: [], en: [] }, generic: { zh: [], en: [] }, functionChars: '这的' },
    cut: (run) => CUTS[run] ?? [run],
    knownWords: [],
    thesaurus: [],
  });

/** token → [paper id, fields] in index order. */
const where = (postings: ReturnType<typeof postingsOf>, token: string): [string, string[]][] =>
  (postings.byToken.get(token) ?? []).map((id) => [
    postings.papers[Math.floor(id / MASK_SPAN)]?.id ?? '?',
    Object.entries(FIELD_GROUPS)
      .filter(([, g]) => (id % MASK_SPAN) & g.bit)
      .map(([name]) => name),
  ]);

describe('collectPostings', () => {
  it('indexes a pair met before any paper has it as a word, in that paper and field, once a later paper does', () => {
    // Newest first: issue 4 (这/类, title), 3 (这/类晟泰, summary), 2 (这类 whole, summary), 1 (这/类 in both fields).
    const postings = postingsOf([paper(1, '这类病例', '这类病例'), paper(2, '对照', '这类患者'), paper(3, '对照', '这类晟泰模型'), paper(4, '这类病例', '对照')]);
    expect(where(postings, '这类')).toEqual([
      ['4-1', ['title']],
      ['3-1', ['body']],
      ['2-1', ['body']],
      ['1-1', ['title', 'body']],
    ]);
  });

  it('indexes no pair that no paper has as a word', () => {
    const postings = postingsOf([paper(1, '病的步态', '这类病例')]);
    expect(postings.byToken.has('病的')).toBe(false);
    expect(postings.byToken.has('这类')).toBe(false);
    expect(where(postings, '步态')).toEqual([['1-1', ['title']]]);
  });
});
