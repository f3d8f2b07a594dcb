// The two search indexes the unit tests share, built once per run by test/setup/search-indexes.ts (which cannot
// import this file: vitest's inject exists only in test files).
import { inject } from 'vitest';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import type { SearchIndexFiles } from '../../src/lib/search/build-index.ts';
import { memoryIndexReader } from '../../src/lib/search/file-reader.ts';

/** The archives whose index is built once per run: the repository's content/ and the reader eval archive. */
export type SharedArchive = 'repo' | 'eval';
export type SharedIndexes = Record<SharedArchive, { contentDir: string; files: [path: string, body: string][] }>;

declare module 'vitest' {
  export interface ProvidedContext {
    searchIndexes: SharedIndexes;
  }
}

/** The run's shared index of an archive, and the content folder it was built from. */
export function sharedIndex(name: SharedArchive): { contentDir: string; files: SearchIndexFiles } {
  const { contentDir, files } = inject('searchIndexes')[name];
  return { contentDir, files: new Map(files) };
}

/** A search engine over the run's shared index of an archive, as the browser opens it. */
export async function sharedEngine(name: SharedArchive): Promise<{ engine: SearchEngine; files: SearchIndexFiles }> {
  const { files } = sharedIndex(name);
  return { engine: await SearchEngine.open(memoryIndexReader(files)), files };
}
