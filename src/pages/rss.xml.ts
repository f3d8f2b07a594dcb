// The whole newsletter as RSS: one item per issue, the issue in full as content.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { absoluteUrl, homePath } from '../lib/site/paths.ts';
import { getIssues, getTopicsBySlug } from '../data/archive.ts';
import { mainFeedOf } from '../lib/feeds/feed-catalog.ts';
import { FEED_LANGUAGE, issueFeedItems } from '../lib/feeds/feed-items.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config site is required for feeds');
  const feed = mainFeedOf(await getIssues());
  return rss({
    title: feed.title,
    description: feed.description,
    site: absoluteUrl(homePath(), site),
    trailingSlash: true,
    customData: FEED_LANGUAGE,
    items: issueFeedItems(feed.issues, site, await getTopicsBySlug()),
  });
};
