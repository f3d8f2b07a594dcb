// The one way a test file drives Chromium: launched once per file, an error a page throws fails the test it happened
// in (with the page's address), every context a test opened is closed after it, and the browser after the file,
// whether the tests passed or not.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';

export interface BrowserHarness {
  readonly browser: Browser;
  /** A fresh context (its own storage and cache), watched for page errors and closed after the test. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a fresh context: a desktop window unless the options say otherwise. */
  page(options?: BrowserContextOptions): Promise<Page>;
  /**
   * One page per set of options for the whole file, handed out blank (about:blank, no routes, the options' media
   * emulation) to each test that asks. For tests that only open and inspect pages: a new page starts a renderer
   * process, about half a second of CPU. It shares cookies and the HTTP cache between tests (the site keeps no
   * other state), and event listeners a test adds stay: a test that listens for requests opens its own page.
   */
  keptPage(options?: BrowserContextOptions): Promise<Page>;
}

const DESKTOP = { width: 1280, height: 900 } as const;

export function useBrowser(options: { args?: readonly string[] } = {}): BrowserHarness {
  let launched: Browser | undefined;
  const open: BrowserContext[] = [];
  const kept = new Map<string, Page>();
  const errors: string[] = [];
  const watch = (context: BrowserContext): BrowserContext => {
    context.on('page', (page) => page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`)));
    return context;
  };

  beforeAll(async () => {
    launched = await launchChromium(options.args);
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((context) => context.close().catch(() => undefined)));
    expect(errors.splice(0), 'errors thrown in the page').toEqual([]);
  });
  afterAll(async () => {
    kept.clear();
    await launched?.close();
  });

  const harness: BrowserHarness = {
    get browser(): Browser {
      if (!launched) throw new Error('useBrowser(): the browser starts in beforeAll; use it inside a test or hook');
      return launched;
    },
    async context(contextOptions = {}) {
      const context = watch(await harness.browser.newContext({ viewport: DESKTOP, ...contextOptions }));
      open.push(context);
      return context;
    },
    async page(contextOptions = {}) {
      return (await harness.context(contextOptions)).newPage();
    },
    async keptPage(contextOptions = {}) {
      const key = JSON.stringify(contextOptions);
      let page = kept.get(key);
      if (!page || page.isClosed()) {
        const fresh = await watch(await harness.browser.newContext({ viewport: DESKTOP, ...contextOptions })).newPage();
        // A crashed renderer would fail every later test of the file: the next one gets a new page.
        fresh.on('crash', () => kept.delete(key));
        kept.set(key, fresh);
        page = fresh;
      }
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await page.goto('about:blank');
      await page.emulateMedia({
        colorScheme: contextOptions.colorScheme ?? 'light',
        media: null,
        reducedMotion: contextOptions.reducedMotion ?? null,
        forcedColors: contextOptions.forcedColors ?? null,
        contrast: contextOptions.contrast ?? null,
      });
      return page;
    },
  };
  return harness;
}
