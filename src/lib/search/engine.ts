// The query engine, shared by the browser and the CLI: loads only the shards a query needs, matches
// groups across all fields, ranks, filters after resolving, and counts facets that follow the query.
import { configFingerprint, FIELD_GROUPS, INDEX_FORMAT_VERSION, MASK_SPAN } from './index-config.ts';
import { docPath, facetsPath, manifestPath, shardPath, type FacetData, type FacetLabel, type IndexManifest, type IndexShard, type SearchDoc } from './index-files.ts';
import { Lexicon, LoadedShard } from './lexicon.ts';
import { planQuery, shardsForQuery, type Alternative, type Atom, type QueryPlan } from './query-plan.ts';

/** Reads a file of the shipped index (fetch in the browser, the file system in the CLI). */
export type IndexReader = (path: string) => Promise<unknown>;

export const FILTER_NAMES = ['journal', 'modality', 'disease', 'year'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type SearchFilters = Record<FilterName, string[]>;

export const noFilters = (): SearchFilters => ({ journal: [], modality: [], disease: [], year: [] });

export interface SearchHit {
  /** Paper number in the index (0 = newest). */
  n: number;
  score: number;
}

export interface FacetCount extends FacetLabel {
  count: number;
  selected: boolean;
}

export interface SearchOutcome {
  /** Best first; ties newest first. */
  hits: SearchHit[];
  facets: Record<FilterName, FacetCount[]>;
  plan: QueryPlan;
  /** Indexed words that matched, for highlighting. */
  matchedTerms: string[];
  /** What the reader typed that matches no paper at all (so the page can say which word found nothing). */
  unmatched: string[];
}

/** The index on the server was made by another version of the site. */
export class IndexMismatchError extends Error {
  constructor(found: Partial<IndexManifest>) {
    super(
      `检索索引与页面版本不一致(索引格式 ${found.format ?? '?'}/${found.config ?? '?'},页面需要 ${INDEX_FORMAT_VERSION}/${configFingerprint()}):请刷新页面;若仍出现,请重新构建网站。`,
    );
    this.name = 'IndexMismatchError';
  }
}

// A paper tagged with a topic the query names is about it; weigh that like a body match and a bit.
const TOPIC_WEIGHT = 4;
// A word the reader is still typing counts a little less than a finished one.
const PREFIX_FACTOR = 0.8;

function maskWeight(mask: number): number {
  let weight = 0;
  for (const group of Object.values(FIELD_GROUPS)) if (mask & group.bit) weight += group.weight;
  return weight;
}

export class SearchEngine {
  private readonly shards = new Map<number, Promise<LoadedShard>>();
  private readonly loaded = new Map<number, LoadedShard>();
  private readonly docs = new Map<number, Promise<SearchDoc>>();
  private readonly topicSets: Map<string, Set<number>>;

  private constructor(
    private readonly read: IndexReader,
    readonly manifest: IndexManifest,
    readonly facetData: FacetData,
  ) {
    this.topicSets = new Map(Object.entries(facetData.papersByTopic).map(([slug, papers]) => [slug, new Set(papers)]));
  }

  /** Opens the index, refusing one made with another format or configuration. */
  static async open(read: IndexReader): Promise<SearchEngine> {
    const manifest = (await read(manifestPath)) as Partial<IndexManifest>;
    if (manifest.format !== INDEX_FORMAT_VERSION || manifest.config !== configFingerprint()) throw new IndexMismatchError(manifest);
    const facets = (await read(facetsPath)) as FacetData;
    return new SearchEngine(read, manifest as IndexManifest, facets);
  }

  get paperCount(): number {
    return this.manifest.paperCount;
  }

  private loadShard(shard: number): Promise<LoadedShard> {
    let pending = this.shards.get(shard);
    if (!pending) {
      pending = this.read(shardPath(shard)).then((data) => {
        const loadedShard = new LoadedShard(data as IndexShard);
        this.loaded.set(shard, loadedShard);
        return loadedShard;
      });
      pending.catch(() => this.shards.delete(shard));
      this.shards.set(shard, pending);
    }
    return pending;
  }

  async search(query: string, filters: SearchFilters = noFilters()): Promise<SearchOutcome> {
    await Promise.all(shardsForQuery(query, this.manifest.shardCount).map((s) => this.loadShard(s)));
    return this.searchLoaded(query, filters);
  }

  /** The search itself, once the query's shards are in memory (synchronous: per keystroke when warm). */
  searchLoaded(query: string, filters: SearchFilters): SearchOutcome {
    const lexicon = new Lexicon(this.loaded, this.manifest.shardCount);
    const plan = planQuery(query, lexicon);
    const matchedTerms = new Set<string>();
    const unmatched: string[] = [];
    let scores: Map<number, number> | null = null;
    if (plan.groups.length > 0) {
      for (const group of plan.groups) {
        const groupScores = new Map<number, number>();
        for (const alternative of group.alternatives) {
          for (const [n, score] of this.matchAlternative(alternative, lexicon, matchedTerms)) {
            groupScores.set(n, Math.max(groupScores.get(n) ?? 0, score));
          }
        }
        if (groupScores.size === 0) unmatched.push(group.surface);
        scores = scores === null ? groupScores : intersectSum(scores, groupScores);
      }
    } else if (plan.ignored.length === 0) {
      // No query: browse everything (filters narrow it).
      scores = new Map(Array.from({ length: this.paperCount }, (_v, n) => [n, 0]));
    }
    const candidates = scores ?? new Map<number, number>();
    const hits = [...candidates]
      .filter(([n]) => this.passes(n, filters, null))
      .map(([n, score]) => ({ n, score }))
      .sort((a, b) => b.score - a.score || a.n - b.n);
    return { hits, facets: this.countFacets(candidates, filters), plan, matchedTerms: [...matchedTerms], unmatched };
  }

  private matchAlternative(alternative: Alternative, lexicon: Lexicon, matched: Set<string>): Map<number, number> {
    let result: Map<number, number> | null = null;
    for (const atom of alternative) {
      const atomScores = this.matchAtom(atom, lexicon, matched);
      result = result === null ? atomScores : intersectSum(result, atomScores);
      if (result.size === 0) break;
    }
    return result ?? new Map();
  }

  private matchAtom(atom: Atom, lexicon: Lexicon, matched: Set<string>): Map<number, number> {
    const scores = new Map<number, number>();
    const addPostings = (term: string, factor: number) => {
      const postings = lexicon.postings(term);
      if (postings.length > 0) matched.add(term);
      for (const posting of postings) {
        const n = Math.floor(posting / MASK_SPAN);
        const score = maskWeight(posting % MASK_SPAN) * factor;
        scores.set(n, Math.max(scores.get(n) ?? 0, score));
      }
    };
    if (atom.kind === 'term') addPostings(atom.term, 1);
    else if (atom.kind === 'prefix') for (const term of lexicon.termsWithPrefix(atom.prefix)) addPostings(term, PREFIX_FACTOR);
    else for (const n of this.topicSets.get(atom.topic) ?? []) scores.set(n, TOPIC_WEIGHT);
    return scores;
  }

  private valuesOf(n: number, filter: FilterName): string[] {
    const facets = this.facetData;
    if (filter === 'journal') return [facets.journals[facets.journalOf[n] ?? -1]?.slug ?? ''];
    if (filter === 'year') return [String(facets.years.find((y) => n >= y.first && n <= y.last)?.year ?? '')];
    const labels = filter === 'modality' ? facets.modalities : facets.diseases;
    return labels.filter((label) => this.topicSets.get(label.slug)?.has(n)).map((label) => label.slug);
  }

  /** Within a filter, any selected value; across filters, all. `except` leaves one filter out (for its counts). */
  private passes(n: number, filters: SearchFilters, except: FilterName | null): boolean {
    return FILTER_NAMES.every((name) => {
      const wanted = filters[name];
      if (name === except || wanted.length === 0) return true;
      return this.valuesOf(n, name).some((value) => wanted.includes(value));
    });
  }

  /** Counts per value over the query's results with the other filters applied, so a count says what ticking it gives. */
  private countFacets(candidates: ReadonlyMap<number, number>, filters: SearchFilters): Record<FilterName, FacetCount[]> {
    const labelsOf: Record<FilterName, FacetLabel[]> = {
      journal: this.facetData.journals,
      modality: this.facetData.modalities,
      disease: this.facetData.diseases,
      year: this.facetData.years.map((y) => ({ slug: String(y.year), label: String(y.year), labelEn: null })),
    };
    const result = {} as Record<FilterName, FacetCount[]>;
    for (const name of FILTER_NAMES) {
      const counts = new Map<string, number>();
      for (const n of candidates.keys()) {
        if (!this.passes(n, filters, name)) continue;
        for (const value of this.valuesOf(n, name)) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      result[name] = labelsOf[name]
        .map((label) => ({ ...label, count: counts.get(label.slug) ?? 0, selected: filters[name].includes(label.slug) }))
        .filter((facet) => facet.count > 0 || facet.selected)
        .sort((a, b) => (name === 'year' ? Number(b.slug) - Number(a.slug) : b.count - a.count));
    }
    return result;
  }

  /** Display data of one result, fetched on demand and kept. */
  doc(n: number): Promise<SearchDoc> {
    let pending = this.docs.get(n);
    if (!pending) {
      pending = this.read(docPath(n)) as Promise<SearchDoc>;
      pending.catch(() => this.docs.delete(n));
      this.docs.set(n, pending);
    }
    return pending;
  }
}

function intersectSum(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): Map<number, number> {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const out = new Map<number, number>();
  for (const [n, score] of small) {
    const other = large.get(n);
    if (other !== undefined) out.set(n, score + other);
  }
  return out;
}
