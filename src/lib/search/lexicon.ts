// The part of the index a query has loaded: its shards' vocabularies, postings and taxonomy synonyms.
import { Index } from './flexsearch.ts';
import { FIELD_GROUPS, MASK_SPAN, shardIndexOptions, shardOf } from './index-config.ts';
import type { IndexShard, SynonymEntry } from './index-files.ts';
import { EMPTY, type ScoredPapers } from './scored-papers.ts';

/** Postings come back as `paper * MASK_SPAN + mask`. */
const ALL = 1e9;

/** Weight of every possible field mask, computed once. */
const MASK_WEIGHTS: readonly number[] = Array.from({ length: MASK_SPAN }, (_v, mask) =>
  Object.values(FIELD_GROUPS).reduce((sum, group) => sum + (mask & group.bit ? group.weight : 0), 0),
);

export class LoadedShard {
  private readonly index = new Index(shardIndexOptions());
  /** Sorted, for prefix search and segmentation. */
  readonly terms: string[];
  private readonly termSet: Set<string>;
  /** FlexSearch's answer per term, decoded once: typing asks for the same words again and again. */
  private readonly scoredCache = new Map<string, ScoredPapers>();
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

  /** The papers that contain the term, each scored by the fields it is in. */
  scored(term: string): ScoredPapers {
    if (!this.has(term)) return EMPTY;
    let scored = this.scoredCache.get(term);
    if (!scored) {
      const postings = (this.index.search(term, { limit: ALL }) as number[]).slice().sort((a, b) => a - b);
      const papers = new Int32Array(postings.length);
      const scores = new Float32Array(postings.length);
      postings.forEach((posting, i) => {
        papers[i] = Math.floor(posting / MASK_SPAN);
        scores[i] = MASK_WEIGHTS[posting % MASK_SPAN] ?? 0;
      });
      scored = { papers, scores };
      this.scoredCache.set(term, scored);
    }
    return scored;
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

  scored(term: string): ScoredPapers {
    return this.shardFor(term)?.scored(term) ?? EMPTY;
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
