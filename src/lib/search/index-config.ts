// The search index's shared configuration: the build and every reader (browser, CLI) import this one
// module, because FlexSearch 0.8's export does not carry its options and a mismatch gives wrong results.
import type { Index as FlexIndex, IndexOptions } from 'flexsearch';
import { fnv1a } from '../site/slug.ts';

/** Bumped whenever the shipped files change shape; the browser refuses other versions. */
export const INDEX_FORMAT_VERSION = 1;

/** Bumped whenever tokenization (runs, English folding and stemming, Han dictionary rules) changes. */
export const TOKENIZER_VERSION = 1;

/** Where the index files live under the site root. */
export const INDEX_BASE_PATH = '/search-index/';

/**
 * Field groups a term can occur in, as bits of a posting's mask. Titles weigh most, then the summary and
 * abstract, then journal/tags/DOI, the editors' comment least.
 */
export const FIELD_GROUPS = {
  title: { bit: 1, weight: 8 },
  body: { bit: 2, weight: 3 },
  meta: { bit: 4, weight: 2 },
  commentary: { bit: 8, weight: 1 },
} as const;
export type FieldGroup = keyof typeof FIELD_GROUPS;
/** Postings are `paper * MASK_SPAN + mask`, so one id says which paper and in which fields. */
export const MASK_SPAN = 16;

/** Words dropped on both sides: too common to narrow a search. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  ('a an and are as at be been but by can could did do does for from had has have he her his how i if in into is it its ' +
    'may might more most no nor not of on or our she should so such than that the their them then there these they this ' +
    'those to was we were what when where which while who whom why will with would you your').split(' '),
);
/** Single Han characters that never make a search term on their own. */
export const HAN_STOP_CHARS: ReadonlySet<string> = new Set('的了和与及或在对为是于以而其之也把被从向将并等中'.split(''));

/**
 * Terms are sharded by their first character (Han) or first two letters/digits (Latin), so a query
 * only fetches the shards of its own terms; a shard holds every term that starts with its key, which
 * also serves prefix search and query segmentation.
 */
export function shardKeyOf(term: string): string {
  const first = String.fromCodePoint(term.codePointAt(0) ?? 0x20);
  return /\p{Script=Han}/u.test(first) ? first : term.slice(0, 2);
}

export function shardOf(term: string, shardCount: number): number {
  return parseInt(fnv1a(shardKeyOf(term)), 16) % shardCount;
}

const splitOnSpaces = (text: string): string[] => text.split(' ');

/**
 * FlexSearch options for one shard. We hand it finished tokens, so its own encoder (which collapses
 * repeated letters and splits numbers) is replaced by a plain split on spaces.
 */
export function shardIndexOptions(): IndexOptions {
  return { tokenize: 'strict', resolution: 1, cache: false, context: false, fastupdate: false, encode: splitOnSpaces };
}

export type IndexConstructor = new (options: IndexOptions) => FlexIndex;

/** A fingerprint of everything above: stamped into the index and checked by readers. */
export function configFingerprint(): string {
  return fnv1a(
    JSON.stringify([
      INDEX_FORMAT_VERSION,
      FIELD_GROUPS,
      MASK_SPAN,
      [...ENGLISH_STOPWORDS],
      [...HAN_STOP_CHARS],
      Object.entries(shardIndexOptions()).filter(([, v]) => typeof v !== 'function'),
      TOKENIZER_VERSION,
    ]),
  );
}
