// Nothing lost on the way from issue files to readers, and nothing random in the output: every paper of a generated
// archive's issue files has a page, an index entry and a place in the topic feeds, and the same site passes the
// whole-site checks; one archive built from two content folders gives identical files, byte for byte.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedArchive } from '../../scripts/bench/generate-archive.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { siteIndexReader } from '../../src/lib/search/file-reader.ts';
import { noFilters } from '../../src/lib/search/facet-index.ts';
import { TEST_SITE_URL } from '../helpers/build-site.ts';
import { loadPage } from '../helpers/built-pages.ts';
import { numberedEntries } from '../helpers/numbered-entries.ts';
import { brokenLinks, builtFiles, builtPages, htmlValidationErrors } from '../helpers/site-checks.ts';
import { breathe } from '../helpers/breathe.ts';
import { GENERATED_PAPERS, generatedArchive, withBuiltSite } from '../helpers/site-fixtures.ts';

const PAPERS = GENERATED_PAPERS;
let archive: GeneratedArchive;
let siteA: string;
let builtHere: string;
let builtElsewhere: string;

beforeAll(async () => {
  archive = generatedArchive();
  siteA = (await withBuiltSite('generated')).siteDir;
  // The same archive from two content folders: a content path leaking into the output would make them differ.
  builtHere = (await withBuiltSite('eval')).siteDir;
  builtElsewhere = (await withBuiltSite('eval-elsewhere')).siteDir;
});

/** Paper ids `<issue>-<order>` the generator wrote into the issue files. */
const expectedIds = (): string[] => [...archive.texts.keys()].sort();
const paperIdOfUrl = (url: string): string => /\/papers\/([^/]+)\/$/.exec(new URL(url, TEST_SITE_URL).pathname)?.[1] ?? `not a paper URL: ${url}`;

function feedItemLinks(siteDir: string, feedPath: string): string[] {
  const $ = cheerio.load(readFileSync(join(siteDir, feedPath), 'utf8'), { xml: true });
  return $('item > link').map((_i, element) => $(element).text().trim()).get();
}

describe(`a generated archive of ${PAPERS} papers`, () => {
  it('has exactly one page per paper of the issue files', () => {
    const issueFiles = readdirSync(join(archive.contentDir, 'issues'));
    expect(issueFiles).toHaveLength(archive.issueCount);
    // Counted from the text itself, as a reader would, not from the generator's or the parser's books.
    const entries = issueFiles.reduce((sum, file) => sum + numberedEntries(readFileSync(join(archive.contentDir, 'issues', file), 'utf8')), 0);
    expect(entries).toBe(PAPERS);
    const paperPages = readdirSync(join(siteA, 'papers'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(paperPages.sort()).toEqual(expectedIds());
    expect(paperPages).toHaveLength(PAPERS);
  });

  it('has exactly one search-index entry per paper, each linking to its page', async () => {
    const engine = await SearchEngine.open(siteIndexReader(siteA));
    expect(engine.paperCount).toBe(PAPERS);
    const everything = await engine.search('', noFilters());
    expect(everything.matched.size).toBe(PAPERS);
    expect(everything.hits).toHaveLength(PAPERS);
    const urls = await Promise.all(Array.from({ length: engine.paperCount }, async (_v, n) => (await engine.doc(n)).url));
    expect(urls.map(paperIdOfUrl).sort()).toEqual(expectedIds());
  });

  it('puts every paper in the topic feeds, each journal feed holding that journal’s papers', () => {
    const topicFeeds = builtFiles(siteA).filter((file) => /^\/(journals|modalities|diseases)\/[^/]+\/rss\.xml$/.test(file));
    const union = new Set(topicFeeds.flatMap((feed) => feedItemLinks(siteA, feed).map(paperIdOfUrl)));
    expect([...union].sort()).toEqual(expectedIds());
    const journalFeeds = topicFeeds.filter((file) => file.startsWith('/journals/'));
    const journalItems = journalFeeds.flatMap((feed) => feedItemLinks(siteA, feed));
    // Every paper has exactly one journal, so the journal feeds partition the archive.
    expect(journalItems).toHaveLength(PAPERS);
    expect(feedItemLinks(siteA, '/rss.xml')).toHaveLength(archive.issueCount);
  });

  it('gives each topic feed exactly the papers its facet pages list', async () => {
    const topicFeeds = builtFiles(siteA).filter((file) => /^\/(journals|modalities|diseases)\/[^/]+\/rss\.xml$/.test(file));
    expect(topicFeeds.length).toBeGreaterThan(20);
    const pages = builtPages(siteA);
    for (const feed of topicFeeds) {
      await breathe();
      const facetDir = feed.slice(0, -'rss.xml'.length);
      const listed = pages
        .filter((page) => page.startsWith(facetDir))
        .flatMap((page) => loadPage(siteA, page)('.paper-card__title').map((_i, element) => element.attribs['href'] ?? '').get());
      expect(feedItemLinks(siteA, feed).map(paperIdOfUrl).sort(), feed).toEqual(listed.map(paperIdOfUrl).sort());
    }
  });

  it('lists every paper exactly once across the year pages, later pages of a long year included', () => {
    const yearPages = builtPages(siteA).filter((page) => /^\/years\/\d{4}\/(\d+\/)?$/.test(page));
    expect(yearPages.some((page) => /^\/years\/\d{4}\/2\/$/.test(page))).toBe(true);
    const listed = yearPages.flatMap((page) => loadPage(siteA, page)('.paper-card__title').map((_i, element) => element.attribs['href'] ?? '').get());
    expect(listed).toHaveLength(PAPERS);
    expect(listed.map(paperIdOfUrl).sort()).toEqual(expectedIds());
  });

  // Feed guids, asset hashes and index files included: a reader's feed never sees an item twice.
  it('builds byte-identical output twice (no timestamps, random ids or content paths)', () => {
    const files = builtFiles(builtHere);
    expect(files.length).toBeGreaterThan(100);
    expect(builtFiles(builtElsewhere)).toEqual(files);
    const differing = files.filter((file) => !readFileSync(join(builtHere, file)).equals(readFileSync(join(builtElsewhere, file))));
    expect(differing).toEqual([]);
  });

  // html-validate takes about 60 ms a page, and most of these 500 pages repeat a template whose markup is validated
  // on every page of the repository's and the hostile archive. Here: up to 12 pages of each route (its paper pages,
  // journal pages, later pages of a long list…), spread over the route, so each template meets varied data.
  it('passes html-validate on every kind of page and has no broken internal link or anchor', async () => {
    // /journals/jnm/2/ → journals/*/N: the section, then any value, then any later page.
    const routeOf = (page: string): string =>
      page.split('/').filter(Boolean).map((part, i) => (i === 0 ? part : /^\d+$/.test(part) && i > 1 ? 'N' : '*')).join('/');
    const byRoute = new Map<string, string[]>();
    for (const page of builtPages(siteA)) byRoute.set(routeOf(page), [...(byRoute.get(routeOf(page)) ?? []), page]);
    const validated = [...byRoute.values()].flatMap((pages) => pages.filter((_page, i) => i % Math.ceil(pages.length / 12) === 0));
    expect(byRoute.get('papers/*')?.length).toBe(PAPERS);
    expect(validated.length).toBeGreaterThan(byRoute.size);
    expect(await htmlValidationErrors(siteA, validated)).toEqual([]);
    expect(await brokenLinks(siteA, TEST_SITE_URL)).toEqual([]);
  });
});
