// Reading built feeds and the feed list (OPML, /subscribe/) as a feed reader or a reader would: strict XML first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import Parser from 'rss-parser';
import { SaxesParser } from 'saxes';
import { loadArchive, validIssues } from '../../src/lib/archive/load-archive.ts';
import { feedCatalog, type FeedCatalog } from '../../src/lib/feeds/feed-catalog.ts';
import { loadPage, textOf } from './built-pages.ts';

export interface ParsedFeed {
  xml: string;
  feed: Awaited<ReturnType<Parser['parseString']>>;
}

const parser = new Parser({ customFields: { item: [['content:encoded', 'contentEncoded']] } });

/** Throws unless the text is well-formed, namespace-correct XML (a strict, conforming parser). */
export function assertWellFormedXml(xml: string, name: string): void {
  const sax = new SaxesParser({ xmlns: true });
  let failure: Error | null = null;
  sax.on('error', (error) => {
    failure ??= error;
  });
  sax.write(xml).close();
  if (failure) throw new Error(`${name} is not well-formed XML: ${(failure as Error).message}`);
}

export async function readFeed(siteDir: string, path: string): Promise<ParsedFeed> {
  const xml = readFileSync(join(siteDir, path), 'utf8');
  assertWellFormedXml(xml, path);
  return { xml, feed: await parser.parseString(xml) };
}

/** The built file a feed link points to (our own site's pages only). */
export function builtPathOf(link: string, origin: string): string {
  if (!link.startsWith(origin)) throw new Error(`${link} is not on ${origin}`);
  const path = new URL(link).pathname;
  return path.endsWith('/') ? `${path}index.html` : path;
}

/** One <outline> of an OPML file: its attributes, and the outlines inside it (a folder's feeds). */
export interface OpmlOutline {
  attributes: Record<string, string>;
  children: OpmlOutline[];
}

/** The body outlines of an OPML file, after checking it is well-formed XML with an <opml version="2.0"> root. */
export function parseOpml(xml: string, name = 'OPML'): { title: string; outlines: OpmlOutline[] } {
  assertWellFormedXml(xml, name);
  const sax = new SaxesParser();
  const root: OpmlOutline = { attributes: {}, children: [] };
  const open: OpmlOutline[] = [root];
  let title = '';
  let inTitle = false;
  let version = '';
  sax.on('opentag', (tag) => {
    if (tag.name === 'opml') version = String(tag.attributes['version'] ?? '');
    if (tag.name === 'title') inTitle = true;
    if (tag.name !== 'outline') return;
    const outline: OpmlOutline = { attributes: Object.fromEntries(Object.entries(tag.attributes).map(([k, v]) => [k, String(v)])), children: [] };
    open.at(-1)?.children.push(outline);
    open.push(outline);
  });
  sax.on('closetag', (tag) => {
    if (tag.name === 'outline') open.pop();
    if (tag.name === 'title') inTitle = false;
  });
  sax.on('text', (text) => {
    if (inTitle) title += text;
  });
  sax.write(xml).close();
  if (version !== '2.0') throw new Error(`${name} is not OPML 2.0 (version "${version}")`);
  return { title, outlines: root.children };
}

/** Every feed outline (type="rss") of an OPML file, at any depth. */
export function opmlFeeds(outlines: readonly OpmlOutline[]): Record<string, string>[] {
  return outlines.flatMap((o) => [...(o.attributes['type'] === 'rss' ? [o.attributes] : []), ...opmlFeeds(o.children)]);
}

/** How many items a built feed file holds. */
export function feedItemCount(siteDir: string, path: string): number {
  const xml = readFileSync(join(siteDir, path), 'utf8');
  assertWellFormedXml(xml, path);
  return cheerio.load(xml, { xml: true })('rss > channel > item').length;
}

/** The catalog the site should have been built from, computed from content/ by the same library code. */
export function catalogOfContent(contentDir: string): FeedCatalog {
  const archive = loadArchive(contentDir);
  return feedCatalog(validIssues(archive), [...archive.taxonomy.modalities, ...archive.taxonomy.diseases]);
}

/** One feed as /subscribe/ shows it. */
export interface ShownFeed {
  /** id of the section it is listed in, e.g. feeds-diseases. */
  section: string;
  anchor: string;
  name: string;
  href: string;
  /** As shown, e.g. "3 篇". */
  count: string;
  address: string;
  /** What the copy button puts on the clipboard. */
  copies: string;
}

export function feedsOnSubscribePage(siteDir: string): ShownFeed[] {
  const $ = loadPage(siteDir, '/subscribe/');
  return $('li.feed')
    .map((_i, element) => {
      const li = $(element);
      return {
        section: li.closest('section').find('h2').first().attr('id') ?? '',
        anchor: li.attr('id') ?? '',
        name: textOf(li.find('.feed__name')),
        href: li.find('.feed__name').attr('href') ?? '',
        count: textOf(li.find('.feed__count')),
        address: textOf(li.find('.feed__url')),
        copies: li.find('[data-copy-text]').attr('data-copy-text') ?? '',
      };
    })
    .get();
}
