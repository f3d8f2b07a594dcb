// Serves the search index files under a folder named by their hash (/search-index/<hash>/manifest.json, shards/…,
// docs/…), built from the collections. A new build's files get a new folder, so cached files are never stale.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndex } from '../../data/search-index.ts';

export const getStaticPaths = (async () => {
  const { hash, files } = await getSearchIndex();
  return [...files].map(([path, body]) => ({ params: { path: `${hash}/${path}` }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
