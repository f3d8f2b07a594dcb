// Every feed of the site as one OPML file, for importing them all into a feed reader in one step.
import type { APIRoute } from 'astro';
import { getFeedCatalog } from '../data/archive.ts';
import { OPML_CONTENT_TYPE, opmlOf } from '../lib/feeds/opml.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config site is required for feeds');
  return new Response(opmlOf(await getFeedCatalog(), site), { headers: { 'content-type': OPML_CONTENT_TYPE } });
};
