// The search index files, built once per process from the same collections the pages use.
import { contentDirFromEnv, loadSearchDictionary } from '../lib/archive/load-archive.ts';
import { buildSearchIndex, type SearchIndexFiles } from '../lib/search/build-index.ts';
import { jiebaSegmenter } from '../lib/search/jieba-segmenter.ts';
import { fnv1a } from '../lib/site/slug.ts';
import { getPapers, getTopics } from './archive.ts';

let cached: { digest: string; files: SearchIndexFiles } | null = null;

export async function getSearchIndexFiles(): Promise<SearchIndexFiles> {
  const papers = await getPapers();
  const topics = await getTopics();
  // In astro dev the collections change under us; rebuild when they do.
  const digest = fnv1a(JSON.stringify([papers, topics]));
  if (cached?.digest === digest) return cached.files;
  const words = loadSearchDictionary(contentDirFromEnv(), topics.flatMap((t) => t.zh));
  const files = buildSearchIndex({ papers, topics, segmentHan: jiebaSegmenter(words) });
  cached = { digest, files };
  return files;
}
