// The reader's path through the repository's archive in a browser test: home → issue 56 → paper 56-5, each page
// checked for what a reader must see there.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export type ReadingStep = 'home' | 'issue-56' | 'paper-56-5';

/** Walks the path from `siteUrl` by clicking links; `atEach` runs on every page once it is checked (screenshots). */
export async function readHomeToPaper(page: Page, siteUrl: string, atEach: (step: ReadingStep) => Promise<unknown> = async () => {}): Promise<void> {
  await page.goto(`${siteUrl}/`);
  await expect.poll(() => page.locator('.latest h2').innerText()).toContain('第56期');
  await atEach('home');

  await page.getByRole('link', { name: '阅读第56期全文 →' }).click();
  await page.waitForURL(/\/issues\/56\/$/);
  expect(await page.locator('h1').innerText()).toContain('第56期');
  expect(await page.locator('article.paper').count()).toBe(6);
  expect(await page.locator('#paper-3 .paper__title-en').innerText()).toBe('FetalCLIP: a visual-language foundation model for fetal ultrasound image analysis.');
  await atEach('issue-56');

  await page.getByRole('heading', { name: '利用可解释AI建模全天ECG信号预测心力衰竭风险' }).getByRole('link').click();
  await page.waitForURL(/\/papers\/56-5\/$/);
  expect(await page.locator('h1').innerText()).toBe('利用可解释AI建模全天ECG信号预测心力衰竭风险');
  const doi = page.getByRole('link', { name: '10.1038/s41746-026-02835-8' });
  expect(await doi.getAttribute('href')).toBe('https://doi.org/10.1038/s41746-026-02835-8');
  expect(await page.locator('.paper__section').first().innerText()).toContain('目的');
  expect(await page.locator('.paper__commentary').innerText()).toContain('虽然这不是影像研究');
  await atEach('paper-56-5');
}
