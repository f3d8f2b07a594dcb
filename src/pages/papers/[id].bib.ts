// /papers/<id>.bib: BibTeX of the original paper.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPapers } from '../../data/archive.ts';
import type { Paper } from '../../lib/newsletter/archive.ts';
import { bibtexOf } from '../../lib/meta/citation.ts';
import { paperPath } from '../../lib/site/paths.ts';

export const getStaticPaths = (async () => (await getPapers()).map((paper) => ({ params: { id: paper.id }, props: { paper } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ paper: Paper }> = ({ props, site }) =>
  new Response(bibtexOf(props.paper, new URL(paperPath(props.paper.id), site).href), {
    headers: { 'content-type': 'application/x-bibtex; charset=utf-8' },
  });
