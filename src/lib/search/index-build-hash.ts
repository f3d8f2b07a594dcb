// The name of an index build's folder: a hash of every file it holds, so a URL under it never changes bytes.
// Browsers and CDNs may cache those files forever, and files of two deploys can never mix (docs/design.md).
import { createHash } from 'node:crypto';

/** 16 hex digits (64 bits) of SHA-256 over every path and text, in path order: equal files give an equal name. */
export function indexBuildHash(files: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256');
  for (const path of [...files.keys()].sort()) hash.update(`${path}\0${files.get(path) ?? ''}\0`);
  return hash.digest('hex').slice(0, 16);
}

/** Folder names indexBuildHash makes, for readers that look for a build on disk. */
export const INDEX_BUILD_FOLDER = /^[0-9a-f]{16}$/;
