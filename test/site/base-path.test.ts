// A sub-path deploy (a GitHub Pages project site, a hospital's /journal-club/): the archive built with
// BASE_PATH=/newsletter/ and served only under /newsletter/ keeps every link, feed, sitemap line and search inside it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { siteIndexFolder, siteIndexReader } from '../../src/lib/search/file-reader.ts';
import { SUB_PATH_BUILD, SUB_PATH_SITE_DIR } from '../helpers/build-site.ts';
import { loadPage } from '../helpers/built-pages.ts';
import { brokenLinks, builtFiles, builtPages } from '../helpers/site-checks.ts';
import { feedItemCount, feedsOnSubscribePage, opmlFeeds, parseOpml } from '../helpers/feeds.ts';
import { serveDirectory, type RunningServer } from '../../scripts/lib/static-server.ts';

const BASE = SUB_PATH_BUILD.base;
const SITE = SUB_PATH_BUILD.site;
// Built by the global setup with BASE_PATH=newsletter (no slashes: the build normalises what a deployer types).
const site = SUB_PATH_SITE_DIR;
let server: RunningServer;
const chromium = useBrowser();

beforeAll(async () => {
  server = await serveDirectory(site, { base: BASE });
});
afterAll(async () => {
  await server?.close();
});

describe('a site built for /newsletter/', () => {
  it('links only inside the base path, and every link resolves', async () => {
    // Pages (a, link, script, form), feeds' channel and item links and the sitemaps, all checked against the files.
    expect(await brokenLinks(site, SITE, BASE)).toEqual([]);
    const pages = builtPages(site);
    expect(pages.length).toBeGreaterThan(25);
    for (const page of pages) {
      const $ = loadPage(site, page);
      for (const [selector, attribute] of [['a[href^="/"]', 'href'], ['link[href^="/"]', 'href'], ['script[src]', 'src'], ['form', 'action']] as const) {
        $(selector).each((_i, element) => {
          expect(`${page} ${$(element).attr(attribute) ?? ''}`).toMatch(new RegExp(`^\\S+ ${BASE}`));
        });
      }
    }
  });

  it('gives canonical, OpenGraph, feed and sitemap addresses under SITE and the base', () => {
    const paper = loadPage(site, '/papers/56-1/');
    expect(paper('link[rel=canonical]').attr('href')).toBe(`${SITE}${BASE}papers/56-1/`);
    expect(paper('meta[property="og:url"]').attr('content')).toBe(`${SITE}${BASE}papers/56-1/`);
    expect(paper('link[rel=alternate][type="application/rss+xml"]').first().attr('href')).toBe(`${SITE}${BASE}rss.xml`);
    expect(paper('a[download]').map((_i, a) => paper(a).attr('href')).get()).toEqual([`${BASE}papers/56-1.bib`, `${BASE}papers/56-1.ris`]);

    const feed = cheerio.load(readFileSync(join(site, 'rss.xml'), 'utf8'), { xml: true });
    const feedLinks = feed('channel > link, item > link, item > guid').map((_i, element) => feed(element).text().trim()).get();
    expect(feedLinks.length).toBeGreaterThan(2);
    for (const link of feedLinks) expect(link.startsWith(`${SITE}${BASE}`)).toBe(true);
    const topicFeed = cheerio.load(readFileSync(join(site, 'diseases/lung-cancer/rss.xml'), 'utf8'), { xml: true });
    expect(topicFeed('channel > link').text()).toBe(`${SITE}${BASE}diseases/lung-cancer/`);

    const locs = builtFiles(site)
      .filter((file) => /^\/sitemap-.*\.xml$/.test(file))
      .flatMap((file) => [...readFileSync(join(site, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ''));
    expect(locs).toContain(`${SITE}${BASE}papers/56-1/`);
    for (const loc of locs) expect(loc.startsWith(`${SITE}${BASE}`)).toBe(true);
    expect(readFileSync(join(site, 'robots.txt'), 'utf8')).toBe(
      `User-agent: *\nAllow: ${BASE}\nDisallow: ${BASE}search-index/\n\nSitemap: ${SITE}${BASE}sitemap-index.xml\n`,
    );
  });

  it('lists every feed on /subscribe/ and in the OPML file under SITE and the base', () => {
    const shown = feedsOnSubscribePage(site);
    expect(shown.length).toBeGreaterThan(10);
    for (const feed of shown) {
      expect(feed.address.startsWith(`${SITE}${BASE}`), feed.address).toBe(true);
      expect(feed.copies).toBe(feed.address);
      expect(feed.href.startsWith(BASE), feed.href).toBe(true);
      expect(feed.count.split(' ')[0]).toBe(String(feedItemCount(site, feed.address.slice(`${SITE}${BASE}`.length))));
    }
    const feeds = opmlFeeds(parseOpml(readFileSync(join(site, 'feeds.opml'), 'utf8')).outlines);
    expect(feeds.map((f) => f['xmlUrl'])).toEqual(shown.map((f) => f.address));
    for (const feed of feeds) expect(feed['htmlUrl']?.startsWith(`${SITE}${BASE}`), feed['htmlUrl']).toBe(true);
    const subscribe = loadPage(site, '/subscribe/');
    expect(subscribe('link[rel=alternate][type="text/x-opml"]').attr('href')).toBe(`${SITE}${BASE}feeds.opml`);
    expect(subscribe('.howto a[download]').attr('href')).toBe(`${BASE}feeds.opml`);
    expect(loadPage(site, '/diseases/lung-cancer/')('.subscribe a').attr('href')).toBe(`${BASE}subscribe/#feed-diseases-lung-cancer`);
  });

  it('points the search page at its index build under the base, and the CLI reads the same files', async () => {
    const search = loadPage(site, '/search/');
    const indexUrl = search('[data-index-url]').attr('data-index-url') ?? '';
    expect(indexUrl).toMatch(new RegExp(`^${BASE}search-index/[0-9a-f]{16}/$`));
    expect(join(site, indexUrl.slice(BASE.length))).toBe(`${siteIndexFolder(site)}/`);
    const engine = await SearchEngine.open(siteIndexReader(site));
    const doc = await engine.doc(0);
    expect(doc.url).toMatch(new RegExp(`^${BASE}papers/56-\\d/$`));
  });

  it('searches in the browser and opens a result under the base', async () => {
    const page = await chromium.page();
    // Errors the page logs (a failed fetch under the wrong base); thrown errors fail the test by themselves.
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${server.url}${BASE}`);
    await page.locator('.site-search input[name=q]').fill('肺癌');
    await page.locator('.site-search input[name=q]').press('Enter');
    await page.waitForURL(`${server.url}${BASE}search/?q=%E8%82%BA%E7%99%8C`);
    await expect.poll(() => page.locator('a.paper-card__title').count()).toBeGreaterThan(0);
    await page.locator('a.paper-card__title').first().click();
    await page.waitForURL(new RegExp(`${BASE}papers/56-\\d/$`));
    await page.locator('.breadcrumbs a').first().click();
    await page.waitForURL(`${server.url}${BASE}issues/`);
    expect(errors).toEqual([]);
  });
});
