// Filters and facet counts over facets.json: which journal, modalities, diseases and year each paper has.
import type { FacetData, FacetLabel } from './index-files.ts';

export const FILTER_NAMES = ['journal', 'modality', 'disease', 'year'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type SearchFilters = Record<FilterName, string[]>;

export const noFilters = (): SearchFilters => ({ journal: [], modality: [], disease: [], year: [] });

export function hasAnyFilter(filters: SearchFilters): boolean {
  return FILTER_NAMES.some((name) => filters[name].length > 0);
}

export interface FacetCount extends FacetLabel {
  count: number;
  selected: boolean;
}

export type FacetCounts = Record<FilterName, FacetCount[]>;

export class FacetIndex {
  /** Per filter, per paper number, the slugs it has: read on every keystroke, so built once. */
  private readonly values: Record<FilterName, string[][]>;
  private readonly labels: Record<FilterName, FacetLabel[]>;

  constructor(data: FacetData, paperCount: number) {
    const empty = (): string[][] => Array.from({ length: paperCount }, () => []);
    this.values = { journal: empty(), modality: empty(), disease: empty(), year: empty() };
    data.journalOf.forEach((journal, n) => this.values.journal[n]?.push(data.journals[journal]?.slug ?? ''));
    for (const { year, first, last } of data.years) for (let n = first; n <= last; n++) this.values.year[n]?.push(String(year));
    for (const [filter, labels] of [['modality', data.modalities], ['disease', data.diseases]] as const) {
      for (const label of labels) for (const n of data.papersByTopic[label.slug] ?? []) this.values[filter][n]?.push(label.slug);
    }
    this.labels = {
      journal: data.journals,
      modality: data.modalities,
      disease: data.diseases,
      year: data.years.map((y) => ({ slug: String(y.year), label: String(y.year), labelEn: null })),
    };
  }

  /** Within a filter, any selected value; across filters, all. `except` leaves one filter out (for its counts). */
  passes(n: number, filters: SearchFilters, except: FilterName | null = null): boolean {
    for (const name of FILTER_NAMES) {
      const wanted = filters[name];
      if (name === except || wanted.length === 0) continue;
      if (!(this.values[name][n] ?? []).some((value) => wanted.includes(value))) return false;
    }
    return true;
  }

  /** Counts per value over the matched papers with the other filters applied, so a count says what ticking it gives. */
  counts(matched: Iterable<number>, filters: SearchFilters): FacetCounts {
    const papers = [...matched];
    const result = {} as FacetCounts;
    for (const name of FILTER_NAMES) {
      const counts = new Map<string, number>();
      for (const n of papers) {
        if (!this.passes(n, filters, name)) continue;
        for (const value of this.values[name][n] ?? []) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      result[name] = this.labels[name]
        .map((label) => ({ ...label, count: counts.get(label.slug) ?? 0, selected: filters[name].includes(label.slug) }))
        .filter((facet) => facet.count > 0 || facet.selected)
        .sort((a, b) => (name === 'year' ? Number(b.slug) - Number(a.slug) : b.count - a.count));
    }
    return result;
  }
}
