// Above the results: sort by relevance or newest (kept in the URL with the query and filters), and export of every
// result, not only the cards drawn, as RIS and BibTeX files reference managers read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { entries as bibtexEntries } from 'bibtex-parse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { useServedSite } from '../helpers/served-site.ts';
import { REPO_SITE_DIR } from '../helpers/build-site.ts';
import { loadPage } from '../helpers/built-pages.ts';
import { builtPages } from '../helpers/site-checks.ts';

const chromium = useBrowser();
const server = useServedSite(REPO_SITE_DIR);

async function withPage(width: number, use: (page: Page) => Promise<void>): Promise<void> {
  await use(await chromium.page({ viewport: { width, height: 900 }, acceptDownloads: true }));
}

const status = (page: Page) => page.locator('[data-status]').innerText();
const hrefs = (page: Page) => page.locator('a.paper-card__title').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
const issueOrder = (path: string): number => Number(/\/papers\/\d+-(\d+)\//.exec(path)?.[1]);

async function downloaded(page: Page, format: 'RIS' | 'BibTeX'): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: format, exact: true }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('result tools', () => {
  it('sort newest first, in the URL with the query, and back to relevance', async () => {
    await withPage(1280, async (page) => {
      await page.goto(`${server.url}/search/?q=${encodeURIComponent('深度学习')}`);
      await expect.poll(() => page.locator('a.paper-card__title').count()).toBeGreaterThan(2);
      const relevance = await hrefs(page);
      await page.getByRole('radio', { name: '最新' }).check();
      await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('newest');
      expect(new URL(page.url()).searchParams.get('q')).toBe('深度学习');
      await expect.poll(() => status(page)).toContain('最新的在前');
      await expect.poll(async () => (await hrefs(page)).length).toBe(relevance.length);
      const newest = await hrefs(page);
      // One issue: newest first is the issue's own order.
      expect(newest.map(issueOrder)).toEqual([...newest.map(issueOrder)].sort((a, b) => a - b));
      expect([...newest].sort()).toEqual([...relevance].sort());
      await page.reload();
      expect(await page.getByRole('radio', { name: '最新' }).isChecked()).toBe(true);
      await page.goBack();
      await expect.poll(() => page.getByRole('radio', { name: '相关度' }).isChecked()).toBe(true);
      await expect.poll(() => hrefs(page)).toEqual(relevance);
    });
  });

  it('export every result as RIS and BibTeX, one record per paper, named after the query', async () => {
    // A phone screen draws only the first cards: the export must still hold every result.
    await withPage(375, async (page) => {
      await page.goto(`${server.url}/search/`);
      await expect.poll(() => status(page)).toContain('全部 6 篇');
      expect(await page.locator('a.paper-card__title').count()).toBeLessThan(6);
      const ris = await downloaded(page, 'RIS');
      expect(ris.name).toMatch(/^医学影像与AI文献快递-全部-\d{4}-\d{2}-\d{2}\.ris$/);
      const records = new Cite(ris.text, { forceType: '@ris/file' }).data as { DOI?: string; title?: string }[];
      expect(records).toHaveLength(6);
      for (const record of records) expect(record.DOI).toMatch(/^10\.\d{4,9}\/[^\sA-Z]+$/);
      await expect.poll(() => page.locator('[data-export-status]').innerText()).toContain('已导出 6 篇');

      await page.locator('#search-query').fill('超声');
      await expect.poll(() => status(page)).toMatch(/找到 2 篇/);
      const bib = await downloaded(page, 'BibTeX');
      expect(bib.name).toMatch(/^医学影像与AI文献快递-超声-\d{4}-\d{2}-\d{2}\.bib$/);
      const entries = bibtexEntries(bib.text);
      expect(entries).toHaveLength(2);
      expect(entries.map((e) => e['DOI']).sort()).toEqual(records.filter((r) => /ultrasound|Ultrasound/.test(r.title ?? '')).map((r) => r.DOI).sort());
    });
  });

  it('facet pages link every paper of the topic as RIS and BibTeX, as many records as the page counts', () => {
    for (const facetPage of builtPages(REPO_SITE_DIR).filter((path) => /^\/(journals|modalities|diseases|years)\/[^/]+\/$/.test(path))) {
      const $ = loadPage(REPO_SITE_DIR, facetPage);
      const count = Number(/共 (\d+) 篇/.exec($('.facet-count').text())?.[1]);
      const links = $('.facet-export a[download]');
      expect(links.map((_i, a) => $(a).attr('href')).get()).toEqual([`${facetPage}papers.ris`, `${facetPage}papers.bib`]);
      expect($(links[0]).attr('download')).toMatch(/^医学影像与AI文献快递-.+-\d{4}-\d{2}-\d{2}\.ris$/);
      const ris = new Cite(readFileSync(join(REPO_SITE_DIR, facetPage, 'papers.ris'), 'utf8'), { forceType: '@ris/file' }).data;
      const bib = bibtexEntries(readFileSync(join(REPO_SITE_DIR, facetPage, 'papers.bib'), 'utf8'));
      expect({ facetPage, ris: ris.length, bib: bib.length }).toEqual({ facetPage, ris: count, bib: count });
    }
  });

  it('cannot export nothing, and offers no sort or export while there is no result', async () => {
    await withPage(1280, async (page) => {
      await page.goto(`${server.url}/search/?q=${encodeURIComponent('青光眼')}`);
      await expect.poll(() => status(page)).toContain('没有找到');
      // By its attribute: a button that is not shown has no role a reader could find it by.
      const ris = page.locator('[data-export="ris"]');
      expect(await ris.isDisabled()).toBe(true);
      expect(await ris.isVisible()).toBe(false);
      expect(await page.locator('input[name="sort"]').first().isVisible()).toBe(false);
      // Not shown, but holding its place: a query with results brings it back where it was.
      const bar = page.locator('[data-result-tools]');
      const hiddenBox = await bar.boundingBox();
      expect(hiddenBox?.height).toBeGreaterThan(0);
      await page.locator('#search-query').fill('肺癌');
      await expect.poll(() => ris.isVisible()).toBe(true);
      expect(await ris.isDisabled()).toBe(false);
      expect(await bar.boundingBox()).toEqual(hiddenBox);
    });
  });
});
