// The index build's folder name: equal files give the same name, any change to any file a new one.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexBuildHash, INDEX_BUILD_FOLDER } from '../../../src/lib/search/index-build-hash.ts';
import { siteIndexFolder } from '../../../src/lib/search/file-reader.ts';

const files = new Map([
  ['manifest.json', '{"format":2}'],
  ['shards/0.json', '{"map":[]}'],
  ['docs/0.json', '{"id":"56-1"}'],
]);

describe('indexBuildHash', () => {
  it('names equal files equally, whatever order they were made in', () => {
    const reordered = new Map([...files].reverse());
    expect(indexBuildHash(reordered)).toBe(indexBuildHash(files));
    expect(indexBuildHash(files)).toMatch(INDEX_BUILD_FOLDER);
  });

  it('changes with any byte of any file, and with a file moved to another path', () => {
    const base = indexBuildHash(files);
    expect(indexBuildHash(new Map([...files, ['docs/0.json', '{"id":"56-2"}']]))).not.toBe(base);
    expect(indexBuildHash(new Map([...files, ['docs/1.json', '{"id":"56-2"}']]))).not.toBe(base);
    const moved = new Map(files);
    moved.delete('docs/0.json');
    moved.set('docs/1.json', '{"id":"56-1"}');
    expect(indexBuildHash(moved)).not.toBe(base);
  });
});

describe('siteIndexFolder', () => {
  const site = (...builds: string[]): string => {
    const dir = mkdtempSync(join(tmpdir(), 'site-index-'));
    for (const build of builds) mkdirSync(join(dir, 'search-index', build), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '');
    return dir;
  };

  it('finds the one build a site holds', () => {
    const dir = site('0123456789abcdef');
    expect(siteIndexFolder(dir)).toBe(join(dir, 'search-index', '0123456789abcdef'));
  });

  it('says to build first when there is none, and refuses to guess between several', () => {
    expect(() => siteIndexFolder(site())).toThrow(/has no search index: build the site first/);
    expect(() => siteIndexFolder(site('0123456789abcdef', 'fedcba9876543210'))).toThrow(/holds 2 index builds \(0123456789abcdef, fedcba9876543210\)/);
  });
});
