// PRECOMPRESS=1's build step: every text file gets a .gz and a .br that decompress to it; nothing else does.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressFolder } from '../../../src/integrations/precompress.ts';

const site = mkdtempSync(join(tmpdir(), 'precompress-'));
const page = '<!doctype html><p>肺癌 lung cancer</p>\n'.repeat(200);
const files: Record<string, string | Buffer> = {
  'index.html': page,
  'papers/56-1/index.html': page,
  '_astro/search.js': 'export const x = 1;\n'.repeat(100),
  '_astro/page.css': 'body { margin: 0 }\n'.repeat(100),
  'search-index/0123456789abcdef/manifest.json': JSON.stringify({ shards: Array.from({ length: 200 }, (_v, i) => i) }),
  'rss.xml': `<rss>${'<item>第56期</item>'.repeat(100)}</rss>`,
  'favicon.svg': `<svg xmlns="http://www.w3.org/2000/svg">${'<rect/>'.repeat(50)}</svg>`,
  'tiny.json': '{}',
  'papers/56-1.bib': '@article{x, title={肺癌}}\n'.repeat(50),
  'photo.png': Buffer.alloc(4000, 7),
};
let count: number;
beforeAll(() => {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), content);
  }
  count = precompressFolder(site);
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('precompressFolder', () => {
  it.each(['index.html', 'papers/56-1/index.html', '_astro/search.js', '_astro/page.css', 'search-index/0123456789abcdef/manifest.json', 'rss.xml', 'favicon.svg'])(
    '%s gets a .gz and a .br of itself',
    (path) => {
      const original = readFileSync(join(site, path));
      expect(gunzipSync(readFileSync(join(site, `${path}.gz`))).equals(original)).toBe(true);
      expect(brotliDecompressSync(readFileSync(join(site, `${path}.br`))).equals(original)).toBe(true);
    },
  );

  it.each(['tiny.json', 'papers/56-1.bib', 'photo.png'])('%s gets none (too small to gain, or not one of the types)', (path) => {
    expect([existsSync(join(site, `${path}.gz`)), existsSync(join(site, `${path}.br`))]).toEqual([false, false]);
  });

  it('counts the files it compressed', () => {
    expect(count).toBe(7);
  });
});
