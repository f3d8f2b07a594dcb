// The search index of an archive folder, built in memory exactly as the site build does it.
import { fileURLToPath } from 'node:url';
import { loadArchive, loadSearchData, validIssues } from '../../src/lib/archive/load-archive.ts';
import { buildSearchIndex, type SearchIndexFiles } from '../../src/lib/search/build-index.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { memoryIndexReader } from '../../src/lib/search/file-reader.ts';
import { jiebaCutter } from '../../src/lib/search/jieba-segmenter.ts';
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
