// Every URL the site builds, in one place, so pages, feeds, the search page and the search index agree, and all of
// them follow the base path the site is deployed under (BASE_PATH, Astro's `base`: `/` or e.g. `/newsletter/`).
import type { Facet } from './facet-names.ts';
import { normalizeBasePath } from './base-path.ts';

/**
 * astro.config.mjs defines __SITE_BASE__ (Astro's `base`) for the build and the browser bundle. Not
 * import.meta.env.BASE_URL: a BASE_URL in the environment (vitest sets one) overrides it in the build. The CLI and
 * unit tests run outside the build, where the site lives at the root.
 */
export const BASE_PATH: string = normalizeBasePath(typeof __SITE_BASE__ === 'string' ? __SITE_BASE__ : undefined);

/** A path of the site (`issues/56/`, with or without a leading slash) under the base path. */
export const sitePath = (path = ''): string => `${BASE_PATH}${path.replace(/^\/+/, '')}`;

/** The same path as an absolute URL on the deployed site (feeds, canonical and OpenGraph links, the sitemap). */
export const absoluteUrl = (path: string, site: URL | string): string => new URL(path, site).href;

export const homePath = (): string => sitePath();
export const issuesPath = (): string => sitePath('issues/');
export const issuePath = (issueNumber: number): string => sitePath(`issues/${issueNumber}/`);
export const paperPath = (paperId: string): string => sitePath(`papers/${paperId}/`);
export const citationPath = (paperId: string, format: 'bib' | 'ris'): string => sitePath(`papers/${paperId}.${format}`);
/** Anchor of a paper inside its issue page. */
export const paperAnchor = (order: number): string => `paper-${order}`;
export const paperInIssuePath = (issueNumber: number, order: number): string => `${issuePath(issueNumber)}#${paperAnchor(order)}`;
/** 趋势: papers per year, modalities and diseases over time, top journals. */
export const trendsPath = (): string => sitePath('trends/');
export const searchPath = (query = ''): string => (query ? `${sitePath('search/')}?q=${encodeURIComponent(query)}` : sitePath('search/'));

export function facetPath(kind: Facet, slug?: string, page = 1): string {
  if (!slug) return sitePath(`${kind}/`);
  return page > 1 ? sitePath(`${kind}/${slug}/${page}/`) : sitePath(`${kind}/${slug}/`);
}
export const facetFeedPath = (kind: Exclude<Facet, 'years'>, slug: string): string => sitePath(`${kind}/${slug}/rss.xml`);
export const mainFeedPath = (): string => sitePath('rss.xml');
/** The page listing every feed; `anchor` points at one feed's entry on it. */
export const subscribePath = (anchor = ''): string => `${sitePath('subscribe/')}${anchor ? `#${anchor}` : ''}`;
/** Every feed as one OPML file, for importing all at once. */
export const opmlPath = (): string => sitePath('feeds.opml');

export const faviconPath = (): string => sitePath('favicon.svg');
export const sitemapPath = (): string => sitePath('sitemap-index.xml');

/** Where the search index's folders live; each build's files sit in a folder named by their hash (searchIndexBuildPath). */
export const searchIndexRootPath = (): string => sitePath('search-index/');
export const searchIndexBuildPath = (buildHash: string): string => `${searchIndexRootPath()}${buildHash}/`;
/** Every paper of a journal, modality, disease or year in one citation file. */
export const facetCitationPath = (kind: Facet, slug: string, format: 'bib' | 'ris'): string => sitePath(`${kind}/${slug}/papers.${format}`);
