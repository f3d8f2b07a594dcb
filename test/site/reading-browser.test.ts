// A reader in headless Chromium: home → issue 56 → a paper, on desktop and phone, light and dark.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { REPO_SITE_DIR } from '../helpers/build-site.ts';
import { readHomeToPaper } from '../helpers/reading-path.ts';
import { useServedSite } from '../helpers/served-site.ts';

const SCREENSHOTS = fileURLToPath(new URL('../.output/screenshots/', import.meta.url));
const chromium = useBrowser();
const server = useServedSite(REPO_SITE_DIR);

beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

const readerPage = (viewport: { width: number; height: number }, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> => chromium.page({ viewport, colorScheme });
// For tests that only navigate and read (no listeners): one page per viewport and scheme serves them all.
const keptReaderPage = (viewport: { width: number; height: number }, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> => chromium.keptPage({ viewport, colorScheme });

describe('reading the archive', () => {
  it.each([
    ['desktop', { width: 1280, height: 900 }, 'light'],
    ['phone', { width: 375, height: 740 }, 'dark'],
  ] as const)('home → issue 56 → a paper on %s', async (name, viewport, scheme) => {
    const page = await readerPage(viewport, scheme);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await readHomeToPaper(page, server.url, (step) => page.screenshot({ path: `${SCREENSHOTS}${step}-${name}.png`, fullPage: true }));

    // Reading pages need no JavaScript but the paper page's copy-DOI button; nothing overflows a phone's width.
    expect(scripts.map((url) => new URL(url).pathname)).toEqual([expect.stringMatching(/^\/_astro\/CopyText\./)]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('from a paper, a disease tag leads to its facet page listing the paper', async () => {
    const page = await keptReaderPage({ width: 1280, height: 900 });
    await page.goto(`${server.url}/papers/56-2/`);
    await page.locator('.paper__meta').getByRole('link', { name: /淋巴瘤/ }).click();
    await page.waitForURL(/\/diseases\/lymphoma\/$/);
    expect(await page.locator('h1').innerText()).toBe('淋巴瘤 Lymphoma');
    const listed = page.getByRole('link', { name: '高危儿童霍奇金淋巴瘤基线与中期PET特征的预后价值:AHOD1331试验回顾性分析' });
    await expect.poll(() => listed.count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}disease-lymphoma-desktop.png`, fullPage: true });
    await listed.click();
    await page.waitForURL(/\/papers\/56-2\/$/);
  });

  it('copies a DOI with the button, which only appears with JavaScript', async () => {
    const context = await chromium.context({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${server.url}/papers/56-6/`);
    await page.getByRole('button', { name: '复制 DOI' }).click();
    await expect.poll(() => page.locator('.copy-text__status').innerText()).toBe('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('10.1038/s41746-026-02897-8');
    const noJs = await chromium.context({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${server.url}/papers/56-6/`);
    expect(await plain.getByRole('button', { name: '复制 DOI' }).isVisible()).toBe(false);
    expect(await plain.getByRole('link', { name: '10.1038/s41746-026-02897-8' }).isVisible()).toBe(true);
  });

  it('announces the feed, and the subscribe box leads to its address on /subscribe/, copied with a button', async () => {
    const context = await chromium.context({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${server.url}/diseases/heart-failure/`);
    const feeds = await page.locator('link[rel=alternate][type="application/rss+xml"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(feeds).toEqual(['http://localhost:4321/rss.xml', 'http://localhost:4321/diseases/heart-failure/rss.xml']);
    await page.getByRole('link', { name: '如何订阅、全部订阅源 →' }).click();
    await page.waitForURL(/\/subscribe\/#feed-diseases-heart-failure$/);
    const entry = page.locator('#feed-diseases-heart-failure');
    await expect.poll(() => entry.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    expect(await entry.locator('.feed__count').innerText()).toBe('1 篇');
    await entry.getByRole('button', { name: '复制地址:心力衰竭 Heart failure' }).click();
    await expect.poll(() => entry.locator('.copy-text__status').innerText()).toBe('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('http://localhost:4321/diseases/heart-failure/rss.xml');
  });

  it.each([
    ['desktop', { width: 1280, height: 900 }, 'light'],
    ['phone', { width: 390, height: 844 }, 'dark'],
  ] as const)('shows the subscribe page on %s: every feed with its count and address, the OPML file, how to subscribe', async (name, viewport, scheme) => {
    const page = await keptReaderPage(viewport, scheme);
    await page.goto(`${server.url}/`);
    await page.locator('footer').getByRole('link', { name: 'RSS 订阅' }).click();
    await page.waitForURL(/\/subscribe\/$/);
    expect(await page.locator('h1').innerText()).toBe('订阅');
    expect(await page.locator('li.feed').count()).toBe(1 + 4 + 6 + 6);
    expect(await page.locator('#feed-main .feed__url').innerText()).toBe('http://localhost:4321/rss.xml');
    await expect.poll(() => page.getByRole('button', { name: /^复制地址/ }).first().isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'OPML 文件' }).getAttribute('href')).toBe('/feeds.opml');
    await page.screenshot({ path: `${SCREENSHOTS}subscribe-${name}.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('serves a feed opened in the browser as plain XML (no XSLT view), and the OPML file as a download', async () => {
    const page = await keptReaderPage({ width: 1280, height: 900 });
    const response = await page.goto(`${server.url}/rss.xml`);
    expect(response?.headers()['content-type']).toMatch(/^application\/xml/);
    // With no stylesheet to apply, the browser shows the XML source itself.
    expect(await page.evaluate(() => document instanceof XMLDocument)).toBe(true);
    expect(await page.locator('body').innerText()).toContain('<title>医学影像与AI文献快递</title>');
    await page.goto(`${server.url}/subscribe/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'OPML 文件' }).click()]);
    expect(download.suggestedFilename()).toBe('feeds.opml');
  });

  it('serves the 404 page for an unknown address', async () => {
    const page = await keptReaderPage({ width: 800, height: 600 });
    const response = await page.goto(`${server.url}/papers/99-9/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('页面不存在');
  });
});
