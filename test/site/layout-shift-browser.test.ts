// Cumulative layout shift of the search page in headless Chromium: results, status, notices and facet counts
// arrive after the first paint and must land in space kept for them (Lighthouse's goal: CLS under 0.01).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { REPO_SITE_DIR } from '../helpers/build-site.ts';
import { useServedSite } from '../helpers/served-site.ts';

const SCREENSHOTS = fileURLToPath(new URL('../.output/screenshots/', import.meta.url));
const WIDTHS = { desktop: 1280, phone: 390 } as const;
const CLS_LIMIT = 0.01;

const chromium = useBrowser();
const server = useServedSite(REPO_SITE_DIR);

beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

interface Shift {
  value: number;
  /** The elements that moved, as tag.class, so a failure says what to fix. */
  sources: string[];
}

declare global {
  interface Window {
    layoutShifts: Shift[];
  }
}

/** Records every layout shift not caused by the reader's own input, from before the first paint (buffered). */
function observeLayoutShifts(): void {
  window.layoutShifts = [];
  const describe = (node: Node | null): string =>
    node instanceof Element ? `${node.tagName.toLowerCase()}${node.className ? `.${String(node.className).split(' ').join('.')}` : ''}` : String(node?.nodeName);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node: Node | null }[] })[]) {
      if (entry.hadRecentInput) continue;
      window.layoutShifts.push({ value: entry.value, sources: entry.sources.map((source) => describe(source.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

async function newPage(width: number, javaScriptEnabled = true): Promise<Page> {
  const page = await chromium.page({ viewport: { width, height: width < 600 ? 844 : 900 }, javaScriptEnabled });
  await page.addInitScript(observeLayoutShifts);
  return page;
}

const eventually = <T>(value: () => T | Promise<T>) => expect.poll(value, { timeout: 15_000 });

/** Waits until the search has drawn everything it draws by itself: status, the cards in view, facet counts. */
async function settled(page: Page, expectResults: boolean): Promise<void> {
  await eventually(() => page.locator('[data-status]').innerText()).not.toContain('正在');
  if (expectResults) {
    await eventually(() => page.locator('a.paper-card__title').count()).toBeGreaterThan(0);
    await eventually(() => page.locator('[data-filter-values] input').count()).toBeGreaterThan(0);
  }
  // Two frames and a pause: a shift from the last redraw is reported before we read the sum.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(300);
}

/** Fails when the page's layout shifts since it loaded add up to the limit, listing them. */
async function expectStill(page: Page): Promise<void> {
  const all = await page.evaluate(() => window.layoutShifts);
  expect(all.reduce((sum, shift) => sum + shift.value, 0), JSON.stringify(all)).toBeLessThan(CLS_LIMIT);
}

/** Opens a search URL, waits until it has drawn itself, saves a screenshot and checks that nothing moved. */
async function openedStill(page: Page, path: string, expectResults: boolean, screenshot: string): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await settled(page, expectResults);
  await page.screenshot({ path: `${SCREENSHOTS}${screenshot}.png` });
  await expectStill(page);
}

describe.each(Object.entries(WIDTHS))('search page layout shift, %s', (name, width) => {
  it('opened with a query: results, notices and facet counts land without moving the page', async () => {
    await openedStill(await newPage(width), `/search/?q=${encodeURIComponent('肺癌')}`, true, `layout-search-query-${name}`);
  });

  it('opened bare, then a query typed: nothing moves as results replace the browse list', async () => {
    const page = await newPage(width);
    await page.goto(`${server.url}/search/`);
    await settled(page, true);
    // Typed through the page's own input event, not the keyboard, so no shift is excused as the reader's input:
    // on a slow phone results arrive long after the 500 ms grace Chromium gives a keystroke.
    await page.locator('#search-query').evaluate((input: HTMLInputElement) => {
      input.value = 'radiomics';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await eventually(() => page.locator('[data-status]').innerText()).toContain('radiomics');
    await settled(page, true);
    await expectStill(page);
  });

  it('a query with no results and one with a notice keep the page still', async () => {
    const page = await newPage(width);
    await openedStill(page, `/search/?q=${encodeURIComponent('青光眼')}`, false, `layout-search-none-${name}`);
    await openedStill(page, '/search/?q=segmetnation', true, `layout-search-notice-${name}`);
  });
});

it.each(Object.entries(WIDTHS))('without JavaScript the search page shows its notice and no empty frame, %s', async (name, width) => {
  const page = await newPage(width, false);
  await page.goto(`${server.url}/search/?q=x`);
  expect(await page.locator('main').innerText()).toContain('需要启用 JavaScript');
  expect(await page.locator('[data-search-app]').isVisible()).toBe(false);
  await page.screenshot({ path: `${SCREENSHOTS}layout-search-nojs-${name}.png`, fullPage: true });
});
