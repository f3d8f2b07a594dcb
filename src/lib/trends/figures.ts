// The figures of the trends page as plain data: papers per period overall, per period for the modalities and
// diseases with most papers, and the journals with most papers. Charts and tables both render these.
import type { Paper } from '../newsletter/archive.ts';
import type { TopicFacet } from '../site/facet-names.ts';
import { facetValues } from '../topics/facets.ts';
import type { Topic } from '../topics/taxonomy.ts';
import { granularityFor, periodOf, periodsSpanning, type Granularity, type Period } from './periods.ts';

export interface PeriodCount {
  period: Period;
  papers: number;
}

/** One facet value (a modality, a disease, a journal) and its papers per period. */
export interface TrendSeries {
  slug: string;
  label: string;
  labelEn: string | null;
  total: number;
  counts: PeriodCount[];
}

export interface TopicBreakdown {
  kind: TopicFacet;
  granularity: Granularity;
  periods: Period[];
  /** The values with most papers, most first. */
  series: TrendSeries[];
  /** Values with papers that are left out of `series`. */
  omittedValues: number;
}

export interface JournalCount {
  slug: string;
  name: string;
  papers: number;
}

export interface TopJournals {
  journals: JournalCount[];
  /** Journals with papers beyond the list, and their papers. */
  omittedJournals: number;
  omittedPapers: number;
}

export interface TrendFigures {
  paperCount: number;
  perYear: PeriodCount[];
  /** Issues per year, beside the papers in the overall table. */
  issuesPerYear: PeriodCount[];
  modalities: TopicBreakdown;
  diseases: TopicBreakdown;
  journals: TopJournals;
}

export const TOP_TOPICS = 8;
export const TOP_JOURNALS = 10;

/** Papers per period over `periods` (zeros included), by issue date. */
export function countPerPeriod(papers: readonly Pick<Paper, 'issueDate'>[], periods: readonly Period[], granularity: Granularity): PeriodCount[] {
  const counts = new Map(periods.map((period) => [period.key, 0]));
  for (const paper of papers) {
    const key = periodOf(paper.issueDate, granularity).key;
    const count = counts.get(key);
    if (count !== undefined) counts.set(key, count + 1);
  }
  return periods.map((period) => ({ period, papers: counts.get(period.key) ?? 0 }));
}

export function topicBreakdown(
  kind: TopicBreakdown['kind'],
  papers: readonly Paper[],
  topics: readonly Topic[],
  granularity: Granularity,
  top = TOP_TOPICS,
): TopicBreakdown {
  const periods = periodsSpanning(papers.map((p) => p.issueDate), granularity);
  const values = facetValues(kind, papers, topics);
  const series = values.slice(0, top).map((value) => ({
    slug: value.slug,
    label: value.label,
    labelEn: value.labelEn,
    total: value.papers.length,
    counts: countPerPeriod(value.papers, periods, granularity),
  }));
  return { kind, granularity, periods, series, omittedValues: Math.max(0, values.length - top) };
}

export function topJournals(papers: readonly Paper[], top = TOP_JOURNALS): TopJournals {
  const values = facetValues('journals', papers, []);
  const journals = values.slice(0, top).map((value) => ({ slug: value.slug, name: value.label, papers: value.papers.length }));
  const rest = values.slice(top);
  return { journals, omittedJournals: rest.length, omittedPapers: rest.reduce((sum, value) => sum + value.papers.length, 0) };
}

export function trendFigures(papers: readonly Paper[], topics: readonly Topic[]): TrendFigures {
  const dates = papers.map((p) => p.issueDate);
  const years = periodsSpanning(dates, 'year');
  const granularity = granularityFor(dates);
  const issues = new Map(papers.map((p) => [p.issueNumber, { issueDate: p.issueDate }]));
  return {
    paperCount: papers.length,
    perYear: countPerPeriod(papers, years, 'year'),
    issuesPerYear: countPerPeriod([...issues.values()], years, 'year'),
    modalities: topicBreakdown('modalities', papers, topics, granularity),
    diseases: topicBreakdown('diseases', papers, topics, granularity),
    journals: topJournals(papers),
  };
}

/** A facet value's papers per year, over the archive's years (`years` from periodsSpanning of every paper). */
export function papersPerYear(papers: readonly Pick<Paper, 'issueDate'>[], years: readonly Period[]): PeriodCount[] {
  return countPerPeriod(papers, years, 'year');
}
