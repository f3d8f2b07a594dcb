// The fixed query lists: Chinese, English, mixed, two-term, filtered and planted terms for the engines, and the queries typed into the pages.
import type { PlantedTerm } from './generate-archive.ts';
import type { BenchQuery } from './measure.ts';

const COMMON: (BenchQuery & { quick: boolean })[] = [
  { kind: 'zh', query: '肺癌', filters: {}, quick: true },
  { kind: 'zh', query: '超声', filters: {}, quick: false },
  { kind: 'zh', query: '深度学习', filters: {}, quick: true },
  { kind: 'en', query: 'radiomics', filters: {}, quick: true },
  { kind: 'en', query: 'segmentation', filters: {}, quick: false },
  { kind: 'en two-term', query: 'external validation', filters: {}, quick: true },
  { kind: 'mixed', query: 'FDG 肺癌', filters: {}, quick: true },
  { kind: 'zh two-term', query: '乳腺癌 淋巴结', filters: {}, quick: true },
  { kind: 'filtered', query: '深度学习', filters: { diseases: ['lung-cancer'] }, quick: true },
  { kind: 'filtered', query: 'radiomics', filters: { modalities: ['ct'] }, quick: true },
  // What readers type besides dictionary words; each is judged against the ground truth of its twin.
  { kind: 'zh traditional', query: '深度學習 淋巴結', truth: '深度学习 淋巴结', filters: {}, quick: true },
  { kind: 'its Simplified twin', query: '深度学习 淋巴结', filters: {}, quick: true },
  { kind: 'en typo', query: 'segmetnation', truth: 'segmentation', filters: {}, quick: true },
  { kind: 'zh sub-word', query: '组学', filters: {}, quick: true },
];

/** `quick` (the default 300-paper run, which must stay under two minutes) keeps 10 queries, one planted term per language. */
export function benchQueries(planted: readonly PlantedTerm[], quick = false): BenchQuery[] {
  const plantedUsed = quick ? [planted.find((p) => p.language === 'zh'), planted.find((p) => p.language === 'en')].filter((p) => p !== undefined) : planted;
  return [
    ...COMMON.filter((q) => !quick || q.quick).map(({ quick: _quick, ...query }) => query),
    ...plantedUsed.map((p): BenchQuery => ({ kind: `planted ${p.language}`, query: p.term, filters: {} })),
  ];
}

/** Typed into the real search page and Pagefind's UI: Chinese, English and mixed. */
export const PAGE_QUERIES: readonly string[] = ['肺癌', 'radiomics', 'FDG 肺癌'];
