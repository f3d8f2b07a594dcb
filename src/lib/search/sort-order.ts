// How results are ordered: 相关度 (best match first) or 最新 (newest issue first), as PubMed offers.
export const SORT_ORDERS = ['relevance', 'newest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export const SORT_LABELS: Record<SortOrder, string> = { relevance: '相关度', newest: '最新' };

/** What a URL or a command line says; anything else is the default. */
export const sortOrderOf = (value: string | null | undefined): SortOrder => (value === 'newest' ? 'newest' : 'relevance');
