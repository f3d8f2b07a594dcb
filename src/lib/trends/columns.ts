// From counts per period to what a chart shows: bar labels, tooltips and the one-sentence summary screen readers get.
import type { PeriodCount } from './figures.ts';
import type { Column } from './column-chart.ts';
import { periodLabelZh } from './periods.ts';

/** Years label their bar; quarters are Q1…Q4 with the year under the first quarter of each year shown. */
export function columnsOf(counts: readonly PeriodCount[]): Column[] {
  return counts.map(({ period, papers }) => ({
    key: period.key,
    label: period.quarter === null ? String(period.year) : `Q${period.quarter}`,
    sublabel: period.quarter === null ? null : String(period.year),
    description: `${periodLabelZh(period)} ${papers}篇`,
    value: papers,
  }));
}

/** `2025年 12篇,2026年 30篇`: the figures in words, for the chart's accessible name. */
export function countsInWords(counts: readonly PeriodCount[]): string {
  return counts.map(({ period, papers }) => `${periodLabelZh(period)} ${papers}篇`).join(',');
}
