// /<facet>/<value>/papers.ris and papers.bib: every paper of a journal, modality, disease or year, newest first, in
// one file a reference manager imports at once.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPapers, getTopics } from '../../../data/archive.ts';
import { citationFile, type CitationFormat } from '../../../lib/meta/citation.ts';
import { absoluteUrl, paperPath } from '../../../lib/site/paths.ts';
import { FACET_NAMES } from '../../../lib/site/facet-names.ts';
import { facetValues, type FacetValue } from '../../../lib/topics/facets.ts';

const TYPES: Record<CitationFormat, string> = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
};

export const getStaticPaths = (async () => {
  const papers = await getPapers();
  const topics = await getTopics();
  return FACET_NAMES.flatMap((kind) =>
    facetValues(kind, papers, topics).flatMap((value) =>
      (['bib', 'ris'] as const).map((format) => ({ params: { facet: kind, value: value.slug, format }, props: { value, format } })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ value: FacetValue; format: CitationFormat }> = ({ props, site }) =>
  new Response(citationFile(props.value.papers, props.format, (paper) => absoluteUrl(paperPath(paper.id), site ?? '')), {
    headers: { 'content-type': TYPES[props.format] },
  });
