// Printing (or saving as PDF) a paper and an issue in Chromium: no site chrome, link addresses written out, and each
// paper of issue 56 on pages of its own.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { REPO_SITE_DIR } from '../helpers/build-site.ts';
import { useServedSite } from '../helpers/served-site.ts';

const chromium = useBrowser();
const server = useServedSite(REPO_SITE_DIR);

async function printed(path: string, use: (page: Page) => Promise<void>): Promise<void> {
  const page = await chromium.page();
  await page.goto(`${server.url}${path}`);
  await page.emulateMedia({ media: 'print' });
  await use(page);
}

const hidden = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.every((el) => getComputedStyle(el).display === 'none'));
const pseudo = (page: Page, selector: string, which: '::before' | '::after') => page.locator(selector).first().evaluate((el, w) => getComputedStyle(el, w).content, which);

describe('printing', () => {
  it('a paper: no header, search box, footer or buttons; the DOI printed as its address', async () => {
    await printed('/papers/56-5/', async (page) => {
      for (const selector of ['.site-header', '.site-search', '.site-footer', '.pager', 'button', '.similar']) expect({ selector, hidden: await hidden(page, selector) }).toEqual({ selector, hidden: true });
      expect(await pseudo(page, 'article a.doi', '::before')).toBe('"https://doi.org/"');
      expect(await page.locator('article a.doi').innerText()).toBe('10.1038/s41746-026-02835-8');
      expect(await page.locator('h1').isVisible()).toBe(true);
    });
  });

  it('an issue: every paper after the first starts a new page, and the PDF has a page per paper at least', async () => {
    await printed('/issues/56/', async (page) => {
      const breaks = await page.locator('article.paper').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
      expect(breaks).toEqual(['auto', 'page', 'page', 'page', 'page', 'page']);
      expect(await hidden(page, '.issue-contents')).toBe(true);
      const pdf = await page.pdf({ format: 'A4' });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(6);
    });
  });
});
