// The search index files, built once per process from the same collections the pages use.
import { buildSearchIndex, type SearchIndexFiles } from '../lib/search/build-index.ts';
import { indexBuildHash } from '../lib/search/index-build-hash.ts';
import { jiebaCutter } from '../lib/search/jieba-segmenter.ts';
import { fnv1a } from '../lib/text/hash.ts';
import { getPapers, getSearchData, getTopics } from './archive.ts';

export interface SearchIndexBuild {
  /** The folder under /search-index/ the files are served from: a hash of their content. */
  hash: string;
  files: SearchIndexFiles;
}

let cached: { digest: string; build: SearchIndexBuild } | null = null;

export async function getSearchIndex(): Promise<SearchIndexBuild> {
  const papers = await getPapers();
  const topics = await getTopics();
  const data = await getSearchData();
  // In astro dev the collections change under us; rebuild when they do.
  const digest = fnv1a(JSON.stringify([papers, topics, data]));
  if (cached?.digest === digest) return cached.build;
  const files = buildSearchIndex({ papers, topics, ...data, cut: jiebaCutter(data.knownWords) });
  cached = { digest, build: { hash: indexBuildHash(files), files } };
  return cached.build;
}
