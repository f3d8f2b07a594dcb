// Page level: what a reader downloads and waits for on the real /search/ page against Pagefind's default UI,
// each from a cold browser context: the page's load, then typing a query until its first result is drawn.
// The mobile link is Chromium's own emulation (150 ms RTT, 1.6 Mbit/s) with the CPU slowed 4×.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { BenchServer } from './bench-server.ts';
import type { EngineName } from './measure.ts';
import { PAPER_CARD_CLASS } from '../../src/lib/site/paper-card-classes.ts';

export interface PageRun {
  /** Everything the page fetched until the network was idle, before the reader typed. */
  loadBytes: number;
  loadRequests: number;
  /** From the typed query to its first result drawn (or to the page saying it found nothing). */
  firstMs: number;
  found: boolean;
  firstBytes: number;
  firstRequests: number;
}

interface PageUnderTest {
  path: string;
  input: string;
  result: string;
  /** Where the page says it found nothing, and how it says it (Pagefind's UI speaks the page's language, zh-CN here). */
  message: string;
  nothingFound: string;
}

const PAGES: Record<EngineName, PageUnderTest> = {
  ours: { path: '/search/', input: '#search-query', result: `[data-results] a.${PAPER_CARD_CLASS.title}`, message: '[data-status]', nothingFound: '^没有找到' },
  pagefind: { path: '/bench/pagefind-ui.html', input: '.pagefind-ui__search-input', result: '.pagefind-ui__result-link', message: '.pagefind-ui__message', nothingFound: '^(未找到|无结果|No results)' },
};

export const MOBILE_EMULATION = { latencyMs: 150, bitsPerSecond: 1_600_000, cpuSlowdown: 4 } as const;
const RESULT_TIMEOUT_MS = 60_000;

async function emulateMobile(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const bytesPerSecond = MOBILE_EMULATION.bitsPerSecond / 8;
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: MOBILE_EMULATION.latencyMs,
    downloadThroughput: bytesPerSecond,
    uploadThroughput: bytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE_EMULATION.cpuSlowdown });
}

/** One cold run: a fresh context loads the page, then the query is typed in one input event. */
export async function pageRun(browser: Browser, server: BenchServer, engine: EngineName, query: string, mobile: boolean): Promise<PageRun> {
  const target = PAGES[engine];
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    if (mobile) await emulateMobile(context, page);
    server.resetTraffic();
    await page.goto(`${server.origin}${target.path}`, { waitUntil: 'networkidle', timeout: RESULT_TIMEOUT_MS });
    await page.waitForSelector(target.input, { timeout: RESULT_TIMEOUT_MS });
    const load = server.traffic();
    server.resetTraffic();
    const answer = await page.evaluate(
      async ({ input, result, message, nothingFound, query: typed, timeout }) => {
        const before = new Set(document.querySelectorAll(result));
        const box = document.querySelector<HTMLInputElement>(input);
        if (!box) throw new Error(`no ${input}`);
        const start = performance.now();
        box.focus();
        box.value = typed;
        box.dispatchEvent(new Event('input', { bubbles: true }));
        // A loop, not a named callback: the TypeScript loader wraps named functions in a helper the page lacks.
        for (;;) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
          const drawn = [...document.querySelectorAll(result)].find((el) => !before.has(el) && (el.textContent ?? '').trim() !== '');
          if (drawn) return { ms: performance.now() - start, found: true };
          if (new RegExp(nothingFound).test(document.querySelector(message)?.textContent?.trim() ?? '')) return { ms: performance.now() - start, found: false };
          if (performance.now() - start > timeout) throw new Error(`no result for '${typed}' within ${timeout} ms`);
        }
      },
      { input: target.input, result: target.result, message: target.message, nothingFound: target.nothingFound, query, timeout: RESULT_TIMEOUT_MS },
    );
    const first = server.traffic();
    if (errors.length > 0) throw new Error(`${engine} page errors: ${errors.join('; ')}`);
    return { loadBytes: load.bytes, loadRequests: load.requests, firstMs: answer.ms, found: answer.found, firstBytes: first.bytes, firstRequests: first.requests };
  } finally {
    await context.close();
  }
}
