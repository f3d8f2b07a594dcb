// Reading the search page's results in a browser test. Result cards load as they near the viewport, so these
// helpers scroll placeholders into view, as a reader reading down the list would.
import type { Page } from 'playwright-core';

/** How many results are still placeholders; scrolls the first one into view so it loads. */
export async function placeholdersLeft(page: Page): Promise<number> {
  const loading = page.locator('.paper-card--loading');
  const left = await loading.count();
  if (left > 0) await loading.first().scrollIntoViewIfNeeded();
  return left;
}

/** The result titles once every result is drawn; null while some are still loading (poll it). */
export async function drawnTitles(page: Page): Promise<string[] | null> {
  return (await placeholdersLeft(page)) > 0 ? null : page.locator('a.paper-card__title').allInnerTexts();
}
