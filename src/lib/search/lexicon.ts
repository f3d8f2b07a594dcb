// The part of the index a query has loaded: its shards' vocabularies, postings and taxonomy synonyms.
import { Index } from './flexsearch.ts';
import { shardIndexOptions, shardOf } from './index-config.ts';
import type { IndexShard, SynonymEntry } from './index-files.ts';

/** Postings come back as `paper * MASK_SPAN + mask`. */
const ALL = 1e9;

export class LoadedShard {
  private readonly index = new Index(shardIndexOptions());
  /** Sorted, for prefix search and segmentation. */
  readonly terms: string[];
  private readonly termSet: Set<string>;
  /** FlexSearch's answer per term, kept: typing asks for the same words again and again. */
  private readonly postingsCache = new Map<string, number[]>();
  readonly synonyms: SynonymEntry[];
  readonly topics: Readonly<Record<string, number[]>>;

  constructor(shard: IndexShard) {
    // The shard file is FlexSearch's own export; import it as is, and read its keys as our vocabulary.
    // import() parses strings but takes parsed data as is (its typings only mention strings).
    this.index.import('map', shard.map as unknown as string);
    this.terms = shard.map.map(([term]) => term).sort();
    this.termSet = new Set(this.terms);
    this.synonyms = shard.synonyms;
    this.topics = shard.topics;
  }

  has(term: string): boolean {
    return this.termSet.has(term);
  }

  postings(term: string): number[] {
    if (!this.has(term)) return [];
    let postings = this.postingsCache.get(term);
    if (!postings) {
      postings = this.index.search(term, { limit: ALL }) as number[];
      this.postingsCache.set(term, postings);
    }
    return postings;
  }

  termsWithPrefix(prefix: string): string[] {
    let low = 0;
    let high = this.terms.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.terms[mid] ?? '') < prefix) low = mid + 1;
      else high = mid;
    }
    const found: string[] = [];
    for (let i = low; i < this.terms.length && (this.terms[i] ?? '').startsWith(prefix); i++) found.push(this.terms[i] ?? '');
    return found;
  }
}

/** Lookups across the loaded shards; a term's shard must be loaded before asking about it. */
export class Lexicon {
  constructor(
    private readonly shards: ReadonlyMap<number, LoadedShard>,
    private readonly shardCount: number,
  ) {}

  private shardFor(term: string): LoadedShard | undefined {
    return this.shards.get(shardOf(term, this.shardCount));
  }

  has(term: string): boolean {
    return this.shardFor(term)?.has(term) ?? false;
  }

  postings(term: string): number[] {
    return this.shardFor(term)?.postings(term) ?? [];
  }

  termsWithPrefix(prefix: string): string[] {
    return prefix ? (this.shardFor(prefix)?.termsWithPrefix(prefix) ?? []) : [];
  }

  /** Papers tagged with a topic that a loaded synonym points to. */
  topicPapers(topic: string): readonly number[] {
    for (const shard of this.shards.values()) {
      const papers = shard.topics[topic];
      if (papers) return papers;
    }
    return [];
  }

  /** Taxonomy terms whose key starts with `first` (a Han character or a Latin token). */
  synonymsStartingWith(first: string): SynonymEntry[] {
    const shard = this.shardFor(first);
    if (!shard) return [];
    return shard.synonyms.filter((entry) => entry.key.startsWith(first));
  }
}
