// Time buckets of the trends charts: years, or quarters of the year, by issue date, with no gap between the first
// and the last so an empty quarter shows as a zero rather than disappearing.
import { yearOf } from '../site/dates.ts';

export type Granularity = 'year' | 'quarter';

export interface Period {
  /** `2026` or `2026-Q2`: stable, for data attributes and tests. */
  key: string;
  year: number;
  /** 1–4 for quarters, null for years. */
  quarter: number | null;
}

/** Beyond this many quarters, per-quarter charts get too crowded for a phone: they count by year instead. */
export const MAX_QUARTERS = 12;

export function quarterOf(isoDate: string): number {
  return Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3) + 1;
}

export function periodOf(isoDate: string, granularity: Granularity): Period {
  const year = yearOf(isoDate);
  if (granularity === 'year') return { key: String(year), year, quarter: null };
  const quarter = quarterOf(isoDate);
  return { key: `${year}-Q${quarter}`, year, quarter };
}

const ordinal = (period: Period): number => period.year * 4 + (period.quarter ?? 1) - 1;

/** Every period from the earliest to the latest date, oldest first; none for no dates. */
export function periodsSpanning(isoDates: readonly string[], granularity: Granularity): Period[] {
  if (isoDates.length === 0) return [];
  const sorted = [...isoDates].sort();
  const first = periodOf(sorted[0] ?? '', granularity);
  const last = periodOf(sorted[sorted.length - 1] ?? '', granularity);
  const periods: Period[] = [];
  if (granularity === 'year') {
    for (let year = first.year; year <= last.year; year++) periods.push({ key: String(year), year, quarter: null });
    return periods;
  }
  for (let n = ordinal(first); n <= ordinal(last); n++) {
    const year = Math.floor(n / 4);
    const quarter = (n % 4) + 1;
    periods.push({ key: `${year}-Q${quarter}`, year, quarter });
  }
  return periods;
}

/** Quarters while the archive spans at most MAX_QUARTERS of them, years after that. */
export function granularityFor(isoDates: readonly string[]): Granularity {
  return periodsSpanning(isoDates, 'quarter').length <= MAX_QUARTERS ? 'quarter' : 'year';
}

/** As readers see it: 2026年 or 2026年第2季度. */
export function periodLabelZh(period: Period): string {
  return period.quarter === null ? `${period.year}年` : `${period.year}年第${period.quarter}季度`;
}

/** 每年 or 每季度, for chart titles. */
export const PER_PERIOD_ZH: Record<Granularity, string> = { year: '每年', quarter: '每季度' };
