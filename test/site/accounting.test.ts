// Nothing lost on the way from issue files to readers, and nothing random in the output: a generated archive
// of many issues is built twice; every paper of its issue files has a page, an index entry and a place in the
// topic feeds, and the two builds are identical byte for byte. The same site passes the whole-site checks.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchive, type GeneratedArchive } from '../../scripts/bench/generate-archive.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { siteIndexReader } from '../../src/lib/search/file-reader.ts';
import { noFilters } from '../../src/lib/search/facet-index.ts';
import { buildSiteOrThrow } from '../helpers/build-site.ts';
import { tempDir } from '../helpers/fixture-archive.ts';
import { brokenLinks, builtFiles, htmlValidationErrors } from '../helpers/site-checks.ts';

const PAPERS = 240;
const SITE_URL = 'http://localhost:4321';
let work: string;
let archive: GeneratedArchive;
let siteA: string;
let siteB: string;

beforeAll(() => {
  work = tempDir('accounting-');
  archive = generateArchive({ papers: PAPERS, seed: 7, outDir: work });
  siteA = join(work, 'site-a');
  siteB = join(work, 'site-b');
  buildSiteOrThrow(siteA, { contentDir: archive.contentDir });
  buildSiteOrThrow(siteB, { contentDir: archive.contentDir });
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Paper ids `<issue>-<order>` written in the issue files, counted from their DOI lines' papers by the generator. */
const expectedIds = (): string[] => [...archive.texts.keys()].sort();
const paperIdOfUrl = (url: string): string => /\/papers\/([^/]+)\/$/.exec(new URL(url, SITE_URL).pathname)?.[1] ?? `not a paper URL: ${url}`;

function feedItemLinks(siteDir: string, feedPath: string): string[] {
  const $ = cheerio.load(readFileSync(join(siteDir, feedPath), 'utf8'), { xml: true });
  return $('item > link').map((_i, element) => $(element).text().trim()).get();
}

describe(`a generated archive of ${PAPERS} papers`, () => {
  it('has exactly one page per paper of the issue files', () => {
    const issueFiles = readdirSync(join(archive.contentDir, 'issues'));
    expect(issueFiles).toHaveLength(archive.issueCount);
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

  it('builds byte-identical output twice (no timestamps or random ids)', () => {
    const filesA = builtFiles(siteA);
    expect(builtFiles(siteB)).toEqual(filesA);
    const differing = filesA.filter((file) => !readFileSync(join(siteA, file)).equals(readFileSync(join(siteB, file))));
    expect(differing).toEqual([]);
  });

  it('passes html-validate on every page and has no broken internal link or anchor', async () => {
    expect(await htmlValidationErrors(siteA)).toEqual([]);
    expect(brokenLinks(siteA, SITE_URL)).toEqual([]);
  });
});
