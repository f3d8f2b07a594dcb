// Index readers for Node: the built site's files on disk (CLI), or files still in memory (tests, build checks).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IndexReader } from './engine.ts';
import { INDEX_BASE_PATH } from './index-config.ts';

/** Reads /search-index/ of a built site folder such as dist/. */
export function siteIndexReader(siteDir: string): IndexReader {
  const base = join(siteDir, INDEX_BASE_PATH);
  return async (path) => JSON.parse(await readFile(join(base, path), 'utf8')) as unknown;
}

export function memoryIndexReader(files: ReadonlyMap<string, string>): IndexReader {
  return async (path) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`no index file ${path}`);
    return JSON.parse(text) as unknown;
  };
}
