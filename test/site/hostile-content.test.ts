// An archive whose every field is an XSS payload builds, shows the payloads as text and runs none of them,
// in the built HTML, in the feeds and in Chromium (with the site's CSP, and with the CSP bypassed).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/site/content-security-policy.ts';
import { doiUrl } from '../../src/lib/newsletter/doi.ts';
import { buildSite } from '../helpers/build-site.ts';
import { loadPage, textOf } from '../helpers/built-pages.ts';
import { cspViolations, recordCspViolations } from '../helpers/csp-violations.ts';
import { useBrowser } from '../helpers/browser.ts';
import { drawnTitles } from '../helpers/search-results.ts';
import { opmlFeeds, parseOpml, readFeed } from '../helpers/feeds.ts';
import { fixtureArchive, tempDir } from '../helpers/fixture-archive.ts';
import {
  ACCEPTED_DOI_LINES,
  HOSTILE_ISSUE_NUMBER,
  HOSTILE_TEXT,
  LONG_ABSTRACT_LINE,
  LONG_SUMMARY_LINE,
  REJECTED_DOI_LINES,
  rejectedLinksIssue,
} from '../helpers/hostile.ts';
import { lineOf } from '../helpers/seed.ts';
import { activeElementProblem, brokenLinks, builtFiles, builtPages, elementProblems, htmlProblems, htmlValidationErrors } from '../helpers/site-checks.ts';
import { serveDirectory, type RunningServer } from '../../scripts/lib/static-server.ts';
import { withBuiltSite } from '../helpers/site-fixtures.ts';

const SCREENSHOTS = fileURLToPath(new URL('../.output/screenshots/', import.meta.url));
const PAPER_IDS = ACCEPTED_DOI_LINES.map((_line, i) => `${HOSTILE_ISSUE_NUMBER}-${i + 1}`);
const PAYLOAD = '<script>alert(1)</script>';
const PHONE = { width: 375, height: 740 };

let site: string;
let siteOrigin: string;
let server: RunningServer;
// Tabs here live for a whole describe block and report page errors among their problems.
const chromium = useBrowser();

/** URL paths of the built pages and feeds, e.g. /papers/66-1/ and /diseases/lung-cancer/rss.xml. */
const pagePaths = (): string[] => builtPages(site);
const feedPaths = (): string[] => builtFiles(site).filter((p) => p.endsWith('rss.xml'));

beforeAll(async () => {
  site = (await withBuiltSite('hostile')).siteDir;
  siteOrigin = new URL(loadPage(site, '/')('link[rel=canonical]').attr('href') ?? '').origin;
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serveDirectory(site);
});
afterAll(async () => {
  await server?.close();
});

// ---- the build ----

describe('a hostile archive', () => {
  it('builds, one page per hostile paper', () => {
    expect(pagePaths()).toEqual(expect.arrayContaining([`/issues/${HOSTILE_ISSUE_NUMBER}/`, ...PAPER_IDS.map((id) => `/papers/${id}/`)]));
  });

  it('is refused with file:line for every 原文 line that is a payload and no DOI', async () => {
    const text = rejectedLinksIssue();
    const contentDir = fixtureArchive({ '2026-09-10-067.txt': text });
    const result = await buildSite(tempDir('hostile-rejected-site-'), { contentDir });
    expect(result.status).not.toBe(0);
    REJECTED_DOI_LINES.forEach((line, i) => {
      const at = `${join(contentDir, 'issues', '2026-09-10-067.txt')}:${lineOf(text, line)}: paper ${i + 1}'s link '`;
      expect(result.output, line).toContain(at);
    });
  });
});

describe('built pages', () => {
  it('are valid HTML, with every internal link and anchor resolving', async () => {
    expect(await htmlValidationErrors(site)).toEqual([]);
    expect(await brokenLinks(site, siteOrigin)).toEqual([]);
  });

  it('carry no handler, script, active element or non-https link from the content', () => {
    const problems: string[] = [];
    for (const path of pagePaths()) {
      const $ = loadPage(site, path);
      expect($('meta[http-equiv="Content-Security-Policy"]').attr('content'), path).toBe(CONTENT_SECURITY_POLICY);
      problems.push(...htmlProblems($, [siteOrigin]).map((p) => `${path}: ${p}`));
    }
    expect(problems).toEqual([]);
  });

  it('show every field of every paper literally', () => {
    const hostileJournals = new Set<string>();
    PAPER_IDS.forEach((id, i) => {
      const $ = loadPage(site, `/papers/${id}/`);
      const { doi } = ACCEPTED_DOI_LINES[i] ?? { doi: '' };
      expect(textOf($('h1')), id).toContain(HOSTILE_TEXT);
      expect($('title').text(), id).toContain(HOSTILE_TEXT);
      expect(textOf($('.paper__title-en')), id).toContain(HOSTILE_TEXT);
      expect(textOf($('.paper__meta dd').first()), id).toContain(i === 2 ? '<img src=x onerror="window.__pwned=1">' : HOSTILE_TEXT);
      const summary = $('.paper__section').first().text();
      for (const label of ['目的', '方法', '结果', '结论']) expect(summary, id).toContain(`${label}${HOSTILE_TEXT}`);
      expect(summary, id).toContain(LONG_SUMMARY_LINE);
      expect(textOf($('.paper__commentary')), id).toContain(HOSTILE_TEXT);
      expect($('.paper__abstract').text(), id).toContain(HOSTILE_TEXT);
      expect($('.paper__abstract').text(), id).toContain(LONG_ABSTRACT_LINE);
      expect($('a.doi').text(), id).toBe(doi);
      expect($('a.doi').attr('href'), id).toBe(doiUrl(doi));
      expect($('meta[name=citation_doi]').attr('content'), id).toBe(doi);
      const ld = JSON.parse($('script[type="application/ld+json"]').text()) as { headline: string; about: { sameAs: string } };
      expect(ld.headline, id).toContain(HOSTILE_TEXT);
      expect(ld.about.sameAs, id).toBe(doiUrl(doi));
      hostileJournals.add($('.paper__meta dd a').first().attr('href') ?? '');
    });
    // Entity text stays entity text: the HTML escapes the ampersand of "&amp;" once more.
    expect(readFileSync(join(site, 'papers', PAPER_IDS[0] ?? '', 'index.html'), 'utf8')).toContain('&amp;amp; &amp;lt;b&amp;gt;');
    expect(textOf(loadPage(site, `/issues/${HOSTILE_ISSUE_NUMBER}/`)('.issue-header'))).toContain(HOSTILE_TEXT);
    expect(textOf(loadPage(site, '/journals/')('.facet-values'))).toContain(HOSTILE_TEXT);
    for (const journal of hostileJournals) expect(textOf(loadPage(site, journal)('.paper-list')), journal).toContain(HOSTILE_TEXT);
  });
});

describe('built feeds', () => {
  it('are well-formed XML carrying the payloads as text, with feed HTML as safe as the pages', async () => {
    const feeds = feedPaths();
    expect(feeds.length).toBeGreaterThan(10);
    for (const path of feeds) {
      const { feed, xml } = await readFeed(site, path.slice(1));
      expect(xml, path).not.toMatch(/<(?:script|img|svg|iframe)\b/i);
      expect(feed.items.length, path).toBeGreaterThan(0);
      for (const item of feed.items) {
        const html = (item as { contentEncoded?: string }).contentEncoded ?? '';
        const $ = cheerio.load(html);
        expect(htmlProblems($, [siteOrigin]), path).toEqual([]);
        expect($.text(), path).toContain(HOSTILE_TEXT);
        // Readers render <description> as HTML: it must hold the payload as escaped text, never as markup.
        const description = cheerio.load(item.content ?? '');
        expect(description('body *').toArray().map((element) => element.tagName).filter((tag) => tag !== 'br'), path).toEqual([]);
        expect(description.text(), path).toContain(HOSTILE_TEXT);
        if (path !== '/rss.xml') expect(item.title, path).toContain(HOSTILE_TEXT);
      }
    }
  });
});

describe('the feed list', () => {
  it('is well-formed OPML naming the hostile journals literally, one outline per built feed', () => {
    const { outlines } = parseOpml(readFileSync(join(site, 'feeds.opml'), 'utf8'), 'feeds.opml');
    const feeds = opmlFeeds(outlines);
    expect(feeds.map((f) => new URL(f['xmlUrl'] ?? '').pathname).sort()).toEqual(feedPaths().sort());
    const journals = feeds.filter((f) => f['xmlUrl']?.includes('/journals/'));
    expect(journals.some((f) => f['text']?.includes(HOSTILE_TEXT))).toBe(true);
    expect(journals.some((f) => f['text']?.includes('<img src=x onerror="window.__pwned=1">'))).toBe(true);
  });

  it('shows the hostile journal names as text on /subscribe/, and copy buttons carry only our addresses', () => {
    const $ = loadPage(site, '/subscribe/');
    expect(textOf($('#feeds-journals').closest('section'))).toContain(HOSTILE_TEXT);
    const copies = $('[data-copy-text]').map((_i, b) => $(b).attr('data-copy-text')).get();
    expect(copies.length).toBe(feedPaths().length);
    for (const text of copies) {
      expect(new URL(text).origin, text).toBe(siteOrigin);
      expect(new URL(text).pathname, text).toMatch(/^\/(?:[a-z]+\/[a-z0-9-]+\/)?rss\.xml$/);
    }
  });
});

// ---- in Chromium ----

/** One browser tab that records everything a payload could do: dialogs, errors, console output, CSP reports, stray requests. */
interface Tab {
  page: Page;
  /**
   * What went wrong since the last call; `layout` also checks the page fits a phone's width. `ownMarkup` false
   * for a feed: the browser draws raw XML with markup of its own (a <style> among it), so only what ran counts.
   */
  problems(layout: boolean, ownMarkup?: boolean): Promise<string[]>;
}

async function openTab(bypassCSP: boolean): Promise<Tab> {
  const context = await chromium.browser.newContext({ viewport: PHONE, bypassCSP });
  await recordCspViolations(context);
  const page = await context.newPage();
  let seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => seen.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    // Headless asks for a favicon.ico.
    if (message.location().url.endsWith('/favicon.ico')) return;
    seen.push(`console ${message.type()}: ${text.slice(0, 200)}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    const ours = url.origin === server.url && (request.isNavigationRequest() || /^\/(?:_astro\/|search-index\/|favicon\.(?:svg|ico)$)/.test(url.pathname));
    if (!ours) seen.push(`request ${request.url().slice(0, 160)}`);
  });
  return {
    page,
    async problems(layout, ownMarkup = true) {
      const inPage = await page.evaluate((checkLayout) => {
        const w = window as unknown as { __pwned?: unknown };
        const root = document.documentElement;
        return {
          pwned: w.__pwned,
          overflow: checkLayout ? root.scrollWidth - root.clientWidth : 0,
          // The site's own "第N期" after a journal name or title must not be reversed by a bidi control in it.
          reversed: [...document.querySelectorAll('a[href^="/issues/"]')]
            .map((a) => a.firstChild)
            .filter((n): n is Text => n instanceof Text && /^第\d+期$/.test(n.data))
            .filter((n) => {
              const range = document.createRange();
              range.setStart(n, 0);
              range.setEnd(n, 1);
              const first = range.getBoundingClientRect().left;
              range.setStart(n, n.length - 1);
              range.setEnd(n, n.length);
              return range.getBoundingClientRect().left < first;
            })
            .map((n) => n.data),
          elements: [...document.querySelectorAll('*')].map((el) => ({
            tag: el.localName,
            attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
            text: el.localName === 'script' ? (el.textContent ?? '') : '',
          })),
        };
      }, layout);
      const problems = seen;
      seen = [];
      if (inPage.pwned !== undefined) problems.push(`window.__pwned = ${JSON.stringify(inPage.pwned)}`);
      problems.push(...(await cspViolations(page)).map((v) => `CSP violation: ${v}`));
      if (inPage.overflow > 0) problems.push(`wider than the phone by ${inPage.overflow}px`);
      problems.push(...inPage.reversed.map((text) => `"${text}" shown right to left`));
      for (const element of ownMarkup ? inPage.elements : []) {
        const active = activeElementProblem(element);
        if (active) problems.push(active);
        problems.push(...elementProblems(element, [siteOrigin, server.url]));
      }
      return problems;
    },
  };
}

/** Opens `path` in the tab, optionally acts on the page, and returns the problems prefixed with where they happened. */
async function visit(tab: Tab, path: string, mustShowPayload: boolean, act?: (page: Page) => Promise<void>): Promise<string[]> {
  const { page } = tab;
  const isFeed = path.endsWith('.xml');
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  // Text the page shows: proves the payload was rendered, not dropped.
  const shown = await page.evaluate(() => document.documentElement.textContent ?? '');
  const problems = !mustShowPayload || shown.includes(PAYLOAD) ? [] : ['payload text not shown'];
  // A feed is shown as the browser's own view of raw XML (no stylesheet): it must stay an XML document.
  if (isFeed && !(await page.evaluate(() => document instanceof XMLDocument))) problems.push('feed not shown as XML');
  if (act) await act(page);
  // Site pages must fit a phone; the browser's raw XML view of a feed is not ours to lay out.
  problems.push(...(await tab.problems(!isFeed, !isFeed)));
  return problems.map((p) => `${path}: ${p}`);
}

describe.each([
  ['with its Content-Security-Policy', false],
  ['with the CSP bypassed, so only escaping stands between payload and page', true],
])('in Chromium %s', (_name, bypassCSP) => {
  let tab: Tab;
  beforeAll(async () => {
    tab = await openTab(bypassCSP);
  });
  afterAll(async () => {
    await tab?.page.context().close();
  });

  it('no payload runs on any page, and no page is wider than a phone', async () => {
    // A page whose built HTML shows the payload as text must show it in the browser too: proof it rendered.
    const showing = pagePaths().filter((path) => loadPage(site, path)('body').text().includes(PAYLOAD));
    expect(showing).toEqual(expect.arrayContaining([`/issues/${HOSTILE_ISSUE_NUMBER}/`, '/journals/', '/diseases/lung-cancer/', '/modalities/pet/', '/years/2026/', '/subscribe/']));
    expect(pagePaths().length).toBeGreaterThan(25);
    const problems: string[] = [];
    for (const path of pagePaths()) problems.push(...(await visit(tab, path, showing.includes(path))));
    expect(problems).toEqual([]);
  });

  it(bypassCSP ? 'runs an inline script when the CSP is bypassed (the canary the other pass relies on)' : 'blocks an inline script injected into a page (the policy is in force)', async () => {
    await tab.page.goto(`${server.url}/papers/${PAPER_IDS[0]}/`, { waitUntil: 'load' });
    const canary = await tab.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__canary = 1';
      document.head.append(script);
      return (window as unknown as { __canary?: number }).__canary;
    });
    const problems = await tab.problems(false);
    if (bypassCSP) {
      expect(canary).toBe(1);
      expect(problems.filter((p) => p.startsWith('CSP violation'))).toEqual([]);
    } else {
      expect(canary).toBeUndefined();
      expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^CSP violation: script-src/)]));
    }
  });

  it('no payload runs in any feed', async () => {
    const problems: string[] = [];
    // The main feed's items are titled by issue number; its payloads sit in HTML content, escaped once more, so
    // the raw view shows them escaped. Topic feeds carry them in item titles, as text.
    for (const path of feedPaths()) problems.push(...(await visit(tab, path, path !== '/rss.xml')));
    expect(problems).toEqual([]);
  });

  it('shows the payloads as text on paper and issue pages', async () => {
    const { page } = tab;
    for (const id of PAPER_IDS) {
      await page.goto(`${server.url}/papers/${id}/`);
      expect(await page.locator('h1').innerText()).toContain(PAYLOAD);
      expect(await page.locator('.paper__title-en').innerText()).toContain('"><svg onload=alert(1)>');
      expect(await page.locator('.paper__abstract').innerText()).toContain('&amp; &lt;b&gt;');
      expect(await page.locator('.paper__section').first().innerText()).toContain(LONG_SUMMARY_LINE);
    }
    if (!bypassCSP) await page.screenshot({ path: `${SCREENSHOTS}hostile-paper-phone.png` });
    await page.goto(`${server.url}/issues/${HOSTILE_ISSUE_NUMBER}/`);
    expect(await page.locator('article.paper').count()).toBe(PAPER_IDS.length);
    expect(await page.locator('h1').innerText()).toContain(`第${HOSTILE_ISSUE_NUMBER}期`);
    expect(await page.locator('.issue-contents').innerText()).toContain(PAYLOAD);
    expect(await tab.problems(true)).toEqual([]);
  });

  it('search finds the hostile papers and shows typed and linked payloads as text', async () => {
    const results = async (page: Page) => (await drawnTitles(page)) ?? [];
    // Cards load one by one as they near the viewport; on a 2-core machine busy with builds that takes seconds.
    const eventually = <T>(value: () => T | Promise<T>) => expect.poll(value, { timeout: 15_000 });
    const status = (page: Page) => page.locator('[data-status]').innerText();
    const problems: string[] = [];

    for (const typed of ['<script>', '"><svg onload=alert(1)>', PAYLOAD]) {
      problems.push(
        ...(await visit(tab, '/search/', false, async (page) => {
          await expect.poll(() => status(page)).toContain('全部');
          await page.locator('#search-query').fill(typed);
          await expect.poll(() => status(page)).toContain(`与“${typed}”相关`);
          await eventually(() => results(page)).toHaveLength(PAPER_IDS.length);
          expect((await results(page)).every((title) => title.includes(PAYLOAD))).toBe(true);
          expect(await page.locator('.paper-card__snippet').first().innerText()).not.toBe('');
        })),
      );
    }

    const linked = '<img src=x onerror=alert(1)>';
    problems.push(
      ...(await visit(tab, `/search/?q=${linked}`, false, async (page) => {
        await expect.poll(() => status(page)).toContain(`与“${linked}”相关`);
        expect(await page.locator('#search-query').inputValue()).toBe(linked);
        await eventually(() => results(page)).toHaveLength(PAPER_IDS.length);
      })),
    );

    // The header's search box on a reading page leads to the same, safe, results.
    problems.push(
      ...(await visit(tab, `/issues/${HOSTILE_ISSUE_NUMBER}/`, true, async (page) => {
        await page.locator('#site-search-input').fill(PAYLOAD);
        await page.locator('#site-search-input').press('Enter');
        await page.waitForURL(/\/search\/\?q=/);
        await eventually(() => results(page)).toHaveLength(PAPER_IDS.length);
        expect(await page.locator('#search-query').inputValue()).toBe(PAYLOAD);
      })),
    );
    expect(problems).toEqual([]);
  });
});
