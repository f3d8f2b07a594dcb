// The query engine, shared by the browser and the CLI: loads only the shards a query needs, matches
// groups across all fields, ranks, filters after resolving, and counts facets that follow the query.
import { FacetIndex, hasAnyFilter, noFilters, type FacetCounts, type SearchFilters } from './facet-index.ts';
import { configFingerprint, INDEX_FORMAT_VERSION } from './index-config.ts';
import { docPath, facetsPath, manifestPath, shardPath, type FacetData, type IndexManifest, type IndexShard, type IndexStamp, type SearchDoc } from './index-files.ts';
import { Lexicon, LoadedShard } from './lexicon.ts';
import { planQuery, shardsForQuery, type Alternative, type Atom, type QueryPlan } from './query-plan.ts';
import { EMPTY, intersectSum, size, uniform, unionMax, type ScoredPapers } from './scored-papers.ts';

export { FILTER_NAMES, noFilters, type FacetCount, type FacetCounts, type FilterName, type SearchFilters } from './facet-index.ts';

/** Reads a file of the shipped index (fetch in the browser, the file system in the CLI). */
export type IndexReader = (path: string) => Promise<unknown>;

export interface SearchHit {
  /** Paper number in the index (0 = newest). */
  n: number;
  score: number;
}

export interface SearchOutcome {
  /** Matching papers that pass the filters; best first, ties newest first. */
  hits: SearchHit[];
  /** Every paper the query matched, before filters: facet counts are taken over these. */
  matched: ReadonlySet<number>;
  plan: QueryPlan;
  /** Indexed words that matched, for highlighting. */
  matchedTerms: string[];
  /** What the reader typed that matches no paper at all (so the page can say which word found nothing). */
  unmatched: string[];
}

/** The index on the server was made by another version of the site. */
export class IndexMismatchError extends Error {
  constructor(found: Partial<IndexStamp>) {
    super(
      `检索索引与页面版本不一致(索引格式 ${found.format ?? '?'}/${found.config ?? '?'},页面需要 ${INDEX_FORMAT_VERSION}/${configFingerprint()}):请刷新页面;若仍出现,请重新构建网站。`,
    );
    this.name = 'IndexMismatchError';
  }
}

/** Every shipped file carries the stamp, so a stale file from another deploy is refused wherever it comes from. */
export function checkStamp(stamp: Partial<IndexStamp>): void {
  if (stamp.format !== INDEX_FORMAT_VERSION || stamp.config !== configFingerprint()) throw new IndexMismatchError(stamp);
}

// A paper tagged with a topic the query names is about it; weigh that like a body match and a bit.
const TOPIC_WEIGHT = 4;
// A word the reader is still typing counts a little less than a finished one.
const PREFIX_FACTOR = 0.8;


export class SearchEngine {
  private readonly shards = new Map<number, Promise<LoadedShard>>();
  private readonly loaded = new Map<number, LoadedShard>();
  private readonly docs = new Map<number, Promise<SearchDoc>>();
  private facetIndex: Promise<FacetIndex> | null = null;

  private constructor(
    private readonly read: IndexReader,
    readonly manifest: IndexManifest,
  ) {}

  /**
   * Opens the index. The search page carries the manifest in its HTML (same build), which saves a round trip;
   * without it, manifest.json is fetched. A manifest of another format or configuration is refused.
   */
  static async open(read: IndexReader, knownManifest?: IndexManifest): Promise<SearchEngine> {
    const manifest = (knownManifest ?? (await read(manifestPath))) as Partial<IndexManifest>;
    checkStamp(manifest);
    return new SearchEngine(read, manifest as IndexManifest);
  }

  get paperCount(): number {
    return this.manifest.paperCount;
  }

  private loadShard(shard: number): Promise<LoadedShard> {
    let pending = this.shards.get(shard);
    if (!pending) {
      pending = this.read(shardPath(shard)).then((data) => {
        checkStamp(data as IndexShard);
        const loadedShard = new LoadedShard(data as IndexShard);
        this.loaded.set(shard, loadedShard);
        return loadedShard;
      });
      pending.catch(() => this.shards.delete(shard));
      this.shards.set(shard, pending);
    }
    return pending;
  }

  /** facets.json, fetched the first time filters or counts are needed (a plain query never waits for it). */
  facets(): Promise<FacetIndex> {
    if (!this.facetIndex) {
      this.facetIndex = this.read(facetsPath).then((data) => {
        checkStamp(data as FacetData);
        return new FacetIndex(data as FacetData, this.paperCount);
      });
      this.facetIndex.catch(() => {
        this.facetIndex = null;
      });
    }
    return this.facetIndex;
  }

  async search(query: string, filters: SearchFilters = noFilters()): Promise<SearchOutcome> {
    const [facets] = await Promise.all([
      hasAnyFilter(filters) ? this.facets() : null,
      ...shardsForQuery(query, this.manifest.shardCount).map((s) => this.loadShard(s)),
    ]);
    return this.searchLoaded(query, filters, facets);
  }

  /** Counts per facet value over the query's matches, the other filters applied. */
  async facetCounts(outcome: SearchOutcome, filters: SearchFilters): Promise<FacetCounts> {
    return (await this.facets()).counts(outcome.matched, filters);
  }

  /** The search itself, once what it needs is in memory (synchronous: this is the per-keystroke cost when warm). */
  searchLoaded(query: string, filters: SearchFilters, facets: FacetIndex | null): SearchOutcome {
    const lexicon = new Lexicon(this.loaded, this.manifest.shardCount);
    const plan = planQuery(query, lexicon);
    const matchedTerms = new Set<string>();
    const unmatched: string[] = [];
    let matched: ScoredPapers | null = null;
    for (const group of plan.groups) {
      const groupMatch = unionMax(
        group.alternatives.map((alternative) => this.matchAlternative(alternative, lexicon, matchedTerms)),
        this.paperCount,
      );
      if (size(groupMatch) === 0) unmatched.push(group.surface);
      matched = matched === null ? groupMatch : intersectSum(matched, groupMatch);
    }
    // No query: browse everything (filters narrow it). Only ignored words: nothing.
    if (matched === null) matched = plan.ignored.length === 0 ? uniform(Array.from({ length: this.paperCount }, (_v, n) => n), 0) : EMPTY;
    const hits: SearchHit[] = [];
    for (let i = 0; i < matched.papers.length; i++) {
      const n = matched.papers[i] ?? 0;
      if (!facets || facets.passes(n, filters)) hits.push({ n, score: matched.scores[i] ?? 0 });
    }
    hits.sort((a, b) => b.score - a.score || a.n - b.n);
    return { hits, matched: new Set(matched.papers), plan, matchedTerms: [...matchedTerms], unmatched };
  }

  private matchAlternative(alternative: Alternative, lexicon: Lexicon, matched: Set<string>): ScoredPapers {
    let result: ScoredPapers | null = null;
    for (const atom of alternative) {
      const atomMatch = this.matchAtom(atom, lexicon, matched);
      result = result === null ? atomMatch : intersectSum(result, atomMatch);
      if (size(result) === 0) break;
    }
    return result ?? EMPTY;
  }

  private matchAtom(atom: Atom, lexicon: Lexicon, matched: Set<string>): ScoredPapers {
    const ofTerm = (term: string): ScoredPapers => {
      const scored = lexicon.scored(term);
      if (size(scored) > 0) matched.add(term);
      return scored;
    };
    if (atom.kind === 'term') return ofTerm(atom.term);
    if (atom.kind === 'topic') return uniform(lexicon.topicPapers(atom.topic), TOPIC_WEIGHT);
    const union = unionMax(lexicon.termsWithPrefix(atom.prefix).map(ofTerm), this.paperCount);
    return { papers: union.papers, scores: union.scores.map((score) => score * PREFIX_FACTOR) };
  }

  /** Display data of one result, fetched on demand and kept. */
  doc(n: number): Promise<SearchDoc> {
    let pending = this.docs.get(n);
    if (!pending) {
      pending = this.read(docPath(n)).then((data) => {
        checkStamp(data as SearchDoc);
        return data as SearchDoc;
      });
      pending.catch(() => this.docs.delete(n));
      this.docs.set(n, pending);
    }
    return pending;
  }
}
