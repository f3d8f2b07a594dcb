// The facets readers browse and filter by (journal, modality, disease, year): one name each, used by the facet pages'
// URLs (/journals/…), their feeds, the search page's filters and the search index. Imports nothing, so the browser
// bundle and every layer can use it.

/** In the order the site lists them. Each is the facet's URL segment and the key of its lists (paper.modalities…). */
export const FACET_NAMES = ['journals', 'modalities', 'diseases', 'years'] as const;
export type Facet = (typeof FACET_NAMES)[number];

/** The facets whose values are taxonomy topics (content/taxonomy.yaml): a topic's kind, a paper's tags. */
export const TOPIC_FACETS = ['modalities', 'diseases'] as const satisfies readonly Facet[];
export type TopicFacet = (typeof TOPIC_FACETS)[number];

export interface FacetDefinition {
  kind: Facet;
  /** Chinese name of the facet, e.g. 疾病. */
  title: string;
  titleEn: string;
  /** Its parameter in search page URLs (/search/?disease=…): singular, as links already shared spell it. */
  searchParam: string;
}

export const FACETS: Record<Facet, FacetDefinition> = {
  journals: { kind: 'journals', title: '期刊', titleEn: 'Journals', searchParam: 'journal' },
  modalities: { kind: 'modalities', title: '成像方式', titleEn: 'Modalities', searchParam: 'modality' },
  diseases: { kind: 'diseases', title: '疾病', titleEn: 'Diseases', searchParam: 'disease' },
  years: { kind: 'years', title: '年份', titleEn: 'Years', searchParam: 'year' },
};
