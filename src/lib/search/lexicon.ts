// The part of the index a query has loaded: its shards' vocabularies, postings, synonyms and concepts.
import { Index } from './flexsearch.ts';
import { FIELD_GROUPS, MASK_SPAN, shardIndexOptions, shardOf } from './index-config.ts';
import { unpackSynonyms, type IndexShard, type SynonymEntry } from './index-files.ts';
import { EMPTY, type ScoredPapers } from './scored-papers.ts';
import { hasPrefix, someWithPrefix, withPrefix } from './sorted-terms.ts';
import { isWordConcept } from './concepts.ts';

/** FlexSearch's result limit: every posting of a term (postings come back as `paper * MASK_SPAN + mask`). */
const ALL = 1e9;

/** Weight of every possible field mask, computed once. */
const MASK_WEIGHTS: readonly number[] = Array.from({ length: MASK_SPAN }, (_v, mask) =>
  Object.values(FIELD_GROUPS).reduce((sum, group) => sum + (mask & group.bit ? group.weight : 0), 0),
);

export class LoadedShard {
  private readonly index = new Index(shardIndexOptions());
  /** Sorted, for prefix search, segmentation and typo candidates. */
  readonly terms: string[];
  private readonly termSet: Set<string>;
  /** FlexSearch's answer per term, decoded once: typing asks for the same words again and again. */
  private readonly scoredCache = new Map<string, ScoredPapers>();
  readonly synonyms: SynonymEntry[];
  /** Synonyms by their key, and the Latin ones by their first token. */
  readonly synonymsByKey = new Map<string, SynonymEntry[]>();
  readonly synonymsByFirstToken = new Map<string, SynonymEntry[]>();
  readonly concepts: Readonly<Record<string, number[]>>;
  /** Dictionary words and the names of topics and journals starting here: never cut in two by a query. */
  readonly knownWords: ReadonlySet<string>;
  /** Terms that only ever join a word's last character to the next word. */
  private readonly crossings: ReadonlySet<string>;

  constructor(shard: IndexShard) {
    // The shard file is FlexSearch's own export; import it as is, and read its keys as our vocabulary.
    // import() parses strings but takes parsed data as is (its typings only mention strings).
    this.index.import('map', shard.map as unknown as string);
    this.terms = shard.map.map(([term]) => term).sort();
    this.termSet = new Set(this.terms);
    this.synonyms = unpackSynonyms(shard.synonyms);
    for (const entry of this.synonyms) {
      this.synonymsByKey.set(entry.key, [...(this.synonymsByKey.get(entry.key) ?? []), entry]);
      if (/\p{Script=Han}/u.test(entry.key)) continue;
      const first = entry.key.split(' ')[0] ?? '';
      this.synonymsByFirstToken.set(first, [...(this.synonymsByFirstToken.get(first) ?? []), entry]);
    }
    this.concepts = shard.concepts;
    this.crossings = new Set(shard.crossings);
    this.knownWords = new Set([...shard.words, ...this.synonyms.filter((e) => e.concepts.some((c) => !isWordConcept(c))).map((e) => e.key)]);
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

  hasPrefix(prefix: string): boolean {
    return hasPrefix(this.terms, prefix);
  }

  termsWithPrefix(prefix: string): string[] {
    return withPrefix(this.terms, prefix);
  }

  /** Whether some term starting with `prefix` is more than a crossing of two words. */
  hasWordPrefix(prefix: string): boolean {
    return this.crossings.size === 0 ? this.hasPrefix(prefix) : someWithPrefix(this.terms, prefix, (term) => !this.crossings.has(term));
  }
}

/** Lookups across the loaded shards; a term's shard must be loaded before asking about it. */
export class Lexicon {
  constructor(
    private readonly shards: ReadonlyMap<number, LoadedShard>,
    private readonly shardCount: number,
    /** Shard numbers already hashed, shared across searches: a keystroke asks about the same words again. */
    private readonly shardNumbers = new Map<string, number>(),
  ) {}

  private shardFor(term: string): LoadedShard | undefined {
    let shard = this.shardNumbers.get(term);
    if (shard === undefined) {
      shard = shardOf(term, this.shardCount);
      if (this.shardNumbers.size > 20_000) this.shardNumbers.clear();
      this.shardNumbers.set(term, shard);
    }
    return this.shards.get(shard);
  }

  has(term: string): boolean {
    return this.shardFor(term)?.has(term) ?? false;
  }

  scored(term: string): ScoredPapers {
    return this.shardFor(term)?.scored(term) ?? EMPTY;
  }

  /** Whether some indexed entry starts with `prefix`; for Han, whether some indexed word contains it. */
  hasPrefix(prefix: string): boolean {
    return prefix ? (this.shardFor(prefix)?.hasPrefix(prefix) ?? false) : false;
  }

  termsWithPrefix(prefix: string): string[] {
    return prefix ? (this.shardFor(prefix)?.termsWithPrefix(prefix) ?? []) : [];
  }

  /** As hasPrefix, counting no entry that only joins a word's last character to the next word (动分割). */
  hasWordPrefix(prefix: string): boolean {
    return prefix ? (this.shardFor(prefix)?.hasWordPrefix(prefix) ?? false) : false;
  }

  /** Papers of a concept (topic or journal) that a loaded synonym points to. */
  conceptPapers(concept: string): readonly number[] {
    for (const shard of this.shards.values()) {
      const papers = shard.concepts[concept];
      if (papers) return papers;
    }
    return [];
  }

  /** A dictionary word or a topic's or journal's name: one meaning, never split into two pieces. */
  isKnownWord(word: string): boolean {
    return this.shardFor(word)?.knownWords.has(word) ?? false;
  }

  /** The synonyms whose key is exactly `key`, stored with `shardKey` (its first Han character or first token). */
  synonymsFor(key: string, shardKey: string): SynonymEntry[] {
    return this.shardFor(shardKey)?.synonymsByKey.get(key) ?? [];
  }

  /** Latin synonyms whose first token is `token` (one word or many). */
  latinSynonymsStartingWith(token: string): SynonymEntry[] {
    return this.shardFor(token)?.synonymsByFirstToken.get(token) ?? [];
  }
}
