// Index readers for Node: the built site's files on disk (CLI), or files still in memory (tests, build checks).
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IndexReader } from './engine.ts';
import { INDEX_BUILD_FOLDER } from './index-build-hash.ts';

/** Where the index lives in a built site folder (always at its root: the base path is only in URLs). */
export const SITE_INDEX_ROOT = 'search-index';

/**
 * The folder of the index build a built site holds: search-index/<hash>/. A build writes exactly one; a host that
 * keeps older deploys' folders is fine for pages, but a reader on disk must not guess, so several are an error.
 */
export function siteIndexFolder(siteDir: string): string {
  const root = join(siteDir, SITE_INDEX_ROOT);
  const builds = existsSync(root) ? readdirSync(root).filter((name) => INDEX_BUILD_FOLDER.test(name)) : [];
  if (builds.length === 0) throw new Error(`${root} has no search index: build the site first (npm run build)`);
  if (builds.length > 1) throw new Error(`${root} holds ${builds.length} index builds (${builds.join(', ')}): rebuild into an empty folder`);
  return join(root, builds[0] ?? '');
}

/** Reads the index build of a built site folder such as dist/. */
export function siteIndexReader(siteDir: string): IndexReader {
  const folder = siteIndexFolder(siteDir);
  return async (path) => JSON.parse(await readFile(join(folder, path), 'utf8')) as unknown;
}

export function memoryIndexReader(files: ReadonlyMap<string, string>): IndexReader {
  return (path) => {
    const text = files.get(path);
    return text === undefined ? Promise.reject(new Error(`no index file ${path}`)) : Promise.resolve(JSON.parse(text) as unknown);
  };
}
