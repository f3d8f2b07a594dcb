// The files the build ships under /search-index/ and what each holds. See docs/design.md for why.
import type { TopicFacet } from '../site/facet-names.ts';
import type { ShippedRules } from './query-rules.ts';

/** Which format and configuration made a file; every shipped file carries it and readers check it. */
export interface IndexStamp {
  format: number;
  /** configFingerprint() of the build; readers refuse a different one. */
  config: string;
}

/** manifest.json (also inlined into the search page): how the index is laid out and how queries are read. */
export interface IndexManifest extends IndexStamp {
  shardCount: number;
  paperCount: number;
  /** Stopwords, question and filler words, the Traditional → Simplified map: every reader plans with these. */
  rules: ShippedRules;
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

/**
 * A name a query may contain, pointing at concepts: a taxonomy term at its topic (slug), a journal's name or
 * abbreviation at `journal:<slug>`. Several entries with one key are alternatives.
 */
export interface SynonymEntry {
  /** Han term (Simplified), Latin tokens joined by spaces, or a Latin letter glued to Han (x线, b超). */
  key: string;
  /** Every one of them holds for a paper the key finds (PET/CT: pet and ct). */
  concepts: string[];
  /** Short acronyms (AD, HF) only count when the query writes them in capitals. */
  exactCase?: string;
}

/** shards/<n>.json: every term whose shard key hashes to n. */
export interface IndexShard extends IndexStamp {
  /** FlexSearch Index export ("map" key): [[term, [[posting, …]]], …]; a posting is paper * 16 + field mask. */
  map: [string, number[][]][];
  /**
   * Synonyms whose first Han character or first Latin token has this shard, compactly: their concepts joined by
   * `|` → their keys; a key written `=AD` is the exact-case acronym AD (key `ad`).
   */
  synonyms: Record<string, string[]>;
  /** Papers of each concept a synonym here points to, ascending, so a synonym needs no other file. */
  concepts: Record<string, number[]>;
  /** Dictionary words starting with this shard's characters: a query never splits them (放射组学 ≠ 放射 + 组学). */
  words: string[];
  /**
   * Terms here that are only ever a word's last character with the next word (动分割 of 自动/分割), sorted: a query
   * piece found only among them is priced above two words, so whole words never read as one crossing entry.
   */
  crossings: string[];
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
  /** The journal's facet slug: the card links the name to the journal's page. */
  journalSlug: string;
  /** The journal's ISSNs, for citation exports. */
  issn: string[];
  issueNumber: number;
  issueDate: string;
  /** Tags with their Chinese and English names, as links to their pages. */
  tags: { kind: TopicFacet; slug: string; label: string; labelEn: string }[];
  /** Searchable text for snippets: summary, abstract, commentary. */
  summary: string;
  abstract: string;
  commentary: string;
}

export const manifestPath = 'manifest.json';
export const facetsPath = 'facets.json';
export const shardPath = (shard: number): string => `shards/${shard}.json`;
export const docPath = (paperNumber: number): string => `docs/${paperNumber}.json`;

/** Synonyms as a shard ships them (see IndexShard.synonyms). */
export function packSynonyms(entries: readonly SynonymEntry[]): Record<string, string[]> {
  const packed: Record<string, string[]> = {};
  for (const entry of entries) (packed[entry.concepts.join('|')] ??= []).push(entry.exactCase ? `=${entry.exactCase}` : entry.key);
  return packed;
}

export function unpackSynonyms(packed: Readonly<Record<string, string[]>>): SynonymEntry[] {
  return Object.entries(packed).flatMap(([concepts, keys]) =>
    keys.map((key) => (key.startsWith('=') ? { key: key.slice(1).toLowerCase(), concepts: concepts.split('|'), exactCase: key.slice(1) } : { key, concepts: concepts.split('|') })),
  );
}
