// One feed per journal, modality and disease: one item per paper, newest first.
import { facetPath } from '../../../lib/site/paths.ts';
import { NEWSLETTER_NAME } from '../../../lib/newsletter/name.ts';
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPapers, getTopics, getTopicsBySlug } from '../../../data/archive.ts';
import { FEED_LANGUAGE, FEED_STYLESHEET, paperFeedItems } from '../../../lib/feeds/feed-items.ts';
import { FACETS, facetValues, type FacetValue } from '../../../lib/topics/facets.ts';

const FEED_FACETS = ['journals', 'modalities', 'diseases'] as const;

export const getStaticPaths = (async () => {
  const papers = await getPapers();
  const topics = await getTopics();
  return FEED_FACETS.flatMap((kind) =>
    facetValues(kind, papers, topics).map((value) => ({ params: { facet: kind, value: value.slug }, props: { value } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ value: FacetValue }> = async ({ props, site }) => {
  if (!site) throw new Error('astro.config site is required for feeds');
  const { value } = props;
  const facet = FACETS[value.kind];
  const name = value.labelEn ? `${value.label} ${value.labelEn}` : value.label;
  return rss({
    title: `${NEWSLETTER_NAME} · ${facet.title}:${name}`,
    description: `${NEWSLETTER_NAME}中${facet.title}为「${name}」的论文,每篇一条。`,
    site: new URL(facetPath(value.kind, value.slug), site).href,
    trailingSlash: true,
    stylesheet: FEED_STYLESHEET,
    customData: FEED_LANGUAGE,
    items: paperFeedItems(value.papers, await getTopicsBySlug()),
  });
};
