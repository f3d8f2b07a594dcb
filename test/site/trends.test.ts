// 趋势 on a generated archive of 240 papers: every figure of /trends/ (tables and the bars' data) and of each facet
// page's per-year chart equals counts made independently from the issue files and the built paper pages; the
// charts are drawn to scale; the page is valid, needs no script or inline style, fits a phone and reads in both
// schemes. The repository's single issue still gets sensible charts: one bar on an axis from 0 to a round number.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedArchive } from '../../scripts/bench/generate-archive.ts';
import { useBrowser } from '../helpers/browser.ts';
import { REPO_SITE_DIR } from '../helpers/build-site.ts';
import { loadPage, textOf } from '../helpers/built-pages.ts';
import { builtPages, htmlProblems, htmlValidationErrors } from '../helpers/site-checks.ts';
import { serveDirectory, type RunningServer } from '../../scripts/lib/static-server.ts';
import { GENERATED_PAPERS, generatedArchive, withBuiltSite } from '../helpers/site-fixtures.ts';
import { issueFacts, paperFacts, periodKey, periodKeys, tally, type IssueFacts, type PaperFacts } from '../helpers/trend-counts.ts';

const PAPERS = GENERATED_PAPERS;
const SCREENSHOTS = fileURLToPath(new URL('../.output/screenshots/', import.meta.url));
let site: string;
let archive: GeneratedArchive;
let issues: IssueFacts[];
let papers: PaperFacts[];
let trends: cheerio.CheerioAPI;

beforeAll(async () => {
  archive = generatedArchive();
  site = (await withBuiltSite('generated')).siteDir;
  issues = issueFacts(archive.contentDir);
  papers = paperFacts(site);
  trends = loadPage(site, '/trends/');
});

type Selection = ReturnType<cheerio.CheerioAPI>;
const attr = (selection: Selection, name: string): string => selection.attr(name) ?? '';
const num = (selection: Selection, name: string): number => Number(selection.attr(name));
const each = <T>(selection: Selection, f: (one: Selection) => T): T[] => Array.from({ length: selection.length }, (_v, i) => f(selection.eq(i)));

/** A chart's bars by key, checked to stand on one zero line at heights proportional to their values, under its top tick. */
function barsOf(chart: Selection): Map<string, number> {
  const ticks = each(chart.find('text[data-tick]'), (tick) => num(tick, 'data-tick'));
  const bars = each(chart.find('rect[data-key]'), (bar) => bar);
  const values = bars.map((bar) => num(bar, 'data-value'));
  const largest = Math.max(...values);
  if (ticks.length > 0) {
    const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
    expect(ticks[0]).toBe(0);
    ticks.forEach((tick, i) => expect(tick).toBe(i * step));
    expect([1, 2, 5]).toContain(step / 10 ** Math.floor(Math.log10(step)));
    const top = ticks[ticks.length - 1] ?? 0;
    expect(top).toBeGreaterThanOrEqual(largest);
    const first = bars[0];
    if (!first) throw new Error('no bars');
    const zero = num(first, 'y') + num(first, 'height');
    const full = Number(chart.find('line.chart__baseline').attr('y1')) - Number(chart.find(`text[data-tick="${top}"]`).attr('y'));
    for (const bar of bars) {
      expect(num(bar, 'y') + num(bar, 'height')).toBeCloseTo(zero, 1);
      expect(num(bar, 'height')).toBeCloseTo((num(bar, 'data-value') / top) * full, 1);
    }
  }
  return new Map(bars.map((bar) => [attr(bar, 'data-key'), num(bar, 'data-value')]));
}

/** Rows of a table as key → the number in one of their cells. */
const tableNumbers = ($: cheerio.CheerioAPI, rows: string, key: string, cell: string): Map<string, number> =>
  new Map(each($(rows), (row) => [attr(row, key), Number(textOf(row.find(cell)))] as const));

describe(`/trends/ on a generated archive of ${PAPERS} papers`, () => {
  it('counts papers and issues per year as the issue files do', () => {
    const years = periodKeys(issues, false);
    const papersPerYear = new Map(years.map((y) => [y, issues.filter((i) => String(i.year) === y).reduce((n, i) => n + i.papers, 0)]));
    const issuesPerYear = new Map(years.map((y) => [y, issues.filter((i) => String(i.year) === y).length]));
    expect([...papersPerYear.values()].reduce((a, b) => a + b)).toBe(PAPERS);
    expect(papersPerYear.size).toBeGreaterThan(1);
    expect(barsOf(trends('svg[data-chart="papers-per-year"]'))).toEqual(papersPerYear);
    expect(tableNumbers(trends, 'table[data-table="years"] tbody tr', 'data-period', 'td[data-papers]')).toEqual(papersPerYear);
    expect(tableNumbers(trends, 'table[data-table="years"] tbody tr', 'data-period', 'td[data-issues]')).toEqual(issuesPerYear);
    expect(textOf(trends('.lede'))).toContain(`共 ${archive.issueCount} 期、${PAPERS} 篇论文`);
  });

  it.each(['modalities', 'diseases'] as const)('charts the %s with most papers per quarter, each equal to the paper pages’ tags', (kind) => {
    expect(papers).toHaveLength(PAPERS);
    const quarters = periodKeys(papers, true);
    expect(quarters.length).toBeLessThanOrEqual(12);
    const totals = tally(papers.flatMap((p) => p[kind]));
    const figure = trends(`figure[data-figure="${kind}"]`);
    const shown = each(figure.find('.trend-panel'), (panel) => attr(panel, 'data-series'));
    expect(shown).toHaveLength(Math.min(8, totals.size));
    // The top values by papers: none left out has more papers than one shown.
    const smallestShown = Math.min(...shown.map((slug) => totals.get(slug) ?? 0));
    for (const [slug, count] of totals) if (!shown.includes(slug)) expect(count, slug).toBeLessThanOrEqual(smallestShown);
    expect(textOf(figure.find('.trend__note'))).toContain(`另有 ${totals.size - shown.length} 种未列出`);
    const top = Math.max(...each(figure.find('text[data-tick]'), (tick) => num(tick, 'data-tick')));
    for (const slug of shown) {
      const expected = new Map(quarters.map((q) => [q, papers.filter((p) => p[kind].includes(slug) && periodKey(p, true) === q).length]));
      const chart = figure.find(`svg[data-chart="${kind}-${slug}"]`);
      expect(barsOf(chart), slug).toEqual(expected);
      // One scale for all panels.
      expect(Number(chart.find('text[data-tick]').last().attr('data-tick')), slug).toBe(top);
      expect(tableNumbers(trends, `table[data-table="${kind}"] tr[data-series="${slug}"]`, 'data-series', 'td[data-total]').get(slug), slug).toBe(totals.get(slug));
      const row = trends(`table[data-table="${kind}"] tr[data-series="${slug}"] td[data-period]`);
      expect(new Map(each(row, (td) => [attr(td, 'data-period'), Number(textOf(td))] as const)), slug).toEqual(expected);
      expect(textOf(figure.find(`.trend-panel[data-series="${slug}"] .trend-panel__total`))).toBe(`${totals.get(slug)}篇`);
    }
  });

  it('ranks the ten journals with most papers, the table and the bars agreeing with the paper pages', () => {
    const totals = tally(papers.map((p) => p.journal));
    const bars = new Map(each(trends('svg[data-chart="journals"] rect'), (bar) => [attr(bar, 'data-key'), num(bar, 'data-value')] as const));
    expect(bars.size).toBe(10);
    const smallestShown = Math.min(...bars.values());
    for (const [slug, count] of bars) expect(count, slug).toBe(totals.get(slug));
    for (const [slug, count] of totals) if (!bars.has(slug)) expect(count, slug).toBeLessThanOrEqual(smallestShown);
    expect([...bars.values()]).toEqual([...bars.values()].sort((a, b) => b - a));
    expect(tableNumbers(trends, 'table[data-table="journals"] tbody tr', 'data-journal', 'td[data-papers]')).toEqual(bars);
    const rest = [...totals].filter(([slug]) => !bars.has(slug));
    expect(textOf(trends('figure[data-figure="journals"] .trend__note'))).toContain(`另有 ${rest.length} 种期刊共 ${rest.reduce((n, [, c]) => n + c, 0)} 篇`);
    // The longest bar is the most papers; the others are their share of it.
    const widths = each(trends('svg[data-chart="journals"] rect'), (bar) => num(bar, 'width') / num(bar, 'data-value'));
    for (const w of widths) expect(w).toBeCloseTo(widths[0] ?? 0, 1);
  });

  it('gives every facet value’s first page a per-year chart of its papers, and no other page one', () => {
    const years = periodKeys(papers, false);
    const pages = builtPages(site).filter((page) => /^\/(journals|modalities|diseases|years)\/[^/]+\/(\d+\/)?$/.test(page));
    let charted = 0;
    for (const page of pages) {
      const [, kind = '', slug = '', later] = /^\/([^/]+)\/([^/]+)\/(\d+\/)?$/.exec(page) ?? [];
      const $ = loadPage(site, page);
      const chart = $('.year-spark svg[data-chart="papers-per-year"]');
      if (kind === 'years' || later) {
        expect(chart.length, page).toBe(0);
        continue;
      }
      const mine = papers.filter((p) => (kind === 'journals' ? p.journal === slug : p[kind as 'modalities' | 'diseases'].includes(slug)));
      expect(barsOf(chart), page).toEqual(new Map(years.map((y) => [y, mine.filter((p) => String(p.year) === y).length])));
      expect(chart.attr('aria-label'), page).toContain('篇');
      charted++;
    }
    expect(charted).toBeGreaterThan(50);
  });

  it('is valid HTML with no script, inline style or foreign markup, linked from the header and the home page', async () => {
    const facetPage = '/modalities/ultrasound/';
    expect(await htmlValidationErrors(site, ['/trends/', facetPage, '/'])).toEqual([]);
    for (const page of ['/trends/', facetPage]) {
      const $ = loadPage(site, page);
      expect(htmlProblems($, ['http://localhost:4321']), page).toEqual([]);
      expect($('[style], style').length, page).toBe(0);
    }
    expect(trends('main script').length).toBe(0);
    expect(each(trends('svg'), (svg) => [attr(svg, 'role'), attr(svg, 'aria-label') !== '']).every(([role, named]) => role === 'img' && named)).toBe(true);
    expect(trends('figure > figcaption').length).toBe(4);
    expect(trends('.site-nav a[href="/trends/"]').text()).toBe('趋势');
    expect(loadPage(site, '/')('main a[href="/trends/"]').length).toBe(1);
  });
});

describe('/trends/ of a single issue (the repository’s archive)', () => {
  it('draws one bar per chart on an axis from 0 to a round number', () => {
    const $ = loadPage(REPO_SITE_DIR, '/trends/');
    expect($('svg[data-chart]').length).toBeGreaterThan(3);
    for (const svg of each($('svg[data-chart]:not([data-chart="journals"])'), (one) => one)) {
      const name = attr(svg, 'data-chart');
      expect([...barsOf(svg).keys()], name).toEqual([name === 'papers-per-year' ? '2026' : '2026-Q2']);
    }
    expect(barsOf($('svg[data-chart="papers-per-year"]'))).toEqual(new Map([['2026', 6]]));
    expect(each($('svg[data-chart="papers-per-year"] text[data-tick]'), (tick) => num(tick, 'data-tick'))).toEqual([0, 2, 4, 6]);
  });
});

describe('/trends/ in Chromium', () => {
  const chromium = useBrowser();
  let server: RunningServer;
  let single: RunningServer;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await serveDirectory(site);
    single = await serveDirectory(REPO_SITE_DIR);
  });
  afterAll(async () => {
    await server?.close();
    await single?.close();
  });

  const relativeLuminance = (rgb: string): number => {
    const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string): number => {
    const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
    return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
  };

  it.each([
    ['phone', 390, 'light', 'generated'],
    ['phone', 390, 'dark', 'generated'],
    ['desktop', 1280, 'light', 'generated'],
    ['desktop', 1280, 'dark', 'generated'],
    ['phone', 390, 'light', 'single-issue'],
  ] as const)('reads on a %s (%ipx, %s scheme, %s archive) without script or overflow', async (name, width, scheme, which) => {
    const context = await chromium.context({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${(which === 'generated' ? server : single).url}/trends/`);
    await page.screenshot({ path: `${SCREENSHOTS}trends-${which}-${name}-${scheme}.png`, fullPage: true });
    expect(scripts).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const colours = await page.evaluate(() => {
      const fill = (selector: string) => getComputedStyle(document.querySelector(selector) as Element).fill;
      return { background: getComputedStyle(document.body).backgroundColor, bar: fill('.chart__bar'), label: fill('.chart__labels text'), value: fill('.chart__values text') };
    });
    // Bars and text stand out from the background in either scheme (3:1 for shapes, 4.5:1 for text).
    expect(contrast(colours.bar, colours.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.label, colours.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.value, colours.background)).toBeGreaterThanOrEqual(4.5);
    // Every chart fits its column.
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('svg.chart')].filter((svg) => svg.getBoundingClientRect().right > (svg.closest('main')?.getBoundingClientRect().right ?? 0) + 1).length,
    );
    expect(overflowing).toBe(0);
    await context.close();
  });

  it('shows a facet page’s per-year chart at phone width', async () => {
    const context = await chromium.context({ viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/modalities/ultrasound/`);
    expect(await page.locator('.year-spark svg').getAttribute('aria-label')).toMatch(/^每年篇数:2025年 \d+篇,2026年 \d+篇$/);
    await page.screenshot({ path: `${SCREENSHOTS}trends-facet-year-chart-phone.png` });
    await context.close();
  });
});
