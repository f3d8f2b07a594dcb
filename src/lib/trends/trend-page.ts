// Everything the trends page draws, as data: each chart's geometry, its summary in words and its table rows,
// from the figures (figures.ts). Components only turn this into SVG and tables.
import type { BarList } from './bar-list.ts';
import { barList } from './bar-list.ts';
import { columnChart, type ColumnChart } from './column-chart.ts';
import { columnsOf, countsInWords } from './columns.ts';
import type { PeriodCount, TopicBreakdown, TopJournals, TrendFigures, TrendSeries } from './figures.ts';
import type { Period } from './periods.ts';

export interface YearRow {
  period: Period;
  papers: number;
  issues: number;
}

export interface TopicPanel {
  series: TrendSeries;
  chart: ColumnChart | null;
  summary: string;
}

export interface TrendPage {
  perYear: { chart: ColumnChart | null; summary: string; rows: YearRow[] };
  modalities: { breakdown: TopicBreakdown; panels: TopicPanel[] };
  diseases: { breakdown: TopicBreakdown; panels: TopicPanel[] };
  journals: { list: BarList | null; summary: string; top: TopJournals };
}

/** Small multiples share one scale, so a taller bar means more papers whichever panel it is in. */
export function topicPanels(breakdown: TopicBreakdown): TopicPanel[] {
  const axisMax = Math.max(0, ...breakdown.series.flatMap((s) => s.counts.map((c) => c.papers)));
  return breakdown.series.map((series) => ({
    series,
    chart: columnChart(columnsOf(series.counts), { maxWidth: 180, plotHeight: 72, axisMax, values: breakdown.periods.length <= 6 }),
    summary: `${series.label}:${countsInWords(series.counts)}`,
  }));
}

export function trendPage(figures: TrendFigures): TrendPage {
  const issues = new Map(figures.issuesPerYear.map((c) => [c.period.key, c.papers]));
  const { journals } = figures;
  return {
    perYear: {
      chart: columnChart(columnsOf(figures.perYear)),
      summary: `每年论文篇数:${countsInWords(figures.perYear)}`,
      rows: figures.perYear.map(({ period, papers }) => ({ period, papers, issues: issues.get(period.key) ?? 0 })),
    },
    modalities: { breakdown: figures.modalities, panels: topicPanels(figures.modalities) },
    diseases: { breakdown: figures.diseases, panels: topicPanels(figures.diseases) },
    journals: {
      list: barList(journals.journals.map((j) => ({ key: j.slug, label: j.name, value: j.papers }))),
      summary: `论文最多的期刊:${journals.journals.map((j) => `${j.name} ${j.papers}篇`).join(',')}`,
      top: journals,
    },
  };
}

/** The small per-year chart of a facet value's page: a bar per year with its count on it, no gridlines. */
export function yearSparkline(counts: readonly PeriodCount[]): { chart: ColumnChart | null; summary: string } {
  return {
    chart: columnChart(columnsOf(counts), { maxWidth: 240, plotHeight: 36, ticks: false, values: true, fontSize: 11 }),
    summary: `每年篇数:${countsInWords(counts)}`,
  };
}
