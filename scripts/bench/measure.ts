// Drives headless Chromium against the bench server: cold first queries (fresh context each), on loopback and on an
// emulated mobile link, and warm per-keystroke latency.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
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

// Functions passed to page.evaluate run in the browser; a bare `import()` in them would be rewritten by a test
// runner's module transform (vitest's) and never resolve there, so the page gets its own importer from a string.
interface HarnessWindow {
  importHarness(path: string): Promise<unknown>;
}

async function harnessPage(browser: Browser, server: BenchServer): Promise<Page> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  await context.addInitScript('window.importHarness = (path) => import(path);');
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
      const harness = (await (window as unknown as HarnessWindow).importHarness(module)) as { firstResult(q: string, f: unknown): Promise<number> };
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

/** The median of `runs` cold runs, field by field: a single cold run moves by ±50% on these machines. */
export async function coldMedian(browser: Browser, server: BenchServer, engine: EngineName, query: BenchQuery, shaping: Shaping | null, runs: number): Promise<ColdRun> {
  const all: ColdRun[] = [];
  for (let i = 0; i < runs; i++) all.push(await coldRun(browser, server, engine, query, shaping));
  return { ms: median(all.map((r) => r.ms)), bytes: median(all.map((r) => r.bytes)), requests: median(all.map((r) => r.requests)), count: median(all.map((r) => r.count)) };
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
      const harness = (await (window as unknown as HarnessWindow).importHarness(module)) as { count(q: string, f: unknown): Promise<number> };
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

/** Pagefind's full result list as paper ids: result ids from its API, mapped to pages through its fragment files. */
export async function pagefindResultIds(browser: Browser, server: BenchServer, siteDir: string, queries: readonly BenchQuery[]): Promise<string[][]> {
  const page = await harnessPage(browser, server);
  const ids = await page.evaluate(
    async ({ module, list }) => {
      const harness = (await (window as unknown as HarnessWindow).importHarness(module)) as { allIds(q: string, f: unknown): Promise<string[]> };
      const all: string[][] = [];
      for (const item of list) all.push(await harness.allIds(item.query, item.filters));
      return all;
    },
    { module: MODULE.pagefind, list: queries.map((q) => ({ query: q.query, filters: q.filters })) },
  );
  await page.context().close();
  const paperOf = pagefindPapers(siteDir);
  return ids.map((list) => list.map((id) => paperOf.get(id) ?? id));
}

// Pagefind's fragment files are gzip with a `pagefind_dcd` signature before the JSON.
const FRAGMENT_SIGNATURE = 'pagefind_dcd';
const fragmentMaps = new Map<string, Map<string, string>>();

/** Pagefind result id (its fragment's name) → paper id, read once per site from the fragment files. */
function pagefindPapers(siteDir: string): Map<string, string> {
  let map = fragmentMaps.get(siteDir);
  if (map) return map;
  map = new Map();
  const dir = join(siteDir, 'pagefind', 'fragment');
  for (const name of readdirSync(dir)) {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    const { url } = JSON.parse(text.startsWith(FRAGMENT_SIGNATURE) ? text.slice(FRAGMENT_SIGNATURE.length) : text) as { url: string };
    map.set(name.replace(/\.pf_fragment$/, ''), /\/papers\/([^/]+)\//.exec(url)?.[1] ?? url);
  }
  fragmentMaps.set(siteDir, map);
  return map;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Pagefind's own count of papers per filter value, for the sanity checks. */
export async function pagefindFilterCounts(browser: Browser, server: BenchServer): Promise<Record<string, Record<string, number>>> {
  const page = await harnessPage(browser, server);
  const counts = await page.evaluate(async (module) => {
    const harness = (await (window as unknown as HarnessWindow).importHarness(module)) as { filterCounts(): Promise<Record<string, Record<string, number>>> };
    return harness.filterCounts();
  }, MODULE.pagefind);
  await page.context().close();
  return counts;
}
