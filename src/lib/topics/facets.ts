// The values of each facet (site/facet-names.ts) with their papers, and a paper's tags as links to them.
import type { Paper } from '../newsletter/archive.ts';
import { sortPapersNewestFirst } from '../site/archive-views.ts';
import { yearOf } from '../site/dates.ts';
import type { Facet, TopicFacet } from '../site/facet-names.ts';
import { facetPath } from '../site/paths.ts';
import type { Topic } from './taxonomy.ts';

export interface FacetValue {
  kind: Facet;
  slug: string;
  /** Chinese label (journal names and years are their own label). */
  label: string;
  /** English beside the Chinese where it helps; null when the label is already English or a number. */
  labelEn: string | null;
  /** Newest first. */
  papers: Paper[];
}

export const PAPERS_PER_FACET_PAGE = 50;

/** Values with at least one paper: most papers first; years newest first. */
export function facetValues(kind: Facet, papers: readonly Paper[], topics: readonly Topic[]): FacetValue[] {
  const groups = new Map<string, { label: string; labelEn: string | null; order: number; papers: Paper[] }>();
  const add = (slug: string, label: string, labelEn: string | null, order: number, paper: Paper) => {
    const group = groups.get(slug) ?? { label, labelEn, order, papers: [] };
    group.papers.push(paper);
    groups.set(slug, group);
  };
  const topicOrder = new Map(topics.map((topic, index) => [topic.slug, { topic, index }]));
  for (const paper of papers) {
    if (kind === 'journals') add(paper.journal.slug, paper.journal.name, null, 0, paper);
    if (kind === 'years') add(String(yearOf(paper.issueDate)), String(yearOf(paper.issueDate)), null, -yearOf(paper.issueDate), paper);
    const slugs = kind === 'modalities' ? paper.modalities : kind === 'diseases' ? paper.diseases : [];
    for (const slug of slugs) {
      const known = topicOrder.get(slug);
      add(slug, known?.topic.label ?? slug, known?.topic.labelEn ?? null, known?.index ?? Number.MAX_SAFE_INTEGER, paper);
    }
  }
  const values = [...groups].map(([slug, g]) => ({ kind, slug, label: g.label, labelEn: g.labelEn, order: g.order, papers: sortPapersNewestFirst(g.papers) }));
  values.sort((a, b) =>
    kind === 'years' ? a.order - b.order : b.papers.length - a.papers.length || a.order - b.order || a.label.localeCompare(b.label),
  );
  return values.map(({ order: _order, ...value }) => value);
}

/** A tag on a paper, ready to render as a link. */
export interface TagLink {
  kind: TopicFacet;
  slug: string;
  label: string;
  labelEn: string;
  href: string;
}

export function tagLinksOf(paper: Pick<Paper, TopicFacet>, topicsBySlug: ReadonlyMap<string, Topic>): TagLink[] {
  const link = (kind: TagLink['kind'], slug: string): TagLink => {
    const topic = topicsBySlug.get(slug);
    return { kind, slug, label: topic?.label ?? slug, labelEn: topic?.labelEn ?? slug, href: facetPath(kind, slug) };
  };
  return [...paper.modalities.map((s) => link('modalities', s)), ...paper.diseases.map((s) => link('diseases', s))];
}
