// The search index's shared configuration: the build and every reader (browser, CLI) import this one
// module, because FlexSearch 0.8's export does not carry its options and a mismatch gives wrong results.
import type { IndexOptions } from 'flexsearch';
import { DOI_PREFIX } from '../newsletter/doi.ts';
import { fnv1a } from '../text/hash.ts';

/** Bumped whenever the shipped files change shape; the browser refuses other versions. */
export const INDEX_FORMAT_VERSION = 4;

/** Bumped whenever tokenization (runs, English folding and stemming, Han dictionary rules) changes. */
export const TOKENIZER_VERSION = 4;

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

/**
 * Terms are sharded by their first character (Han) or first two letters/digits (Latin), so a query
 * only fetches the shards of its own terms; a shard holds every term that starts with its key, which
 * also serves prefix search and query segmentation. A whole DOI is its own key: every DOI starts with
 * "10", and one shard holding them all would grow with the archive.
 */
export function shardKeyOf(term: string): string {
  if (isDoiTerm(term)) return term;
  const first = String.fromCodePoint(term.codePointAt(0) ?? 0x20);
  return /\p{Script=Han}/u.test(first) ? first : term.slice(0, 2);
}

/** A normalised DOI, indexed whole so that a pasted DOI finds its paper in one lookup. */
const DOI_START = new RegExp(`^${DOI_PREFIX}`);
export const isDoiTerm = (term: string): boolean => DOI_START.test(term);

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

/**
 * A fingerprint of everything above and of the rules the build shipped in the manifest (stopwords,
 * conversions): stamped into every index file and checked by readers, so code and files of two builds never mix.
 */
export function configFingerprint(shippedRules: unknown): string {
  return fnv1a(
    JSON.stringify([
      INDEX_FORMAT_VERSION,
      FIELD_GROUPS,
      MASK_SPAN,
      Object.entries(shardIndexOptions()).filter(([, v]) => typeof v !== 'function'),
      TOKENIZER_VERSION,
      shippedRules,
    ]),
  );
}
