// What each engine indexed, checked before any figure is believed: a mismatch stops the bench with its reason.
// (Pagefind once indexed whole pages without filters for months, and every Pagefind figure of that time was wrong.)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Paper } from '../../src/lib/newsletter/archive.ts';
import type { FacetData } from '../../src/lib/search/index-files.ts';
import { TOPIC_FACETS } from '../../src/lib/site/facet-names.ts';
import { pagefindFilters } from './pagefind-marking.ts';

/** Filter name → value → number of papers, as Pagefind's `filters()` reports it. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface IndexedByPagefind {
  pages: number;
  filters: FilterCounts;
}

export interface IndexedByUs {
  paperCount: number;
  /** Paper ids of every document in the index files, in index order. */
  ids: readonly string[];
  filters: FilterCounts;
}

export interface SanityQuery {
  query: string;
  truth: ReadonlySet<string>;
  ours: readonly string[];
  pagefind: readonly string[] | null;
}

/** The filter counts both engines must report: from the parsed papers, the same values we give Pagefind. */
export function expectedFilterCounts(papers: readonly Paper[]): FilterCounts {
  const counts: FilterCounts = {};
  for (const paper of papers) {
    for (const filter of new Set(pagefindFilters(paper))) {
      const colon = filter.indexOf(':');
      const byValue = (counts[filter.slice(0, colon)] ??= {});
      const value = filter.slice(colon + 1);
      byValue[value] = (byValue[value] ?? 0) + 1;
    }
  }
  return counts;
}

/** Pages in Pagefind's index, from the entry file its CLI writes. */
export function pagefindPageCount(siteDir: string): number {
  const entry = join(siteDir, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: Pagefind did not write an index`);
  const parsed = JSON.parse(readFileSync(entry, 'utf8')) as { languages?: Record<string, { page_count?: number }> };
  return Object.values(parsed.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}

/** Our filter counts, from the facets file the search page loads. */
export function ourFilterCounts(facets: FacetData): FilterCounts {
  const counts: FilterCounts = { journals: {}, modalities: {}, diseases: {}, years: {} };
  facets.journalOf.forEach((index) => {
    const slug = facets.journals[index]?.slug ?? `#${index}`;
    counts['journals']![slug] = (counts['journals']![slug] ?? 0) + 1;
  });
  for (const kind of TOPIC_FACETS) {
    for (const label of facets[kind]) counts[kind]![label.slug] = facets.papersByTopic[label.slug]?.length ?? 0;
  }
  for (const year of facets.years) counts['years']![year.year] = (counts['years']![year.year] ?? 0) + year.last - year.first + 1;
  return counts;
}

function countProblems(engine: string, expected: FilterCounts, actual: FilterCounts): string[] {
  const problems: string[] = [];
  for (const name of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    const want = expected[name] ?? {};
    const got = actual[name] ?? {};
    const wrong = [...new Set([...Object.keys(want), ...Object.keys(got)])].filter((value) => (want[value] ?? 0) !== (got[value] ?? 0));
    if (wrong.length > 0) {
      const sample = wrong.slice(0, 3).map((value) => `${value} ${got[value] ?? 0} (want ${want[value] ?? 0})`);
      problems.push(`${engine} filter '${name}': ${wrong.length} values counted wrong, e.g. ${sample.join(', ')}`);
    }
  }
  return problems;
}

function sameSet(engine: string, query: string, truth: ReadonlySet<string>, found: readonly string[]): string[] {
  const foundSet = new Set(found);
  const missing = [...truth].filter((id) => !foundSet.has(id));
  const extra = [...foundSet].filter((id) => !truth.has(id));
  if (missing.length === 0 && extra.length === 0) return [];
  return [`${engine} answers '${query}' with ${foundSet.size} papers, ground truth has ${truth.size} (missing ${missing.slice(0, 3).join(', ') || 'none'}; extra ${extra.slice(0, 3).join(', ') || 'none'})`];
}

/** Every reason the figures cannot be trusted; empty when both engines indexed exactly the archive's papers. */
export function sanityProblems(papers: readonly Paper[], ours: IndexedByUs, pagefind: IndexedByPagefind | null, query: SanityQuery): string[] {
  const expected = expectedFilterCounts(papers);
  const problems: string[] = [];
  if (ours.paperCount !== papers.length) problems.push(`our index says it holds ${ours.paperCount} papers, the archive has ${papers.length}`);
  const ids = new Set(ours.ids);
  const absent = papers.filter((p) => !ids.has(p.id)).map((p) => p.id);
  if (absent.length > 0 || ids.size !== papers.length) problems.push(`our index documents: ${ids.size} distinct ids for ${papers.length} papers; missing ${absent.slice(0, 5).join(', ') || 'none'}`);
  problems.push(...countProblems('our', expected, ours.filters));
  problems.push(...sameSet('our engine', query.query, query.truth, query.ours));
  if (pagefind) {
    if (pagefind.pages !== papers.length) problems.push(`Pagefind indexed ${pagefind.pages} pages for ${papers.length} papers: the paper pages were not marked with data-pagefind-body`);
    problems.push(...countProblems('Pagefind', expected, pagefind.filters));
    if (query.pagefind) problems.push(...sameSet('Pagefind', query.query, query.truth, query.pagefind));
  }
  return problems;
}
