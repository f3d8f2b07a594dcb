// Head metadata every page carries (canonical, OpenGraph, Twitter card, feeds), as data the layout renders.
import { absoluteUrl, mainFeedPath } from '../site/paths.ts';
import { NEWSLETTER_NAME } from '../newsletter/name.ts';
import { SITE_NAME } from '../site/site-name.ts';
import { sliceBidiSafe } from '../text/bidi.ts';

/** What a <link rel="alternate"> announces: an RSS feed, or the OPML list of every feed. */
export type FeedLinkType = 'application/rss+xml' | 'text/x-opml';

export interface FeedLink {
  title: string;
  href: string;
  /** RSS unless said otherwise. */
  type?: FeedLinkType;
}

export interface HeadInput {
  title: string;
  description: string;
  /** Path of the page, e.g. /papers/56-1/. */
  path: string;
  site: URL;
  ogType: 'website' | 'article';
  /** Feeds of this page besides the main one. */
  feeds: readonly FeedLink[];
  /** False for pages that are not content (the 404 page): no canonical URL, and robots told not to index. */
  indexable?: boolean;
}

export interface HeadMeta {
  fullTitle: string;
  canonical: string | null;
  /** <meta property|name=… content=…> in order. */
  meta: { attribute: 'property' | 'name'; key: string; content: string }[];
  feeds: Required<FeedLink>[];
}

export function headMeta(input: HeadInput): HeadMeta {
  const fullTitle = input.title === SITE_NAME ? input.title : `${input.title} | ${SITE_NAME}`;
  const indexable = input.indexable ?? true;
  const canonical = indexable ? new URL(input.path, input.site).href : null;
  const description = sliceBidiSafe(input.description.replace(/\s+/g, ' ').trim(), 0, 200);
  return {
    fullTitle,
    canonical,
    meta: [
      ...(indexable ? [] : [{ attribute: 'name' as const, key: 'robots', content: 'noindex' }]),
      { attribute: 'name', key: 'description', content: description },
      { attribute: 'property', key: 'og:site_name', content: SITE_NAME },
      { attribute: 'property', key: 'og:title', content: input.title },
      { attribute: 'property', key: 'og:description', content: description },
      { attribute: 'property', key: 'og:type', content: input.ogType },
      ...(canonical ? [{ attribute: 'property' as const, key: 'og:url', content: canonical }] : []),
      { attribute: 'property', key: 'og:locale', content: 'zh_CN' },
      { attribute: 'name', key: 'twitter:card', content: 'summary' },
      { attribute: 'name', key: 'twitter:title', content: input.title },
      { attribute: 'name', key: 'twitter:description', content: description },
    ],
    feeds: [{ title: `${NEWSLETTER_NAME}(全部)`, href: mainFeedPath() }, ...input.feeds].map((f) => ({
      title: f.title,
      href: absoluteUrl(f.href, input.site),
      type: f.type ?? 'application/rss+xml',
    })),
  };
}
