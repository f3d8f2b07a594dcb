// /papers/<id>.ris: RIS of the original paper (Zotero, EndNote, Mendeley).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPapers } from '../../data/archive.ts';
import type { Paper } from '../../lib/newsletter/archive.ts';
import { risOf } from '../../lib/meta/citation.ts';
import { paperPath } from '../../lib/site/paths.ts';

export const getStaticPaths = (async () => (await getPapers()).map((paper) => ({ params: { id: paper.id }, props: { paper } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ paper: Paper }> = ({ props, site }) =>
  new Response(risOf(props.paper, new URL(paperPath(props.paper.id), site).href), {
    headers: { 'content-type': 'application/x-research-info-systems; charset=utf-8' },
  });
