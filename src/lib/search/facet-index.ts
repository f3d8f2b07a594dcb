// Filters and facet counts over facets.json: which journal, modalities, diseases and year each paper has.
import { FACET_NAMES, TOPIC_FACETS, type Facet } from '../site/facet-names.ts';
import type { FacetData, FacetLabel } from './index-files.ts';

/** The values ticked per facet; none ticked means no filter on that facet. */
export type SearchFilters = Record<Facet, string[]>;

export const noFilters = (): SearchFilters => ({ journals: [], modalities: [], diseases: [], years: [] });

export function hasAnyFilter(filters: SearchFilters): boolean {
  return FACET_NAMES.some((name) => filters[name].length > 0);
}

export interface FacetCount extends FacetLabel {
  count: number;
  selected: boolean;
}

export type FacetCounts = Record<Facet, FacetCount[]>;

export class FacetIndex {
  /** Per filter, per paper number, the slugs it has: read on every keystroke, so built once. */
  private readonly values: Record<Facet, string[][]>;
  private readonly labels: Record<Facet, FacetLabel[]>;

  constructor(data: FacetData, paperCount: number) {
    const empty = (): string[][] => Array.from({ length: paperCount }, () => []);
    this.values = { journals: empty(), modalities: empty(), diseases: empty(), years: empty() };
    data.journalOf.forEach((journal, n) => this.values.journals[n]?.push(data.journals[journal]?.slug ?? ''));
    for (const { year, first, last } of data.years) for (let n = first; n <= last; n++) this.values.years[n]?.push(String(year));
    for (const facet of TOPIC_FACETS) {
      for (const label of data[facet]) for (const n of data.papersByTopic[label.slug] ?? []) this.values[facet][n]?.push(label.slug);
    }
    this.labels = {
      journals: data.journals,
      modalities: data.modalities,
      diseases: data.diseases,
      years: data.years.map((y) => ({ slug: String(y.year), label: String(y.year), labelEn: null })),
    };
  }

  /** Within a filter, any selected value; across filters, all. `except` leaves one filter out (for its counts). */
  passes(n: number, filters: SearchFilters, except: Facet | null = null): boolean {
    for (const name of FACET_NAMES) {
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
    for (const name of FACET_NAMES) {
      const counts = new Map<string, number>();
      for (const n of papers) {
        if (!this.passes(n, filters, name)) continue;
        for (const value of this.values[name][n] ?? []) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      result[name] = this.labels[name]
        .map((label) => ({ ...label, count: counts.get(label.slug) ?? 0, selected: filters[name].includes(label.slug) }))
        .filter((facet) => facet.count > 0 || facet.selected)
        .sort((a, b) => (name === 'years' ? Number(b.slug) - Number(a.slug) : b.count - a.count));
    }
    return result;
  }
}
