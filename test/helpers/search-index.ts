// The search index of an archive folder, built in memory exactly as the site build does it.
import { fileURLToPath } from 'node:url';
import { loadArchive, loadSearchData, validIssues } from '../../src/lib/archive/load-archive.ts';
import { buildSearchIndex, type SearchIndexFiles } from '../../src/lib/search/build-index.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { memoryIndexReader } from '../../src/lib/search/file-reader.ts';
import { manifestPath, shardPath, type IndexManifest, type IndexShard } from '../../src/lib/search/index-files.ts';
import { jiebaCutter } from '../../src/lib/search/jieba-segmenter.ts';
import { Lexicon, LoadedShard } from '../../src/lib/search/lexicon.ts';
import { QueryRules } from '../../src/lib/search/query-rules.ts';
import { papersOf } from '../../src/lib/site/archive-views.ts';

export const REPO_CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

export function indexFilesOf(contentDir: string = REPO_CONTENT): SearchIndexFiles {
  const archive = loadArchive(contentDir);
  const topics = [...archive.taxonomy.modalities, ...archive.taxonomy.diseases];
  const data = loadSearchData(contentDir, topics.flatMap((t) => t.zh));
  return buildSearchIndex({ papers: papersOf(validIssues(archive)), topics, ...data, cut: jiebaCutter(data.knownWords) });
}

export async function engineOf(contentDir: string = REPO_CONTENT): Promise<{ engine: SearchEngine; files: SearchIndexFiles }> {
  const files = indexFilesOf(contentDir);
  return { engine: await SearchEngine.open(memoryIndexReader(files)), files };
}

/** Every shard of an index loaded, as the planner sees them once a query's shards are in: plan without the engine. */
export function lexiconOf(files: SearchIndexFiles): { lexicon: Lexicon; rules: QueryRules; shards: Map<number, LoadedShard>; shardCount: number } {
  const read = (path: string): unknown => JSON.parse(files.get(path) ?? 'null');
  const { shardCount, rules } = read(manifestPath) as IndexManifest;
  const shards = new Map<number, LoadedShard>();
  for (let n = 0; n < shardCount; n++) shards.set(n, new LoadedShard(read(shardPath(n)) as IndexShard));
  return { lexicon: new Lexicon(shards, shardCount), rules: new QueryRules(rules), shards, shardCount };
}
