// Drives headless Chromium against the bench server: cold first queries (fresh context each), on loopback and on an
// emulated mobile link, and warm per-keystroke latency.
import type { Browser, Page } from 'playwright-core';
import type { SearchFilters } from '../../src/lib/search/engine.ts';
import type { BenchServer, Shaping } from './bench-server.ts';

export type EngineName = 'ours' | 'pagefind';

export interface BenchQuery {
  /** What kind of query, for the report. */
  kind: string;
  query: string;
  /** Filter slugs; both engines were given the same values. */
  filters: Partial<SearchFilters>;
  /** The query whose ground truth this one should find (the Simplified twin of a Traditional query, a typo's word). */
  truth?: string;
}

export interface ColdRun {
  ms: number;
  bytes: number;
  requests: number;
  count: number;
}

export const MOBILE: Shaping = { latencyMs: 150, bytesPerSecond: 1_600_000 / 8 };

const MODULE: Record<EngineName, string> = { ours: '/bench/ours.js', pagefind: '/bench/pagefind.js' };

async function harnessPage(browser: Browser, server: BenchServer): Promise<Page> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.goto(`${server.origin}/bench/page.html`);
  return page;
}

/** One query from a page that has loaded nothing search-related: import the engine, search, show the first result. */
export async function coldRun(browser: Browser, server: BenchServer, engine: EngineName, query: BenchQuery, shaping: Shaping | null): Promise<ColdRun> {
  const page = await harnessPage(browser, server);
  server.setShaping(shaping);
  server.resetTraffic();
  const result = await page.evaluate(
    async ({ module, query: q, filters }) => {
      const start = performance.now();
      const harness = (await import(module)) as { firstResult(q: string, f: unknown): Promise<number> };
      const count = await harness.firstResult(q, filters);
      return { ms: performance.now() - start, count };
    },
    { module: MODULE[engine], query: query.query, filters: query.filters },
  );
  const traffic = server.traffic();
  await page.context().close();
  server.setShaping(null);
  return { ...result, bytes: traffic.bytes, requests: traffic.requests };
}

/** Every prefix of the query, as it is typed. */
export function keystrokes(query: string): string[] {
  const chars = [...query];
  return chars.map((_c, i) => chars.slice(0, i + 1).join('')).filter((prefix) => prefix.trim().length > 0);
}

/**
 * Warm latency of one search call per keystroke: every prefix of every query is searched once to load what it
 * needs, then timed `repetitions` times.
 */
export async function warmLatencies(browser: Browser, server: BenchServer, engine: EngineName, queries: readonly BenchQuery[], repetitions: number): Promise<number[]> {
  const page = await harnessPage(browser, server);
  const typed = queries.flatMap((q) => keystrokes(q.query).map((prefix) => ({ query: prefix, filters: q.filters })));
  const durations = await page.evaluate(
    async ({ module, typed: list, repetitions: reps }) => {
      const harness = (await import(module)) as { count(q: string, f: unknown): Promise<number> };
      for (const item of list) await harness.count(item.query, item.filters);
      const times: number[] = [];
      for (let r = 0; r < reps; r++) {
        for (const item of list) {
          const start = performance.now();
          await harness.count(item.query, item.filters);
          times.push(performance.now() - start);
        }
      }
      return times;
    },
    { module: MODULE[engine], typed, repetitions },
  );
  await page.context().close();
  return durations;
}

/** Pagefind's full result list as paper ids (its page URLs), for recall. */
export async function pagefindResultIds(browser: Browser, server: BenchServer, queries: readonly BenchQuery[]): Promise<string[][]> {
  const page = await harnessPage(browser, server);
  const urls = await page.evaluate(
    async ({ module, list }) => {
      const harness = (await import(module)) as { allUrls(q: string, f: unknown): Promise<string[]> };
      const all: string[][] = [];
      for (const item of list) all.push(await harness.allUrls(item.query, item.filters));
      return all;
    },
    { module: MODULE.pagefind, list: queries.map((q) => ({ query: q.query, filters: q.filters })) },
  );
  await page.context().close();
  return urls.map((list) => list.map((url) => /\/papers\/([^/]+)\//.exec(url)?.[1] ?? url));
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export const median = (values: readonly number[]): number => percentile(values, 50);
