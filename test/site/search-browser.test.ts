// A reader searching in headless Chromium: type, filter, share the URL, reload, go back, open a result.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { REPO_SITE_DIR } from '../helpers/build-site.ts';
import { useServedSite } from '../helpers/served-site.ts';

const SCREENSHOTS = fileURLToPath(new URL('../.output/screenshots/', import.meta.url));
const chromium = useBrowser();
const server = useServedSite(REPO_SITE_DIR);

beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

// These tests only type, click and read: one page per width serves them all. A test that intercepts or counts the
// page's requests opens its own (chromium.page).
const newPage = (width = 1280): Promise<Page> => chromium.keptPage({ viewport: { width, height: 900 } });

const resultTitles = (page: Page) => page.locator('.paper-card__title').allInnerTexts();
const status = (page: Page) => page.locator('[data-status]').innerText();

describe('search page', () => {
  it('searches as you type, filters, keeps state in the URL, and opens a result', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/search/`);
    await expect.poll(() => status(page)).toContain('全部 6 篇');

    await page.locator('#search-query').pressSequentially('超声');
    await expect.poll(() => resultTitles(page)).toEqual([
      'FetalCLIP:用于胎儿超声图像分析的视觉-语言基础模型',
      'MRI与超声结合深度学习和手工放射组学预测乳腺癌腋窝淋巴结状态:系统综述与Meta分析',
    ]);
    expect(await page.locator('.paper-card').first().locator('mark').first().innerText()).toBe('超声');
    expect(new URL(page.url()).searchParams.get('q')).toBe('超声');
    await page.screenshot({ path: `${SCREENSHOTS}search-desktop.png`, fullPage: true });

    await page.locator('[data-filter="diseases"]').getByLabel(/乳腺癌/).check();
    await expect.poll(() => resultTitles(page)).toEqual(['MRI与超声结合深度学习和手工放射组学预测乳腺癌腋窝淋巴结状态:系统综述与Meta分析']);
    await expect.poll(() => new URL(page.url()).searchParams.getAll('disease')).toEqual(['breast-cancer']);
    expect(await status(page)).toBe('找到 1 篇与“超声”相关的论文。');

    await page.reload();
    await expect.poll(() => resultTitles(page)).toEqual(['MRI与超声结合深度学习和手工放射组学预测乳腺癌腋窝淋巴结状态:系统综述与Meta分析']);
    expect(await page.locator('#search-query').inputValue()).toBe('超声');
    expect(await page.locator('[data-filter="diseases"]').getByLabel(/乳腺癌/).isChecked()).toBe(true);

    await page.goBack();
    await expect.poll(() => resultTitles(page)).toHaveLength(2);
    expect(new URL(page.url()).searchParams.getAll('disease')).toEqual([]);
    expect(await page.locator('[data-filter="diseases"]').getByLabel(/乳腺癌/).isChecked()).toBe(false);

    await page.getByRole('link', { name: 'FetalCLIP:用于胎儿超声图像分析的视觉-语言基础模型' }).click();
    await page.waitForURL(/\/papers\/56-3\/$/);
  });

  it('clears every filter at once, keeping the query, and shows no notices when there are none', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('超声')}&disease=breast-cancer&year=2026`);
    await expect.poll(() => resultTitles(page)).toHaveLength(1);
    expect(await page.locator('[data-active-count]').innerText()).toBe('(已选 2 项)');
    expect(await page.locator('[data-notices]').isHidden()).toBe(true);
    await page.locator('[data-clear-filters]').click();
    await expect.poll(() => resultTitles(page)).toHaveLength(2);
    expect(page.url()).toBe(`${server.url}/search/?q=${encodeURIComponent('超声')}`);
    expect(await page.locator('[data-active-count]').innerText()).toBe('');
    expect(await page.locator('[data-clear-filters]').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
  });

  it('is usable with the keyboard alone', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('radiomics')}`);
    await expect.poll(() => resultTitles(page)).toHaveLength(3);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe((await resultTitles(page))[1]);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/papers\/56-\d\/$/);
  });

  it('says when nothing matches, and when the index cannot load', async () => {
    const page = await chromium.page({ viewport: { width: 375, height: 900 } });
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('青光眼')}`);
    await expect.poll(() => status(page)).toBe('没有找到与“青光眼”相关的论文。文献库中没有“青光眼”。');
    expect(await page.locator('.paper-card').count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}search-phone.png`, fullPage: true });

    await page.route('**/search-index/**', (route) => route.fulfill({ status: 500, body: 'broken' }));
    await page.goto(`${server.url}/search/?q=x`);
    await expect.poll(() => page.locator('[data-failure]').isVisible()).toBe(true);
    expect(await page.locator('[data-failure] a').count()).toBe(4);
  });

  it('loads result documents only as their cards near the viewport, without shifting the list', async () => {
    const page = await chromium.page({ viewport: { width: 375, height: 640 } });
    const docs: string[] = [];
    page.on('request', (request) => {
      if (/\/search-index\/[0-9a-f]{16}\/docs\//.test(request.url())) docs.push(request.url());
    });
    await page.goto(`${server.url}/search/`);
    await expect.poll(() => status(page)).toContain('全部 6 篇');
    await expect.poll(() => page.locator('a.paper-card__title').count()).toBeGreaterThan(0);
    const listHeight = await page.locator('[data-results]').evaluate((list) => list.getBoundingClientRect().height);
    expect(await page.locator('.paper-card--loading').count()).toBeGreaterThan(0);
    expect(docs.length).toBeLessThan(6);

    // Scrolled through as a reader does; cards jumped over load when they come back into view.
    for (let step = 0; step < 12; step++) await page.mouse.wheel(0, 300);
    await expect.poll(() => page.locator('a.paper-card__title').count()).toBe(6);
    expect(docs.length).toBe(6);
    // Placeholders hold about a card's height: the list grows by less than one card as the cards arrive.
    const filledHeight = await page.locator('[data-results]').evaluate((list) => list.getBoundingClientRect().height);
    expect(Math.abs(filledHeight - listHeight)).toBeLessThan(filledHeight / 6);
  });

  it('explains that search needs JavaScript when it is off', async () => {
    const page = await chromium.page({ javaScriptEnabled: false });
    await page.goto(`${server.url}/search/`);
    expect(await page.locator('main').innerText()).toContain('需要启用 JavaScript');
    expect(await page.locator('[data-search-app]').isVisible()).toBe(false);
  });

  it('takes a query from any page’s header search box', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/papers/56-1/`);
    await page.locator('#site-search-input').fill('Hodgkin');
    await page.locator('#site-search-input').press('Enter');
    await page.waitForURL(/\/search\/\?q=Hodgkin$/);
    await expect.poll(() => resultTitles(page)).toEqual(['高危儿童霍奇金淋巴瘤基线与中期PET特征的预后价值:AHOD1331试验回顾性分析']);
  });
});

describe('what readers type', () => {
  const notices = (page: Page) => page.locator('[data-notices]').innerText();

  it('converts Traditional Chinese and Taiwan terms, and says so under the box', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('兒童 淋巴瘤 正子造影')}`);
    await expect.poll(() => resultTitles(page)).toEqual(['高危儿童霍奇金淋巴瘤基线与中期PET特征的预后价值:AHOD1331试验回顾性分析']);
    expect(await notices(page)).toContain('已转换为简体检索');
  });

  it('corrects a typo, and searches the word as typed when asked', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/search/?q=lymphomma`);
    await expect.poll(() => resultTitles(page)).toHaveLength(1);
    expect(await notices(page)).toContain('已按“lymphoma”检索');
    await page.getByRole('button', { name: '仍按“lymphomma”检索' }).click();
    await expect.poll(() => status(page)).toContain('没有找到');
    expect(await page.locator('#search-query').inputValue()).toBe('"lymphomma"');
    expect(await notices(page)).not.toContain('已按');
    await page.screenshot({ path: `${SCREENSHOTS}search-typo.png`, fullPage: true });
  });

  it('answers a question by its content words', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('心电图深度学习能预测心衰吗？')}`);
    await expect.poll(async () => (await resultTitles(page))[0]).toContain('心力衰竭');
    expect(await notices(page)).toContain('按提问检索');
  });

  it('finds any part of a word', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('组学 ')}`);
    await expect.poll(() => resultTitles(page)).toContain('MRI与超声结合深度学习和手工放射组学预测乳腺癌腋窝淋巴结状态:系统综述与Meta分析');
  });

  it('finds nothing for a query without searchable characters, and gives a hint', async () => {
    const page = await newPage(375);
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('😀!!')}`);
    await expect.poll(() => notices(page)).toContain('没有可检索的文字');
    expect(await page.locator('.paper-card').count()).toBe(0);
  });

  it('takes a pasted DOI straight to its paper, from any page’s header box', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/issues/56/`);
    await page.locator('#site-search-input').fill('https://doi.org/10.1038/s41746-026-02897-8');
    await page.locator('#site-search-input').press('Enter');
    await page.waitForURL(/\/papers\/56-6\/$/);
    await page.goBack();
    await page.waitForURL(/\/issues\/56\/$/);
  });
});

