import { describe, expect, it } from 'vitest';
import { allFeeds, feedCatalog, mainFeedOf, topicFeedOf } from '../../../src/lib/feeds/feed-catalog.ts';
import { issueFeedItems, paperFeedItems } from '../../../src/lib/feeds/feed-items.ts';
import { assembleArchive } from '../../../src/lib/newsletter/archive.ts';
import { createTagger } from '../../../src/lib/topics/tagger.ts';
import { facetValues } from '../../../src/lib/topics/facets.ts';
import { derivedIssue } from '../../helpers/fixture-issues.ts';
import { realJournals } from '../../helpers/registry.ts';
import { encode } from '../../helpers/seed.ts';
import { realTaxonomy } from '../../helpers/taxonomy.ts';

const taxonomy = realTaxonomy();
const topics = [...taxonomy.modalities, ...taxonomy.diseases];
const issues = assembleArchive(
  [
    { file: 'a.txt', bytes: encode(derivedIssue(56, '2026-06-25')) },
    { file: 'b.txt', bytes: encode(derivedIssue(57, '2027-01-07', (t) => t.replace('期刊:EJNMMI', '期刊:Radiology'))) },
  ],
  { journals: realJournals(), tag: createTagger(taxonomy) },
).flatMap((r) => (r.issue ? [r.issue] : []));
const papers = issues.flatMap((issue) => issue.papers);
const site = new URL('https://archive.example.org');
const catalog = feedCatalog(issues, topics);

describe('the feed catalog', () => {
  it('starts with the main feed: one item per issue, newest first, as the feed writes them', () => {
    expect(catalog.main).toMatchObject({ kind: 'main', title: '医学影像与AI文献快递', path: '/rss.xml', pagePath: '/', anchor: 'feed-main', itemCount: 2, itemUnit: '期' });
    expect(catalog.main.issues.map((i) => i.number)).toEqual([57, 56]);
    expect(issueFeedItems(catalog.main.issues, site, taxonomy.bySlug)).toHaveLength(catalog.main.itemCount);
  });

  it('groups topic feeds by journal, modality and disease, one per value with papers, none for years', () => {
    expect(catalog.groups.map((g) => [g.kind, g.title])).toEqual([
      ['journals', '期刊'],
      ['modalities', '成像方式'],
      ['diseases', '疾病'],
    ]);
    for (const group of catalog.groups) {
      expect(group.feeds.map((f) => [f.slug, f.itemCount]), group.kind).toEqual(facetValues(group.kind, papers, topics).map((v) => [v.slug, v.papers.length]));
    }
    expect(catalog.groups.find((g) => g.kind === 'journals')?.feeds.map((f) => f.slug)).toEqual(['npj-digital-medicine', 'european-radiology', 'jnm', 'ejnmmi', 'radiology']);
  });

  it('counts exactly the items each topic feed writes: one per paper', () => {
    for (const feed of allFeeds(catalog)) {
      if (feed.kind === 'main') continue;
      expect(feed.itemCount, feed.path).toBe(feed.papers.length);
      expect(paperFeedItems(feed.papers, taxonomy.bySlug), feed.path).toHaveLength(feed.itemCount);
      expect(feed.itemUnit).toBe('篇');
    }
  });

  it('names each feed in Chinese with its address, its page and an anchor on /subscribe/', () => {
    const hf = allFeeds(catalog).find((f) => f.kind === 'diseases' && f.slug === 'heart-failure');
    expect(hf).toMatchObject({
      title: '医学影像与AI文献快递 · 疾病:心力衰竭 Heart failure',
      name: '心力衰竭 Heart failure',
      path: '/diseases/heart-failure/rss.xml',
      pagePath: '/diseases/heart-failure/',
      anchor: 'feed-diseases-heart-failure',
      itemCount: 2,
    });
    const radiology = allFeeds(catalog).find((f) => f.path === '/journals/radiology/rss.xml');
    expect(radiology).toMatchObject({ title: '医学影像与AI文献快递 · 期刊:Radiology', name: 'Radiology', itemCount: 1 });
  });

  it('gives every feed its own path and anchor, main feed first', () => {
    const feeds = allFeeds(catalog);
    expect(feeds[0]).toBe(catalog.main);
    expect(feeds).toHaveLength(1 + catalog.groups.reduce((n, g) => n + g.feeds.length, 0));
    expect(new Set(feeds.map((f) => f.path)).size).toBe(feeds.length);
    expect(new Set(feeds.map((f) => f.anchor)).size).toBe(feeds.length);
    for (const feed of feeds) expect(feed.anchor).toMatch(/^feed-[a-z0-9-]+$/);
  });

  it('builds the same feed for a facet page as for the catalog', () => {
    const lymphoma = facetValues('diseases', papers, topics).find((v) => v.slug === 'lymphoma');
    if (lymphoma?.kind !== 'diseases') throw new Error('no lymphoma papers');
    expect(topicFeedOf({ ...lymphoma, kind: 'diseases' })).toEqual(catalog.groups[2]?.feeds.find((f) => f.slug === 'lymphoma'));
    expect(mainFeedOf([...issues].reverse())).toEqual(catalog.main);
  });

  it('has only the main feed, with no items, for an empty archive', () => {
    expect(feedCatalog([], topics)).toEqual({ main: expect.objectContaining({ itemCount: 0, issues: [] }) as unknown, groups: [] });
  });
});
