// The whole newsletter as RSS: one item per issue, the issue in full as content.
import { NEWSLETTER_NAME } from '../lib/newsletter/name.ts';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { absoluteUrl, homePath } from '../lib/site/paths.ts';
import { getIssues, getTopicsBySlug } from '../data/archive.ts';
import { FEED_LANGUAGE, FEED_STYLESHEET, issueFeedItems } from '../lib/feeds/feed-items.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config site is required for feeds');
  return rss({
    title: NEWSLETTER_NAME,
    description: '每周精选医学影像与医疗AI论文:中文摘要、本刊点评、英文原摘要与 DOI。',
    site: absoluteUrl(homePath(), site),
    trailingSlash: true,
    stylesheet: FEED_STYLESHEET,
    customData: FEED_LANGUAGE,
    items: issueFeedItems(await getIssues(), site, await getTopicsBySlug()),
  });
};
