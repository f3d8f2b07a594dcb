// Serves the search index files (/search-index/manifest.json, shards/…, docs/…), built from the collections.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndexFiles } from '../../data/search-index.ts';

export const getStaticPaths = (async () => {
  const files = await getSearchIndexFiles();
  return [...files].map(([path, body]) => ({ params: { path }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
