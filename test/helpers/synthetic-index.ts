// A search index written straight from postings the test chooses, in the shipped file layout: the engine and
// the planner run on it as on a built site, without an archive, jieba or OpenCC (a build per property run).
import { loadSearchData } from '../../src/lib/archive/load-archive.ts';
import { flexMapOf, type SearchIndexFiles } from '../../src/lib/search/build-index.ts';
import { synonymShardKey } from '../../src/lib/search/build-synonyms.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { memoryIndexReader } from '../../src/lib/search/file-reader.ts';
import { configFingerprint, INDEX_FORMAT_VERSION, MASK_SPAN, shardOf } from '../../src/lib/search/index-config.ts';
import { manifestPath, packSynonyms, shardPath, type IndexManifest, type IndexShard, type IndexStamp, type SynonymEntry } from '../../src/lib/search/index-files.ts';
import type { ShippedConversion } from '../../src/lib/search/han-conversion.ts';
import type { ShippedRules } from '../../src/lib/search/query-rules.ts';
import { REPO_CONTENT } from './search-index.ts';

export interface SyntheticIndex {
  paperCount: number;
  /** Term → the papers that have it, each with its field mask (FIELD_GROUPS bits, not 0), papers ascending. */
  postings: ReadonlyMap<string, readonly (readonly [paper: number, mask: number])[]>;
  rules: ShippedRules;
  synonyms?: readonly SynonymEntry[];
  /** Papers of each concept a synonym points at, ascending. */
  concepts?: Readonly<Record<string, readonly number[]>>;
  /** Dictionary words (Han): a query never cuts them in two. */
  words?: readonly string[];
  /** Terms that are only ever a word's last character with the next word (IndexShard.crossings). */
  crossings?: ReadonlySet<string>;
  /** A few shards, so a query loads only some of them as in the browser. */
  shardCount?: number;
}

/** No stopwords, question or filler words, function characters or conversions. */
export const NO_RULES: ShippedRules = {
  stopwords: { index: [], question: { zh: [], en: [] }, filler: { zh: [], en: [] }, functionChars: '' },
  conversion: { chars: '', phrases: [] },
};

/** The editors' stopword lists (content/stopwords.yaml) with the given conversion, as a build ships them. */
export function editorRules(conversion: ShippedConversion = { chars: '', phrases: [] }): ShippedRules {
  return { stopwords: loadSearchData(REPO_CONTENT, []).stopwords, conversion };
}

export function syntheticIndexFiles(index: SyntheticIndex): SearchIndexFiles {
  const shardCount = index.shardCount ?? 4;
  const stamp: IndexStamp = { format: INDEX_FORMAT_VERSION, config: configFingerprint(index.rules) };
  const shards = Array.from({ length: shardCount }, () => ({ terms: [] as string[], synonyms: [] as SynonymEntry[], words: [] as string[] }));
  const shard = (key: string) => shards[shardOf(key, shardCount)] ?? { terms: [], synonyms: [], words: [] };
  const ids = new Map<string, number[]>();
  for (const [term, papers] of [...index.postings].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (papers.length === 0) continue;
    shard(term).terms.push(term);
    ids.set(term, papers.map(([paper, mask]) => paper * MASK_SPAN + mask));
  }
  for (const entry of index.synonyms ?? []) shard(synonymShardKey(entry.key)).synonyms.push(entry);
  for (const word of index.words ?? []) shard(word).words.push(word);
  const manifest: IndexManifest = { ...stamp, shardCount, paperCount: index.paperCount, rules: index.rules };
  const files: SearchIndexFiles = new Map([[manifestPath, JSON.stringify(manifest)]]);
  shards.forEach(({ terms, synonyms, words }, n) => {
    const concepts = Object.fromEntries(synonyms.flatMap((e) => e.concepts).map((c) => [c, [...(index.concepts?.[c] ?? [])]]));
    const crossings = terms.filter((term) => index.crossings?.has(term));
    const file: IndexShard = { ...stamp, map: flexMapOf(terms, ids), synonyms: packSynonyms(synonyms), concepts, words, crossings };
    files.set(shardPath(n), JSON.stringify(file));
  });
  return files;
}

export const syntheticEngine = (index: SyntheticIndex): Promise<SearchEngine> => SearchEngine.open(memoryIndexReader(syntheticIndexFiles(index)));
