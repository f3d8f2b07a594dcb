// The files the build ships under /search-index/ and what each holds. See docs/design.md for why.

/** Which format and configuration made a file; every shipped file carries it and readers check it. */
export interface IndexStamp {
  format: number;
  /** configFingerprint() of the build; readers refuse a different one. */
  config: string;
}

/** manifest.json (also inlined into the search page): how the index is laid out. */
export interface IndexManifest extends IndexStamp {
  shardCount: number;
  paperCount: number;
}

export interface FacetLabel {
  slug: string;
  label: string;
  labelEn: string | null;
}

/** facets.json: what filters and facet counts need about every paper, with nothing to display. */
export interface FacetData extends IndexStamp {
  journals: FacetLabel[];
  modalities: FacetLabel[];
  diseases: FacetLabel[];
  /** Years newest first, each with the range of paper numbers it covers (papers are numbered newest first). */
  years: { year: number; first: number; last: number }[];
  /** Per paper number, the index of its journal in `journals`. */
  journalOf: number[];
  /** Per topic slug, the paper numbers tagged with it, ascending. */
  papersByTopic: Record<string, number[]>;
}

/** A taxonomy term as a query may contain it, pointing at its topic. */
export interface SynonymEntry {
  /** Han term, or Latin tokens joined by spaces. */
  key: string;
  topic: string;
  /** Short acronyms (AD, HF) only count when the query writes them in capitals. */
  exactCase?: string;
}

/** shards/<n>.json: every term whose shard key hashes to n. */
export interface IndexShard extends IndexStamp {
  /** FlexSearch Index export ("map" key): [[term, [[posting, …]]], …]; a posting is paper * 16 + field mask. */
  map: [string, number[][]][];
  synonyms: SynonymEntry[];
  /** Papers tagged with each topic that a synonym here points to, so a synonym needs no other file. */
  topics: Record<string, number[]>;
}

/** docs/<n>.json: what a result shows, fetched only for results on screen. */
export interface SearchDoc extends IndexStamp {
  n: number;
  id: string;
  url: string;
  doi: string;
  titleZh: string;
  titleEn: string;
  journal: string;
  issueNumber: number;
  issueDate: string;
  /** Tags with their labels, as links to their pages. */
  tags: { kind: 'modalities' | 'diseases'; slug: string; label: string }[];
  /** Searchable text for snippets: summary, abstract, commentary. */
  summary: string;
  abstract: string;
  commentary: string;
}

export const manifestPath = 'manifest.json';
export const facetsPath = 'facets.json';
export const shardPath = (shard: number): string => `shards/${shard}.json`;
export const docPath = (paperNumber: number): string => `docs/${paperNumber}.json`;
