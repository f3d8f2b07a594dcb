// The query engine, shared by the browser and the CLI: loads only the shards a query needs, matches
// groups across all fields, ranks, filters after resolving, and counts facets that follow the query.
import { FacetIndex, hasAnyFilter, noFilters, type FacetCounts, type SearchFilters } from './facet-index.ts';
import { configFingerprint, INDEX_FORMAT_VERSION } from './index-config.ts';
import { docPath, facetsPath, manifestPath, shardPath, type FacetData, type IndexManifest, type IndexShard, type IndexStamp, type SearchDoc } from './index-files.ts';
import { Lexicon, LoadedShard } from './lexicon.ts';
import type { QueryNode } from './query-node.ts';
import { planQuery, shardsForQuery, type QueryPlan } from './query-plan.ts';
import { QueryRules } from './query-rules.ts';
import type { SortOrder } from './sort-order.ts';
import { isWordConcept } from './concepts.ts';
import { EMPTY, intersectSum, scale, size, uniform, unionMax, type ScoredPapers } from './scored-papers.ts';

export { noFilters, type FacetCount, type FacetCounts, type SearchFilters } from './facet-index.ts';

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
  /** In a question, the words no paper has: left out rather than emptying the result. */
  relaxed: string[];
  /** Papers each group of the plan matches on its own (for --explain-query). */
  groupCounts: number[];
}

/** The index on the server was made by another version of the site. */
export class IndexMismatchError extends Error {
  constructor(found: Partial<IndexStamp>, expected: string) {
    super(
      `检索索引与页面版本不一致(索引格式 ${found.format ?? '?'}/${found.config ?? '?'},页面需要 ${INDEX_FORMAT_VERSION}/${expected}):请刷新页面;若仍出现,请重新构建网站。`,
    );
    this.name = 'IndexMismatchError';
  }
}

/**
 * The index files the page was built with are no longer on the server: a newer deploy replaced them (each build's
 * files live in a folder named by their hash). Only a reload, which brings the new page and manifest, can help.
 */
export class IndexGoneError extends Error {
  constructor(path: string, status: number | string) {
    super(`${path}: ${status}`);
    this.name = 'IndexGoneError';
  }
}

/**
 * The manifest must come from a build of this code: its stamp is the fingerprint of this code's configuration
 * and of the rules it ships. Every other file must carry the same stamp, so files of two deploys never mix.
 */
function checkManifest(manifest: Partial<IndexManifest>): asserts manifest is IndexManifest {
  const expected = manifest.rules ? configFingerprint(manifest.rules) : '?';
  if (manifest.format !== INDEX_FORMAT_VERSION || manifest.config !== expected) throw new IndexMismatchError(manifest, expected);
}

// A paper tagged with a topic (or in a journal) the query names is about it; weigh that like a body match and a
// bit. A paper using a thesaurus synonym of the word typed (影像组学 for 放射组学) counts like a meta match.
const CONCEPT_WEIGHT = 4;
const WORD_CONCEPT_WEIGHT = 2;
// Enough for a session's typing, bounded so a long one does not hold every union it ever made.
const MAX_CACHED_PREFIXES = 500;
// In a question without a topic, a paper must match this share of its words.
const QUESTION_SHARE = 0.6;


export class SearchEngine {
  private readonly shards = new Map<number, Promise<LoadedShard>>();
  private readonly loaded = new Map<number, LoadedShard>();
  private readonly docs = new Map<number, Promise<SearchDoc>>();
  private facetIndex: Promise<FacetIndex> | null = null;
  /** A prefix's papers and words, computed once: typing asks for the same prefixes again and again. */
  private readonly prefixes = new Map<string, { papers: ScoredPapers; terms: string[] }>();
  private readonly shardNumbers = new Map<string, number>();

  readonly rules: QueryRules;

  private constructor(
    private readonly read: IndexReader,
    readonly manifest: IndexManifest,
  ) {
    this.rules = new QueryRules(manifest.rules);
  }

  /**
   * Opens the index. The search page carries the manifest in its HTML (same build), which saves a round trip;
   * without it, manifest.json is fetched. A manifest of another format or configuration is refused.
   */
  static async open(read: IndexReader, knownManifest?: IndexManifest): Promise<SearchEngine> {
    const manifest = (knownManifest ?? (await read(manifestPath))) as Partial<IndexManifest>;
    checkManifest(manifest);
    return new SearchEngine(read, manifest);
  }

  /** Every file the index serves carries the manifest's stamp. */
  private checkStamp(stamp: Partial<IndexStamp>): void {
    if (stamp.format !== this.manifest.format || stamp.config !== this.manifest.config) throw new IndexMismatchError(stamp, this.manifest.config);
  }

  get paperCount(): number {
    return this.manifest.paperCount;
  }

  private loadShard(shard: number): Promise<LoadedShard> {
    let pending = this.shards.get(shard);
    if (!pending) {
      pending = this.read(shardPath(shard)).then((data) => {
        this.checkStamp(data as IndexShard);
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
        this.checkStamp(data as FacetData);
        return new FacetIndex(data as FacetData, this.paperCount);
      });
      this.facetIndex.catch(() => {
        this.facetIndex = null;
      });
    }
    return this.facetIndex;
  }

  async search(query: string, filters: SearchFilters = noFilters(), sort: SortOrder = 'relevance'): Promise<SearchOutcome> {
    const [facets] = await Promise.all([
      hasAnyFilter(filters) ? this.facets() : null,
      ...shardsForQuery(query, this.manifest.shardCount, this.rules).map((s) => this.loadShard(s)),
    ]);
    return this.searchLoaded(query, filters, facets, sort);
  }

  /** Counts per facet value over the query's matches, the other filters applied. */
  async facetCounts(outcome: SearchOutcome, filters: SearchFilters): Promise<FacetCounts> {
    return (await this.facets()).counts(outcome.matched, filters);
  }

  /** The search itself, once what it needs is in memory (synchronous: this is the per-keystroke cost when warm). */
  searchLoaded(query: string, filters: SearchFilters, facets: FacetIndex | null, sort: SortOrder = 'relevance'): SearchOutcome {
    const lexicon = new Lexicon(this.loaded, this.manifest.shardCount, this.shardNumbers);
    const plan = planQuery(query, lexicon, this.rules);
    const matchedTerms = new Set<string>();
    const scored = plan.groups.map((group) => ({ group, papers: this.evaluate(group.node, lexicon, matchedTerms) }));
    const unmatched: string[] = [];
    const relaxed: string[] = [];
    const required: ScoredPapers[] = [];
    const optional: ScoredPapers[] = [];
    for (const { group, papers } of scored) {
      // In a question only the topics, journals and identifiers must match; a word no paper has is left out.
      if (!plan.question || group.concept) {
        required.push(papers);
        if (size(papers) === 0) unmatched.push(group.surface);
      } else if (size(papers) === 0) relaxed.push(group.surface);
      else optional.push(papers);
    }
    let matched: ScoredPapers;
    if (plan.groups.length === 0) {
      // An empty query browses everything (filters narrow it); one with only left-out words or symbols finds nothing.
      const browse = plan.dropped.length === 0 && !plan.blank;
      matched = browse ? uniform(Array.from({ length: this.paperCount }, (_v, n) => n), 0) : EMPTY;
    } else matched = this.combine(required, optional);
    const hits: SearchHit[] = [];
    for (let i = 0; i < matched.papers.length; i++) {
      const n = matched.papers[i] ?? 0;
      if (!facets || facets.passes(n, filters)) hits.push({ n, score: matched.scores[i] ?? 0 });
    }
    // Papers are numbered newest first: "newest" is number order; relevance breaks ties the same way.
    hits.sort(sort === 'newest' ? (a, b) => a.n - b.n : (a, b) => b.score - a.score || a.n - b.n);
    const groupCounts = scored.map(({ papers }) => size(papers));
    return { hits, matched: new Set(matched.papers), plan, matchedTerms: [...matchedTerms], unmatched, relaxed, groupCounts };
  }

  /**
   * Required groups are intersected. The optional groups of a question (its words that name no topic) must
   * match in part, and each adds to the score.
   */
  private combine(required: readonly ScoredPapers[], optional: readonly ScoredPapers[]): ScoredPapers {
    let result: ScoredPapers | null = null;
    for (const papers of required) {
      result = result === null ? papers : intersectSum(result, papers);
      if (size(result) === 0) return EMPTY;
    }
    if (optional.length === 0) return result ?? EMPTY;
    // With a topic required, half the other words will do (none of one or two: they only rank); without one, more.
    const need = required.length > 0 ? Math.floor(optional.length / 2) : Math.max(1, Math.ceil(optional.length * QUESTION_SHARE));
    const counts = new Uint16Array(this.paperCount);
    const scores = new Float32Array(this.paperCount);
    for (const set of optional) {
      for (let i = 0; i < set.papers.length; i++) {
        const n = set.papers[i] ?? 0;
        counts[n] = (counts[n] ?? 0) + 1;
        scores[n] = (scores[n] ?? 0) + (set.scores[i] ?? 0);
      }
    }
    const candidates = result ?? uniform(Array.from({ length: this.paperCount }, (_v, n) => n), 0);
    const papers: number[] = [];
    const total: number[] = [];
    for (let i = 0; i < candidates.papers.length; i++) {
      const n = candidates.papers[i] ?? 0;
      if ((counts[n] ?? 0) < need) continue;
      papers.push(n);
      total.push((candidates.scores[i] ?? 0) + (scores[n] ?? 0));
    }
    return { papers: Int32Array.from(papers), scores: Float32Array.from(total) };
  }

  private evaluate(node: QueryNode, lexicon: Lexicon, matched: Set<string>): ScoredPapers {
    switch (node.kind) {
      case 'term': {
        const papers = lexicon.scored(node.term);
        if (size(papers) > 0) matched.add(node.term);
        return node.weight === 1 ? papers : scale(papers, node.weight);
      }
      case 'prefix': {
        const key = `${node.prefix}|${node.weight}`;
        let found = this.prefixes.get(key);
        if (!found) {
          const terms = lexicon.termsWithPrefix(node.prefix);
          const papers = scale(unionMax(terms.map((t) => lexicon.scored(t)), this.paperCount), node.weight);
          // Han pieces are highlighted as typed (the entries are the words that contain them); Latin as the words found.
          found = { papers, terms: size(papers) === 0 ? [] : /\p{Script=Han}/u.test(node.prefix) ? [node.prefix] : terms };
          if (this.prefixes.size >= MAX_CACHED_PREFIXES) this.prefixes.clear();
          this.prefixes.set(key, found);
        }
        for (const t of found.terms) matched.add(t);
        return found.papers;
      }
      case 'concept':
        return uniform(lexicon.conceptPapers(node.concept), isWordConcept(node.concept) ? WORD_CONCEPT_WEIGHT : CONCEPT_WEIGHT);
      case 'all': {
        let result: ScoredPapers | null = null;
        for (const child of node.nodes) {
          result = result === null ? this.evaluate(child, lexicon, matched) : intersectSum(result, this.evaluate(child, lexicon, matched));
          if (size(result) === 0) return EMPTY;
        }
        return result ?? EMPTY;
      }
      case 'any':
        return unionMax(node.nodes.map((child) => this.evaluate(child, lexicon, matched)), this.paperCount);
      case 'nothing':
        return EMPTY;
    }
  }

  /** Display data of one result, fetched on demand and kept. */
  doc(n: number): Promise<SearchDoc> {
    let pending = this.docs.get(n);
    if (!pending) {
      pending = this.read(docPath(n)).then((data) => {
        this.checkStamp(data as SearchDoc);
        return data as SearchDoc;
      });
      pending.catch(() => this.docs.delete(n));
      this.docs.set(n, pending);
    }
    return pending;
  }
}

