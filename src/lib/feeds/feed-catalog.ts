// Every feed the site publishes, as one list: the feed files, /subscribe/ and /feeds.opml all read it,
// so a feed's title, address and item count cannot differ between them.
import type { Issue, Paper } from '../newsletter/archive.ts';
import { NEWSLETTER_NAME } from '../newsletter/name.ts';
import { papersOf, sortIssuesNewestFirst } from '../site/archive-views.ts';
import { facetFeedPath, facetPath, homePath, mainFeedPath } from '../site/paths.ts';
import { FACETS, type Facet } from '../site/facet-names.ts';
import { facetValues, type FacetValue } from '../topics/facets.ts';
import type { Topic } from '../topics/taxonomy.ts';

/** Facets that have a feed per value, in the order /subscribe/ and the OPML list them (years have none). */
export const FEED_FACETS = ['journals', 'modalities', 'diseases'] as const satisfies readonly Facet[];
export type FeedFacet = (typeof FEED_FACETS)[number];

interface FeedBase {
  /** The channel's <title>, as a feed reader lists it. */
  title: string;
  /** Short name for lists: 全部内容, a journal's name, 肺癌 Lung cancer. */
  name: string;
  description: string;
  /** Path of the feed file, e.g. /diseases/lung-cancer/rss.xml. */
  path: string;
  /** Path of the page whose papers the feed follows. */
  pagePath: string;
  /** Element id of the feed's entry on /subscribe/. */
  anchor: string;
  /** Items the feed file holds: one per issue below, or one per paper. */
  itemCount: number;
  /** What one item is, for counts: 期 (an issue in full) or 篇 (a paper). */
  itemUnit: '期' | '篇';
}

/** The whole newsletter: one item per issue. */
export interface MainFeed extends FeedBase {
  kind: 'main';
  /** Newest first, exactly the feed's items. */
  issues: readonly Issue[];
}

/** One journal, modality or disease: one item per paper. */
export interface TopicFeed extends FeedBase {
  kind: FeedFacet;
  slug: string;
  /** Newest first, exactly the feed's items. */
  papers: readonly Paper[];
}

export type Feed = MainFeed | TopicFeed;

export interface FeedGroup {
  kind: FeedFacet;
  /** Chinese name of the facet: 期刊, 成像方式, 疾病. */
  title: string;
  /** Most papers first, as the facet pages list them. */
  feeds: TopicFeed[];
}

export interface FeedCatalog {
  main: MainFeed;
  /** Only facets with at least one feed. */
  groups: FeedGroup[];
}

export function mainFeedOf(issues: readonly Issue[]): MainFeed {
  return {
    kind: 'main',
    title: NEWSLETTER_NAME,
    name: '全部内容',
    description: '每周精选医学影像与医疗AI论文:中文摘要、本刊点评、英文原摘要与 DOI。',
    path: mainFeedPath(),
    pagePath: homePath(),
    anchor: 'feed-main',
    itemCount: issues.length,
    itemUnit: '期',
    issues: sortIssuesNewestFirst(issues),
  };
}

export function topicFeedOf(value: FacetValue & { kind: FeedFacet }): TopicFeed {
  const facet = FACETS[value.kind];
  const name = value.labelEn ? `${value.label} ${value.labelEn}` : value.label;
  return {
    kind: value.kind,
    slug: value.slug,
    title: `${NEWSLETTER_NAME} · ${facet.title}:${name}`,
    name,
    description: `${NEWSLETTER_NAME}中${facet.title}为「${name}」的论文,每篇一条。`,
    path: facetFeedPath(value.kind, value.slug),
    pagePath: facetPath(value.kind, value.slug),
    anchor: `feed-${value.kind}-${value.slug}`,
    itemCount: value.papers.length,
    itemUnit: '篇',
    papers: value.papers,
  };
}

const isTopicFeedValue = (value: FacetValue): value is FacetValue & { kind: FeedFacet } =>
  (FEED_FACETS as readonly string[]).includes(value.kind);

/** The main feed, then one feed per journal, modality and disease that has papers. */
export function feedCatalog(issues: readonly Issue[], topics: readonly Topic[]): FeedCatalog {
  const papers = papersOf(issues);
  const groups = FEED_FACETS.map((kind) => ({
    kind,
    title: FACETS[kind].title,
    feeds: facetValues(kind, papers, topics).filter(isTopicFeedValue).map(topicFeedOf),
  })).filter((group) => group.feeds.length > 0);
  return { main: mainFeedOf(issues), groups };
}

/** Every feed of the catalog, main feed first. */
export function allFeeds(catalog: FeedCatalog): Feed[] {
  return [catalog.main, ...catalog.groups.flatMap((group) => group.feeds)];
}
