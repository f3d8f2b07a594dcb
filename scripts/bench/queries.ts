// The fixed query list both engines answer: Chinese, English, mixed, two-term, filtered, and the planted terms.
import type { PlantedTerm } from './generate-archive.ts';
import type { BenchQuery } from './measure.ts';

export function benchQueries(planted: readonly PlantedTerm[]): BenchQuery[] {
  return [
    { kind: 'zh', query: '肺癌', filters: {} },
    { kind: 'zh', query: '超声', filters: {} },
    { kind: 'zh', query: '深度学习', filters: {} },
    { kind: 'en', query: 'radiomics', filters: {} },
    { kind: 'en', query: 'segmentation', filters: {} },
    { kind: 'en two-term', query: 'external validation', filters: {} },
    { kind: 'mixed', query: 'FDG 肺癌', filters: {} },
    { kind: 'zh two-term', query: '乳腺癌 淋巴结', filters: {} },
    { kind: 'filtered', query: '深度学习', filters: { disease: ['lung-cancer'] } },
    { kind: 'filtered', query: 'radiomics', filters: { modality: ['ct'] } },
    ...planted.map((p): BenchQuery => ({ kind: `planted ${p.language}`, query: p.term, filters: {} })),
  ];
}
