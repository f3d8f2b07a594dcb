// deploy/nginx.conf on a real nginx over the built archive: the headers, caching, precompressed files and 404
// it promises, and a reader and a search in headless Chromium under its Content-Security-Policy header.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/site/content-security-policy.ts';
import { useBrowser } from '../helpers/browser.ts';
import { REPO_SITE_DIR, SUB_PATH_BUILD, SUB_PATH_SITE_DIR } from '../helpers/build-site.ts';
import { cspViolations, recordCspViolations } from '../helpers/csp-violations.ts';
import { tempDir } from '../helpers/fixture-archive.ts';
import { serveWithNginx, type NginxServer } from '../helpers/nginx-server.ts';
import { readHomeToPaper } from '../helpers/reading-path.ts';
import { drawnTitles } from '../helpers/search-results.ts';
import { builtFiles } from '../helpers/site-checks.ts';

const HEADER_POLICY = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
const IMMUTABLE = 'public, max-age=31536000, immutable';

let site: string;
let files: string[];
let server: NginxServer | undefined;
const chromium = useBrowser();

/** The file given a precompressed sibling: the search page's script, the largest text file a reader fetches. */
let gzipped: string;

beforeAll(async () => {
  // A copy, so the .gz this test adds never reaches the build the other site tests read.
  site = tempDir('nginx-site-');
  cpSync(REPO_SITE_DIR, site, { recursive: true });
  files = builtFiles(site);
  gzipped = files.find((file) => /^\/_astro\/search\..*\.js$/.test(file)) ?? '';
  // Level 9, where nginx's on-the-fly gzip uses 1: the bytes tell which one answered.
  if (gzipped) writeFileSync(join(site, `${gzipped}.gz`), gzipSync(readFileSync(join(site, gzipped)), { level: 9 }));
  server = await serveWithNginx(site);
});
afterAll(async () => {
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

const url = (path: string): string => `${server?.url ?? ''}${path}`;
const headersOf = async (path: string): Promise<Headers> => (await fetch(url(path), { redirect: 'manual' })).headers;

/** One raw GET (fetch would decompress): status, headers and the bytes as sent. */
function rawGet(path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url(path), { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/** A tab that records console errors and warnings, and CSP violations (script errors fail the test by themselves). */
async function watchedPage(): Promise<{ page: Page; problems: () => Promise<string[]> }> {
  const context = await chromium.context();
  await recordCspViolations(context);
  const page = await context.newPage();
  const seen: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') seen.push(`console ${message.type()}: ${message.text()}`);
  });
  return { page, problems: async () => [...seen, ...(await cspViolations(page)).map((v) => `CSP violation: ${v}`)] };
}

describe('deploy/nginx.conf on nginx', () => {
  it('loads without a warning', () => {
    expect(server?.errorLog().split('\n').filter((line) => /\[(?:warn|crit|alert|emerg)\]/.test(line))).toEqual([]);
  });

  it('sends the Content-Security-Policy with frame-ancestors, and the hardening headers, on every kind of response', async () => {
    for (const path of ['/', '/papers/56-5/', '/rss.xml', '/papers/56-5.bib', '/search/', '/no/such/page/', '/issues/56']) {
      const headers = await headersOf(path);
      expect(headers.get('content-security-policy'), path).toBe(HEADER_POLICY);
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    }
  });

  it('has pages, feeds, citations and everything not named by its content revalidated on every visit', async () => {
    for (const path of ['/', '/issues/56/', '/search/', '/rss.xml', '/diseases/heart-failure/rss.xml', '/papers/56-5.bib', '/papers/56-5.ris', '/favicon.svg', '/robots.txt']) {
      expect((await headersOf(path)).get('cache-control'), path).toBe('no-cache');
    }
  });

  it('lets browsers keep Astro’s hashed scripts and stylesheets for a year', async () => {
    const assets = files.filter((file) => /^\/_astro\/.+\.(?:js|css)$/.test(file));
    expect(assets.map((file) => file.slice(file.lastIndexOf('.')))).toEqual(expect.arrayContaining(['.js', '.css']));
    for (const path of assets) expect((await headersOf(path)).get('cache-control'), path).toBe(IMMUTABLE);
  });

  it('lets browsers keep the search index for a year, because every file of it sits under its content hash', async () => {
    const index = files.filter((file) => file.startsWith('/search-index/'));
    expect(index.length).toBeGreaterThan(0);
    // No index file outside a hash folder: a file that changed in place would stay stale in caches for a year.
    expect(index.filter((file) => !/^\/search-index\/[0-9a-f]{16}\//.test(file))).toEqual([]);
    for (const path of index) expect((await headersOf(path)).get('cache-control'), path).toBe(IMMUTABLE);
    // A missing file under a hash folder gets the 404 page, revalidated, never cached for a year.
    const missing = await fetch(url('/search-index/0123456789abcdef/manifest.json'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-cache');
  });

  it('types every kind of file the site has', async () => {
    const types: Array<[string, string]> = [
      ['/', 'text/html; charset=utf-8'],
      ['/rss.xml', 'text/xml; charset=utf-8'],
      ['/papers/56-5.bib', 'application/x-bibtex; charset=utf-8'],
      ['/papers/56-5.ris', 'application/x-research-info-systems; charset=utf-8'],
      ['/favicon.svg', 'image/svg+xml; charset=utf-8'],
      [files.find((file) => file.endsWith('.css')) ?? '', 'text/css; charset=utf-8'],
      [files.find((file) => file.endsWith('.js')) ?? '', 'application/javascript; charset=utf-8'],
      [files.find((file) => file.startsWith('/search-index/') && file.endsWith('.json')) ?? '', 'application/json; charset=utf-8'],
    ];
    for (const [path, type] of types) expect((await headersOf(path)).get('content-type'), path).toBe(type);
  });

  it('serves a directory’s index.html, redirects it without its slash, and answers an unknown path with the 404 page', async () => {
    const issue = await fetch(url('/issues/56/'));
    expect(issue.status).toBe(200);
    expect(await issue.text()).toBe(readFileSync(join(site, 'issues/56/index.html'), 'utf8'));

    const bare = await fetch(url('/issues/56'), { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/issues/56/');

    const missing = await fetch(url('/papers/99-9/'));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe(readFileSync(join(site, '404.html'), 'utf8'));
  });

  it('sends a precompressed .gz as it is to a browser that accepts gzip, and the plain file to one that does not', async () => {
    expect(gzipped).not.toBe('');
    const compressed = readFileSync(join(site, `${gzipped}.gz`));
    const withGzip = await rawGet(gzipped, { 'accept-encoding': 'gzip' });
    expect(withGzip.status).toBe(200);
    expect(withGzip.headers['content-encoding']).toBe('gzip');
    expect(withGzip.headers['vary']).toBe('Accept-Encoding');
    expect(withGzip.body.equals(compressed)).toBe(true);

    const plain = await rawGet(gzipped, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(readFileSync(join(site, gzipped)))).toBe(true);
  });
});

describe('in Chromium, under the header policy', () => {
  it('reads home → issue 56 → a paper', async () => {
    const { page, problems } = await watchedPage();
    try {
      const response = await page.goto(url('/'));
      expect(response?.headers()['content-security-policy']).toBe(HEADER_POLICY);
      await readHomeToPaper(page, url(''));
      expect(await problems()).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('searches 肺癌 and draws the results', async () => {
    const { page, problems } = await watchedPage();
    try {
      await page.goto(url(`/search/?q=${encodeURIComponent('肺癌')}`));
      await expect.poll(() => drawnTitles(page)).toEqual(['临床元数据与[18F]FDG PET/CT深度融合用于非小细胞肺癌组织学分型:多中心研究']);
      expect(await problems()).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('under a sub-path, set up as the recipe’s comments say', () => {
  const BASE = SUB_PATH_BUILD.base;
  const subSite = SUB_PATH_SITE_DIR;
  let subServer: NginxServer | undefined;
  const subUrl = (path: string): string => `${subServer?.url ?? ''}${BASE}${path}`;

  beforeAll(async () => {
    subServer = await serveWithNginx(subSite, { base: BASE });
  });
  afterAll(async () => {
    await subServer?.close();
  });

  it('sends the same headers and cache rules inside the base path, and its 404 page outside any file', async () => {
    expect(subServer?.errorLog().split('\n').filter((line) => /\[(?:warn|crit|alert|emerg)\]/.test(line))).toEqual([]);
    const home = await fetch(subUrl(''));
    expect(home.status).toBe(200);
    expect(home.headers.get('content-security-policy')).toBe(HEADER_POLICY);
    expect(home.headers.get('cache-control')).toBe('no-cache');
    const hashed = builtFiles(subSite).filter((file) => /^\/(?:_astro\/|search-index\/[0-9a-f]{16}\/)/.test(file));
    expect(hashed.some((file) => file.startsWith('/search-index/'))).toBe(true);
    for (const file of hashed) expect((await fetch(subUrl(file.slice(1)))).headers.get('cache-control'), file).toBe(IMMUTABLE);

    const missing = await fetch(subUrl('papers/99-9/'));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe(readFileSync(join(subSite, '404.html'), 'utf8'));
    // Nothing of the site outside its base path.
    expect((await fetch(`${subServer?.url ?? ''}/search/`)).status).toBe(404);
  });

  it('reads and searches in Chromium with no error and no CSP violation', async () => {
    const { page, problems } = await watchedPage();
    try {
      await readHomeToPaper(page, subUrl('').slice(0, -1));
      await page.goto(subUrl(`search/?q=${encodeURIComponent('肺癌')}`));
      await expect.poll(() => drawnTitles(page)).toEqual(['临床元数据与[18F]FDG PET/CT深度融合用于非小细胞肺癌组织学分型:多中心研究']);
      expect(await problems()).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
