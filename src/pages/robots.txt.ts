// robots.txt pointing crawlers at the sitemap, with the site's own address. Under a sub-path (BASE_PATH) crawlers
// only read the host's own /robots.txt, so the host's owner copies these lines there.
import type { APIRoute } from 'astro';
import { absoluteUrl, homePath, searchIndexRootPath, sitemapPath } from '../lib/site/paths.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: ${homePath()}\nDisallow: ${searchIndexRootPath()}\n\nSitemap: ${absoluteUrl(sitemapPath(), site ?? '')}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
