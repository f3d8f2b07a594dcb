// The search page as pure functions of its state: how each reader action moves the state and the history,
// what the status line says, how many filters are on, which hits the next "more" shows. The DOM is in src/scripts/search/.
import { IndexGoneError, IndexMismatchError, type SearchOutcome } from './engine.ts';
import { FACET_NAMES, type Facet } from '../site/facet-names.ts';
import { hasAnyFilter, noFilters, type SearchFilters } from './facet-index.ts';
import { searchUrlOf, stateFromParams, toggleFilter, type SearchState } from './search-state.ts';
import type { SortOrder } from './sort-order.ts';

/** Hits drawn at first and per "more" click. */
export const PAGE_SIZE = 20;
/** Typing replaces the current history entry; a pause this long starts a new one, so Back skips keystrokes. */
export const NEW_ENTRY_AFTER_MS = 1200;
/** What a page from an older deploy says once its index is gone from the server. */
export const SITE_UPDATED = '网站已更新,请刷新页面。';

export interface SearchPageState {
  /** What the URL holds. */
  search: SearchState;
  /** When the reader last typed into the box (ms), or null when the last action was not typing. */
  lastTypingAt: number | null;
}

/** What the reader did. `history-moved` is Back or Forward: the URL already changed, the state follows it. */
export type PageEvent =
  | { kind: 'typed'; query: string; at: number }
  | { kind: 'submitted'; query: string }
  | { kind: 'filter-toggled'; filter: Facet; value: string; on: boolean }
  | { kind: 'filters-cleared' }
  | { kind: 'sort-changed'; sort: SortOrder }
  | { kind: 'history-moved'; params: URLSearchParams };

export type HistoryMode = 'push' | 'replace';

export interface PageTransition {
  page: SearchPageState;
  /** How to record the new state in the history; null when the history already holds it. */
  history: HistoryMode | null;
}

export function initialPage(params: URLSearchParams): SearchPageState {
  return { search: stateFromParams(params), lastTypingAt: null };
}

/** A keystroke soon after another replaces the history entry; the first of a burst adds one. */
export function typingHistoryMode(at: number, lastTypingAt: number | null): HistoryMode {
  return lastTypingAt === null || at - lastTypingAt > NEW_ENTRY_AFTER_MS ? 'push' : 'replace';
}

export function nextPageState(page: SearchPageState, event: PageEvent): PageTransition {
  switch (event.kind) {
    case 'typed':
      return {
        page: { search: { ...page.search, query: event.query }, lastTypingAt: event.at },
        history: typingHistoryMode(event.at, page.lastTypingAt),
      };
    case 'submitted':
      return { page: { search: { ...page.search, query: event.query }, lastTypingAt: null }, history: 'push' };
    case 'filter-toggled':
      return { page: { ...page, search: toggleFilter(page.search, event.filter, event.value, event.on) }, history: 'push' };
    case 'filters-cleared':
      return { page: { ...page, search: { ...page.search, filters: noFilters() } }, history: 'push' };
    case 'sort-changed':
      return { page: { ...page, search: { ...page.search, sort: event.sort } }, history: 'push' };
    case 'history-moved':
      return { page: { ...page, search: stateFromParams(event.params) }, history: null };
  }
}

/** The history entry to write for a transition, or null when the URL would not change. */
export function historyEntry(transition: PageTransition, currentUrl: string): { mode: HistoryMode; url: string } | null {
  if (!transition.history) return null;
  const url = searchUrlOf(transition.page.search);
  return url === currentUrl ? null : { mode: transition.history, url };
}

/** The line the live region reads after a search. */
export function statusLine(search: SearchState, outcome: Pick<SearchOutcome, 'hits' | 'unmatched'>): string {
  const total = outcome.hits.length;
  const query = search.query.trim();
  const filtered = hasAnyFilter(search.filters);
  const about = query ? `与“${query}”相关的` : '符合筛选的';
  if (!query && !filtered) return `全部 ${total} 篇论文,最新的在前。`;
  if (total > 0) return `找到 ${total} 篇${about}论文${search.sort === 'newest' ? ',最新的在前' : ''}。`;
  const missing = outcome.unmatched.length > 0 ? `文献库中没有“${outcome.unmatched.join('”“')}”。` : '';
  const hint = filtered ? '可以清除部分筛选再试。' : '';
  return `没有找到${about}论文。${missing}${hint}`;
}

/** What the page says when the index cannot be loaded or searched. */
export interface SearchFailure {
  status: string;
  message: string;
  /** The page is older than the site: offer a reload rather than retrying. */
  reload: boolean;
}

export function failureText(error: unknown): SearchFailure {
  if (error instanceof IndexGoneError || error instanceof IndexMismatchError) {
    return { status: SITE_UPDATED, message: '这个页面来自网站的上一个版本,它的检索索引已被新版本替换。刷新页面后即可继续检索。', reload: true };
  }
  return {
    reload: false,
    status: '检索暂时不可用。',
    message: `检索索引无法加载:${error instanceof Error ? error.message : String(error)}`,
  };
}

/** Selected filter values, all filters together. */
export function activeFilterCount(filters: SearchFilters): number {
  return FACET_NAMES.reduce((sum, name) => sum + filters[name].length, 0);
}

/** Beside the filters' summary: how many are on, or nothing. */
export function activeFilterLabel(count: number): string {
  return count > 0 ? `(已选 ${count} 项)` : '';
}

export interface HitSlice {
  /** First hit to draw (index into the outcome's hits). */
  start: number;
  /** One past the last hit to draw. */
  end: number;
  /** Whether hits remain after this slice, so "more" stays offered. */
  more: boolean;
}

/** The hits the next "more" click draws when `shown` of `total` are on the page (the first slice: shown = 0). */
export function nextSlice(shown: number, total: number, size = PAGE_SIZE): HitSlice {
  const start = Math.min(shown, total);
  const end = Math.min(total, start + size);
  return { start, end, more: end < total };
}
