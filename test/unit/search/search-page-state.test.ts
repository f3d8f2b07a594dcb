import { describe, expect, it } from 'vitest';
import { IndexGoneError, IndexMismatchError } from '../../../src/lib/search/engine.ts';
import { hasAnyFilter, noFilters, type SearchFilters } from '../../../src/lib/search/facet-index.ts';
import {
  activeFilterCount,
  activeFilterLabel,
  failureText,
  historyEntry,
  initialPage,
  NEW_ENTRY_AFTER_MS,
  nextPageState,
  nextSlice,
  PAGE_SIZE,
  statusLine,
  typingHistoryMode,
  type PageEvent,
  type SearchPageState,
} from '../../../src/lib/search/search-page-state.ts';
import type { SearchState } from '../../../src/lib/search/search-state.ts';

const filters = (set: Partial<SearchFilters> = {}): SearchFilters => ({ ...noFilters(), ...set });
const search = (query: string, set: Partial<SearchFilters> = {}): SearchState => ({ query, filters: filters(set), sort: 'relevance' });
const hits = (count: number) => Array.from({ length: count }, (_, n) => ({ n, score: 1 }));

describe('status line', () => {
  it.each([
    ['empty query, no filters: the whole archive', search(''), 6, [], '全部 6 篇论文,最新的在前。'],
    ['whitespace is no query', search('   '), 6, [], '全部 6 篇论文,最新的在前。'],
    ['query with hits', search('超声'), 2, [], '找到 2 篇与“超声”相关的论文。'],
    ['query trimmed in the message', search(' 超声 '), 1, [], '找到 1 篇与“超声”相关的论文。'],
    ['filters only, with hits', search('', { diseases: ['lymphoma'] }), 3, [], '找到 3 篇符合筛选的论文。'],
    ['query without hits names the missing word', search('青光眼'), 0, ['青光眼'], '没有找到与“青光眼”相关的论文。文献库中没有“青光眼”。'],
    ['several missing words', search('青光眼 白内障'), 0, ['青光眼', '白内障'], '没有找到与“青光眼 白内障”相关的论文。文献库中没有“青光眼”“白内障”。'],
    ['no hits, every word known', search('超声 PET'), 0, [], '没有找到与“超声 PET”相关的论文。'],
    ['no hits under filters suggests clearing', search('超声', { years: ['2020'] }), 0, [], '没有找到与“超声”相关的论文。可以清除部分筛选再试。'],
    ['filters only, no hits', search('', { years: ['2020'] }), 0, [], '没有找到符合筛选的论文。可以清除部分筛选再试。'],
    ['missing word and filters', search('青光眼', { journals: ['jnm'] }), 0, ['青光眼'], '没有找到与“青光眼”相关的论文。文献库中没有“青光眼”。可以清除部分筛选再试。'],
  ] as const)('%s', (_name, state, total, unmatched, expected) => {
    expect(statusLine(state, { hits: hits(total), unmatched: [...unmatched] })).toBe(expected);
  });

  it('says the index failed, with the reason', () => {
    expect(failureText(new Error('HTTP 500'))).toEqual({ status: '检索暂时不可用。', message: '检索索引无法加载:HTTP 500', reload: false });
    expect(failureText('offline').message).toBe('检索索引无法加载:offline');
  });

  it('asks for a reload when the page is older than the index on the server', () => {
    for (const error of [new IndexGoneError('/search-index/0123456789abcdef/shards/3.json', 404), new IndexMismatchError({ format: 1 }, 'abc')]) {
      expect(failureText(error)).toMatchObject({ status: '网站已更新,请刷新页面。', reload: true });
    }
  });
});

describe('sort order', () => {
  it('changes with a new history entry, keeping query and filters, and the status says newest first', () => {
    const page = { search: search('超声', { years: ['2026'] }), lastTypingAt: null };
    const moved = nextPageState(page, { kind: 'sort-changed', sort: 'newest' });
    expect(moved).toEqual({ page: { ...page, search: { ...page.search, sort: 'newest' } }, history: 'push' });
    expect(historyEntry(moved, '/search/?q=%E8%B6%85%E5%A3%B0&year=2026')).toEqual({ mode: 'push', url: '/search/?q=%E8%B6%85%E5%A3%B0&year=2026&sort=newest' });
    expect(statusLine(moved.page.search, { hits: hits(3), unmatched: [] })).toBe('找到 3 篇与“超声”相关的论文,最新的在前。');
    // Clearing the filters keeps the order.
    expect(nextPageState(moved.page, { kind: 'filters-cleared' }).page.search.sort).toBe('newest');
  });
});

describe('active filters', () => {
  it.each([
    [filters(), 0, ''],
    [filters({ years: ['2026'] }), 1, '(已选 1 项)'],
    [filters({ journals: ['jnm', 'radiology'], diseases: ['lymphoma'], modalities: ['pet'], years: ['2026'] }), 5, '(已选 5 项)'],
  ])('%j: %i on', (set, count, label) => {
    expect(activeFilterCount(set)).toBe(count);
    expect(activeFilterLabel(count)).toBe(label);
    expect(hasAnyFilter(set)).toBe(count > 0);
  });
});

describe('paging', () => {
  it.each([
    ['no hits', 0, 0, { start: 0, end: 0, more: false }],
    ['fewer than a page', 0, 7, { start: 0, end: 7, more: false }],
    ['exactly a page', 0, PAGE_SIZE, { start: 0, end: PAGE_SIZE, more: false }],
    ['first page of three', 0, 45, { start: 0, end: 20, more: true }],
    ['second page of three', 20, 45, { start: 20, end: 40, more: true }],
    ['last, partial page', 40, 45, { start: 40, end: 45, more: false }],
    ['all shown already', 45, 45, { start: 45, end: 45, more: false }],
    ['more shown than exist (outcome shrank)', 60, 45, { start: 45, end: 45, more: false }],
  ])('%s', (_name, shown, total, expected) => {
    expect(nextSlice(shown, total)).toEqual(expected);
  });

  it('takes another page size', () => {
    expect(nextSlice(3, 10, 3)).toEqual({ start: 3, end: 6, more: true });
  });
});

describe('history while typing', () => {
  it.each([
    ['first keystroke', 5_000, null, 'push'],
    ['right after another', 5_000, 4_900, 'replace'],
    ['exactly at the pause', 5_000, 5_000 - NEW_ENTRY_AFTER_MS, 'replace'],
    ['after a pause', 5_000, 5_000 - NEW_ENTRY_AFTER_MS - 1, 'push'],
  ] as const)('%s', (_name, at, last, mode) => {
    expect(typingHistoryMode(at, last)).toBe(mode);
  });
});

describe('page transitions', () => {
  const start: SearchPageState = { search: search('超声', { diseases: ['breast-cancer'] }), lastTypingAt: null };
  const typing: SearchPageState = { ...start, lastTypingAt: 1_000 };

  it.each<[string, SearchPageState, PageEvent, SearchPageState, 'push' | 'replace' | null]>([
    ['first keystroke pushes', start, { kind: 'typed', query: '超声 M', at: 1_000 }, { search: search('超声 M', { diseases: ['breast-cancer'] }), lastTypingAt: 1_000 }, 'push'],
    ['next keystroke replaces', typing, { kind: 'typed', query: '超声 MR', at: 1_300 }, { search: search('超声 MR', { diseases: ['breast-cancer'] }), lastTypingAt: 1_300 }, 'replace'],
    ['keystroke after a pause pushes', typing, { kind: 'typed', query: 'x', at: 9_000 }, { search: search('x', { diseases: ['breast-cancer'] }), lastTypingAt: 9_000 }, 'push'],
    ['submit pushes and ends the burst', typing, { kind: 'submitted', query: '超声' }, { search: start.search, lastTypingAt: null }, 'push'],
    ['ticking a filter pushes', typing, { kind: 'filter-toggled', filter: 'years', value: '2026', on: true }, { search: search('超声', { diseases: ['breast-cancer'], years: ['2026'] }), lastTypingAt: 1_000 }, 'push'],
    ['unticking a filter pushes', start, { kind: 'filter-toggled', filter: 'diseases', value: 'breast-cancer', on: false }, { search: search('超声'), lastTypingAt: null }, 'push'],
    ['clearing keeps the query', typing, { kind: 'filters-cleared' }, { search: search('超声'), lastTypingAt: 1_000 }, 'push'],
    ['Back takes the URL as it is', start, { kind: 'history-moved', params: new URLSearchParams('q=PET&year=2026&year=2026') }, { search: search('PET', { years: ['2026'] }), lastTypingAt: null }, null],
  ])('%s', (_name, before, event, after, history) => {
    expect(nextPageState(before, event)).toEqual({ page: after, history });
  });

  it('does not change the state it is given', () => {
    const before = structuredClone(start);
    nextPageState(start, { kind: 'filter-toggled', filter: 'diseases', value: 'lymphoma', on: true });
    nextPageState(start, { kind: 'filters-cleared' });
    expect(start).toEqual(before);
  });

  it('starts from the URL', () => {
    expect(initialPage(new URLSearchParams('q=%E8%B6%85%E5%A3%B0&disease=breast-cancer'))).toEqual(start);
    expect(initialPage(new URLSearchParams(''))).toEqual({ search: search(''), lastTypingAt: null });
  });

  it.each([
    ['a new URL is pushed', nextPageState(start, { kind: 'filters-cleared' }), '/search/?q=%E8%B6%85%E5%A3%B0&disease=breast-cancer', { mode: 'push', url: '/search/?q=%E8%B6%85%E5%A3%B0' }],
    ['a new URL is replaced while typing', nextPageState(typing, { kind: 'typed', query: 'PET', at: 1_100 }), '/search/?q=P', { mode: 'replace', url: '/search/?q=PET&disease=breast-cancer' }],
    ['an unchanged URL is not written', nextPageState(start, { kind: 'submitted', query: '超声' }), '/search/?q=%E8%B6%85%E5%A3%B0&disease=breast-cancer', null],
    ['Back writes nothing', nextPageState(start, { kind: 'history-moved', params: new URLSearchParams('q=PET') }), '/search/?q=PET', null],
    ['the empty search is the bare page', nextPageState(initialPage(new URLSearchParams('q=x')), { kind: 'submitted', query: '' }), '/search/?q=x', { mode: 'push', url: '/search/' }],
  ] as const)('%s', (_name, transition, currentUrl, expected) => {
    expect(historyEntry(transition, currentUrl)).toEqual(expected);
  });
});
