import { describe, expect, it } from 'vitest';
import { allFeeds, feedCatalog, type FeedCatalog } from '../../../src/lib/feeds/feed-catalog.ts';
import { OPML_TITLE, opmlOf } from '../../../src/lib/feeds/opml.ts';
import { assembleArchive } from '../../../src/lib/newsletter/archive.ts';
import { createTagger } from '../../../src/lib/topics/tagger.ts';
import { opmlFeeds, parseOpml } from '../../helpers/feeds.ts';
import { HOSTILE, XSS_PAYLOADS } from '../../helpers/hostile.ts';
import { realJournals } from '../../helpers/registry.ts';
import { encode, seedText } from '../../helpers/seed.ts';
import { realTaxonomy } from '../../helpers/taxonomy.ts';

const taxonomy = realTaxonomy();
const issues = assembleArchive([{ file: 'a.txt', bytes: encode(seedText()) }], { journals: realJournals(), tag: createTagger(taxonomy) }).flatMap((r) =>
  r.issue ? [r.issue] : [],
);
const catalog = feedCatalog(issues, [...taxonomy.modalities, ...taxonomy.diseases]);
const site = new URL('https://archive.example.org');

describe('the OPML file', () => {
  it('is OPML 2.0 listing every feed of the catalog once, with absolute feed and page URLs', () => {
    const { title, outlines } = parseOpml(opmlOf(catalog, site));
    expect(title).toBe(OPML_TITLE);
    const feeds = opmlFeeds(outlines);
    expect(feeds.map((f) => f['xmlUrl'])).toEqual(allFeeds(catalog).map((f) => `https://archive.example.org${f.path}`));
    expect(feeds.map((f) => f['htmlUrl'])).toEqual(allFeeds(catalog).map((f) => `https://archive.example.org${f.pagePath}`));
    expect(feeds.map((f) => f['text'])).toEqual(allFeeds(catalog).map((f) => f.title));
    for (const feed of feeds) expect(feed).toMatchObject({ type: 'rss', version: 'RSS2', language: 'zh-cn' });
  });

  it('puts the main feed first, then one folder per facet', () => {
    const { outlines } = parseOpml(opmlOf(catalog, site));
    expect(outlines[0]?.attributes['xmlUrl']).toBe('https://archive.example.org/rss.xml');
    expect(outlines.slice(1).map((o) => [o.attributes['text'], o.children.length])).toEqual(
      catalog.groups.map((g) => [`医学影像与AI文献快递 · ${g.title}`, g.feeds.length]),
    );
  });

  it('keeps names with markup, ampersands and quotes as text, and stays well-formed', () => {
    const group = catalog.groups[0];
    const first = group?.feeds[0];
    if (!group || !first) throw new Error('no journal feeds');
    const names = [HOSTILE, ...XSS_PAYLOADS, 'Radiology & Imaging "Cancer" <i>', `A&amp;B ]]> '`];
    const hostile: FeedCatalog = {
      main: { ...catalog.main, title: HOSTILE, description: HOSTILE },
      groups: [{ ...group, title: HOSTILE, feeds: names.map((name) => ({ ...first, title: name, description: name })) }],
    };
    const { outlines } = parseOpml(opmlOf(hostile, site));
    expect(opmlFeeds(outlines).map((f) => [f['text'], f['title'], f['description']])).toEqual([HOSTILE, ...names].map((n) => [n, n, n]));
    expect(outlines[1]?.attributes['text']).toBe(`医学影像与AI文献快递 · ${HOSTILE}`);
  });
});
