// The feed catalog as OPML 2.0 (https://opml.org/spec2.opml): every feed in one file a reader imports at once.
import { NEWSLETTER_NAME } from '../newsletter/name.ts';
import { absoluteUrl } from '../site/paths.ts';
import type { Feed, FeedCatalog } from './feed-catalog.ts';
import { escapeHtml } from './html.ts';

export const OPML_TITLE = `${NEWSLETTER_NAME} · 全部订阅源`;
export const OPML_CONTENT_TYPE = 'text/x-opml; charset=utf-8';

/** XML gives the same five characters special meaning in text and attribute values as HTML does. */
const escapeXml = escapeHtml;

function attributes(pairs: Record<string, string>): string {
  return Object.entries(pairs)
    .map(([name, value]) => `${name}="${escapeXml(value)}"`)
    .join(' ');
}

function feedOutline(feed: Feed, site: URL, indent: string): string {
  return `${indent}<outline ${attributes({
    type: 'rss',
    version: 'RSS2',
    text: feed.title,
    title: feed.title,
    description: feed.description,
    xmlUrl: absoluteUrl(feed.path, site),
    htmlUrl: absoluteUrl(feed.pagePath, site),
    language: 'zh-cn',
  })}/>`;
}

/** Main feed at the top; journal, modality and disease feeds each in a folder (readers make folders of them). */
export function opmlOf(catalog: FeedCatalog, site: URL): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXml(OPML_TITLE)}</title>`,
    '    <docs>https://opml.org/spec2.opml</docs>',
    '  </head>',
    '  <body>',
    feedOutline(catalog.main, site, '    '),
    ...catalog.groups.flatMap((group) => {
      const folder = `${NEWSLETTER_NAME} · ${group.title}`;
      return [`    <outline ${attributes({ text: folder, title: folder })}>`, ...group.feeds.map((feed) => feedOutline(feed, site, '      ')), '    </outline>'];
    }),
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
