// What a search page URL holds (?q=…&journal=…&disease=…), so a search can be shared, reloaded and walked back.
import { searchPath } from '../site/paths.ts';
import { FACET_NAMES, FACETS } from '../site/facet-names.ts';
import { noFilters, type SearchFilters } from './facet-index.ts';
import { sortOrderOf, type SortOrder } from './sort-order.ts';

export interface SearchState {
  query: string;
  filters: SearchFilters;
  sort: SortOrder;
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters = noFilters();
  for (const name of FACET_NAMES) filters[name] = [...new Set(params.getAll(FACETS[name].searchParam).filter(Boolean))];
  return { query: params.get('q') ?? '', filters, sort: sortOrderOf(params.get('sort')) };
}

/** q first, then filters in a fixed order, so equal states give equal URLs. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of FACET_NAMES) for (const value of state.filters[name]) params.append(FACETS[name].searchParam, value);
  // Relevance is the default: only the other order is written, so a plain search keeps a plain URL.
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

export function searchUrlOf(state: SearchState, base = searchPath()): string {
  const query = paramsFromState(state).toString();
  return query ? `${base}?${query}` : base;
}

export function toggleFilter(state: SearchState, name: keyof SearchFilters, value: string, on: boolean): SearchState {
  const current = state.filters[name].filter((v) => v !== value);
  return { ...state, filters: { ...state.filters, [name]: on ? [...current, value] : current } };
}
