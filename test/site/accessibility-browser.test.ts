// Accessibility in headless Chromium: axe-core on every kind of page (desktop/phone, light/dark), and keyboard use.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { REPO_SITE_DIR } from '../helpers/build-site.ts';
import { drawnTitles, placeholdersLeft } from '../helpers/search-results.ts';
import { useServedSite } from '../helpers/served-site.ts';

type Scheme = 'light' | 'dark';
interface PageUnderTest {
  name: string;
  path: string;
  status?: number;
  /** Brings the page to the state worth checking (results drawn, filters open). */
  ready?: (page: Page) => Promise<void>;
  /** Checked at desktop width only: another page of its template is checked at phone width. */
  desktopOnly?: true;
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);
const WIDTHS = { desktop: 1280, phone: 375 } as const;

const chromium = useBrowser();
const server = useServedSite(REPO_SITE_DIR);

const newPage = (width: number, colorScheme: Scheme = 'light'): Promise<Page> => chromium.page({ viewport: { width, height: 900 }, colorScheme });

// Search runs in the page, and a 2-core machine running builds beside it can take a few seconds.
const eventually = <T>(value: () => T | Promise<T>) => expect.poll(value, { timeout: 15_000 });
const results = (page: Page) => page.locator('a.paper-card__title');
const filterBoxes = (page: Page) => page.locator('[data-filter] input[type="checkbox"]');
const activeElement = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName.toLowerCase(), id: el?.id, className: el?.className, text: el?.textContent?.trim(), inMain: !!el?.closest('main') };
  });

/** Search results are drawn: the status says how many and no result is still a placeholder. */
async function resultsDrawn(page: Page): Promise<void> {
  await eventually(() => results(page).count()).toBeGreaterThan(0);
  await eventually(() => placeholdersLeft(page)).toBe(0);
}

/** Filters sit in a <details> that starts closed on narrow screens: open it, wait for the checkboxes. */
async function filtersOpen(page: Page): Promise<void> {
  await resultsDrawn(page);
  if (!(await page.locator('[data-filters]').evaluate((details) => (details as HTMLDetailsElement).open))) {
    await page.locator('[data-filters] > summary').click();
  }
  await eventually(() => filterBoxes(page).first().isVisible()).toBe(true);
}

// Every kind of page at desktop width; at phone width one page of each template (the facet lists share one, the
// facet value pages another), since the width changes only the layout of the same markup.
const PAGES: PageUnderTest[] = [
  { name: 'home', path: '/' },
  { name: 'issue list', path: '/issues/' },
  { name: 'issue', path: '/issues/56/' },
  { name: 'paper', path: '/papers/56-1/' },
  { name: 'journals', path: '/journals/' },
  { name: 'modalities', path: '/modalities/', desktopOnly: true },
  { name: 'diseases', path: '/diseases/', desktopOnly: true },
  { name: 'years', path: '/years/', desktopOnly: true },
  { name: 'disease facet', path: '/diseases/lung-cancer/' },
  { name: 'journal facet', path: '/journals/jnm/', desktopOnly: true },
  { name: 'modality facet', path: '/modalities/pet/', desktopOnly: true },
  { name: 'year facet', path: '/years/2026/', desktopOnly: true },
  { name: 'trends', path: '/trends/' },
  { name: 'search results', path: `/search/?q=${encodeURIComponent('超声')}`, ready: resultsDrawn },
  { name: 'search filters', path: `/search/?q=${encodeURIComponent('超声')}`, ready: filtersOpen },
  { name: 'subscribe', path: '/subscribe/' },
  { name: 'not found', path: '/no-such-page/', status: 404 },
];

// Each page kind is loaded once per width. Every rule runs in the light scheme; the scheme only changes colours
// (CSS alone, no script reads it), so the dark pass switches the same page and runs the colour rules.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const CASES = PAGES.flatMap((target) =>
  (Object.keys(WIDTHS) as (keyof typeof WIDTHS)[])
    .filter((width) => width === 'desktop' || !target.desktopOnly)
    .map((width) => ({ label: `${target.name} ${target.path} (${width})`, target, width })),
);

/** axe's serious and critical violations on the page as it is, one line per rule and a few of its elements. */
async function blockingViolations(page: Page, only?: readonly string[]): Promise<string> {
  // Legacy mode runs axe.run() in the page itself: our pages have no frames, and it skips a blank page per run.
  // Only violations are reported in full: describing every passing element was a fifth of axe's time.
  const axe = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
  const { violations } = await (only ? axe.withRules([...only]) : axe.withTags(AXE_TAGS)).analyze();
  return violations
    .filter((v) => BLOCKING_IMPACTS.has(v.impact ?? ''))
    .flatMap((v) => [
      `${v.id} (${v.impact}): ${v.help} ${v.helpUrl}`,
      ...v.nodes.slice(0, 8).map((node) => `  ${node.target.join(' ')}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`),
      ...(v.nodes.length > 8 ? [`  …and ${v.nodes.length - 8} more`] : []),
    ])
    .join('\n');
}

describe('axe finds no serious or critical violations', () => {
  it.each(CASES)('$label, light and dark', async ({ target, width }) => {
    // Only opened and inspected: one page per width serves every case.
    const page = await chromium.keptPage({ viewport: { width: WIDTHS[width], height: 900 } });
    const response = await page.goto(`${server.url}${target.path}`);
    expect(response?.status()).toBe(target.status ?? 200);
    await target.ready?.(page);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
    expect(await blockingViolations(page), `axe on ${target.path} (light, ${width})`).toBe('');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await blockingViolations(page, COLOUR_RULES), `axe colour rules on ${target.path} (dark, ${width})`).toBe('');
  });
});

describe('keyboard use beyond the search shortcuts', () => {
  it('offers the skip link as the first Tab stop, and it moves focus into main', async () => {
    const page = await newPage(WIDTHS.desktop);
    await page.goto(`${server.url}/issues/56/`);
    await page.keyboard.press('Tab');
    expect(await activeElement(page)).toMatchObject({ tag: 'a', text: '跳到正文' });
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await eventually(() => page.evaluate(() => location.hash)).toBe('#main');
    expect(await activeElement(page)).toMatchObject({ tag: 'main' });
    // The next Tab continues inside main, past the header's links and search box.
    await page.keyboard.press('Tab');
    expect((await activeElement(page)).inMain).toBe(true);
  });

  it.each([
    ['desktop', WIDTHS.desktop],
    ['phone', WIDTHS.phone],
  ] as const)('reaches the filters by Tab and toggles one with Space on %s', async (_name, width) => {
    const page = await newPage(width);
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('超声')}`);
    await resultsDrawn(page);
    const titlesBefore = await results(page).allInnerTexts();

    // From the top of the page, Tab on until a filter checkbox has focus, opening the closed filters <details> with Enter on the way.
    let reached = false;
    for (let presses = 0; presses < 30 && !reached; presses++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        return { summary: el?.matches('[data-filters] > summary') ?? false, checkbox: el?.matches('[data-filter] input[type="checkbox"]') ?? false };
      });
      if (focused.summary && !(await page.locator('[data-filters]').evaluate((d) => (d as HTMLDetailsElement).open))) await page.keyboard.press('Enter');
      reached = focused.checkbox;
    }
    expect(reached, 'a filter checkbox is reachable with Tab').toBe(true);
    const box = await page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      return { name: input.name, value: input.value };
    });

    await page.keyboard.press('Space');
    await eventually(() => new URL(page.url()).searchParams.getAll(box.name)).toEqual([box.value]);
    await eventually(() => drawnTitles(page)).toSatisfy((titles) => titles !== null && JSON.stringify(titles) !== JSON.stringify(titlesBefore));
    // Redrawing the filter counts keeps focus on the same checkbox, so Space can undo the choice.
    const focusedBox = () => page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement | null;
      return input?.type === 'checkbox' ? { name: input.name, value: input.value, checked: input.checked } : null;
    });
    await eventually(focusedBox).toEqual({ ...box, checked: true });
    await page.keyboard.press('Space');
    await eventually(() => new URL(page.url()).searchParams.getAll(box.name)).toEqual([]);
    await eventually(() => drawnTitles(page)).toEqual(titlesBefore);

    // Shift+Tab walks back out of the filters to the search form.
    let backAtBox = false;
    for (let presses = 0; presses < 30 && !backAtBox; presses++) {
      await page.keyboard.press('Shift+Tab');
      backAtBox = (await activeElement(page)).id === 'search-query';
    }
    expect(backAtBox, 'Shift+Tab leads back to the search box').toBe(true);
  });

  it.each(['light', 'dark'] as const)('shows where focus is (%s scheme)', async (scheme) => {
    const page = await newPage(WIDTHS.desktop, scheme);
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('超声')}`);
    await resultsDrawn(page);
    await filtersOpen(page);
    const focusRing = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const kind = el.matches('#search-query') ? 'search box' : el.matches('a.paper-card__title') ? 'result link' : el.matches('[data-filter] input') ? 'filter checkbox' : el.tagName;
        return { kind, visible: el.matches(':focus-visible') && (outline || style.boxShadow !== 'none') };
      });

    await page.keyboard.press('/');
    expect(await focusRing()).toEqual({ kind: 'search box', visible: true });
    await page.keyboard.press('ArrowDown');
    expect(await focusRing()).toEqual({ kind: 'result link', visible: true });
    await page.keyboard.press('Escape');
    for (let presses = 0; presses < 30 && !(await page.evaluate(() => document.activeElement?.matches('[data-filter] input') ?? false)); presses++) {
      await page.keyboard.press('Tab');
    }
    expect(await focusRing()).toEqual({ kind: 'filter checkbox', visible: true });
  });

  it('announces the result count in a polite live region that updates as you type', async () => {
    const page = await newPage(WIDTHS.desktop);
    await page.goto(`${server.url}/search/`);
    const status = page.locator('[data-status]');
    await eventually(() => status.innerText()).toContain('全部');
    const live = await status.evaluate((el) => ({ role: el.getAttribute('role'), live: el.getAttribute('aria-live') }));
    expect(live.role === 'status' || live.live === 'polite').toBe(true);
    // The region must be the same element throughout: a replaced region is not announced.
    await status.evaluate((el) => el.setAttribute('data-original', ''));
    const before = await status.innerText();
    await page.keyboard.press('/');
    await page.keyboard.type('lymphoma');
    await eventually(() => status.innerText()).not.toBe(before);
    expect(await status.innerText()).toContain('lymphoma');
    expect(await page.locator('[data-status][data-original]').count()).toBe(1);
  });
});
