// One feed per journal, modality and disease (the catalog's topic feeds): one item per paper, newest first.
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getFeedCatalog, getTopicsBySlug } from '../../../data/archive.ts';
import type { TopicFeed } from '../../../lib/feeds/feed-catalog.ts';
import { FEED_LANGUAGE, paperFeedItems } from '../../../lib/feeds/feed-items.ts';
import { absoluteUrl } from '../../../lib/site/paths.ts';

export const getStaticPaths = (async () => {
  const catalog = await getFeedCatalog();
  return catalog.groups.flatMap((group) => group.feeds.map((feed) => ({ params: { facet: feed.kind, value: feed.slug }, props: { feed } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: TopicFeed }> = async ({ props, site }) => {
  if (!site) throw new Error('astro.config site is required for feeds');
  const { feed } = props;
  return rss({
    title: feed.title,
    description: feed.description,
    site: absoluteUrl(feed.pagePath, site),
    trailingSlash: true,
    customData: FEED_LANGUAGE,
    items: paperFeedItems(feed.papers, await getTopicsBySlug()),
  });
};
