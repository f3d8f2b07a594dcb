import { describe, expect, it } from 'vitest';
import { noFilters } from '../../../src/lib/search/engine.ts';
import { highlightPieces, snippetOf } from '../../../src/lib/search/highlight.ts';
import { paramsFromState, searchUrlOf, stateFromParams, toggleFilter } from '../../../src/lib/search/search-state.ts';

describe('search state in the URL', () => {
  it('round-trips query and filters in a fixed order', () => {
    const state = { query: 'FDG 肺癌', filters: { ...noFilters(), diseases: ['lung-cancer'], journals: ['ejnmmi', 'jnm'] }, sort: 'relevance' as const };
    const url = searchUrlOf(state);
    expect(url).toBe('/search/?q=FDG+%E8%82%BA%E7%99%8C&journal=ejnmmi&journal=jnm&disease=lung-cancer');
    expect(stateFromParams(new URL(url, 'https://x').searchParams)).toEqual(state);
  });

  it('keeps the newest-first order with the query and filters; relevance is the plain URL', () => {
    const state = { query: '超声', filters: { ...noFilters(), years: ['2026'] }, sort: 'newest' as const };
    const url = searchUrlOf(state);
    expect(url).toBe('/search/?q=%E8%B6%85%E5%A3%B0&year=2026&sort=newest');
    expect(stateFromParams(new URL(url, 'https://x').searchParams)).toEqual(state);
    expect(stateFromParams(new URLSearchParams('q=x&sort=oldest')).sort).toBe('relevance');
  });

  it('ignores empty and repeated values, and toggles one', () => {
    const state = stateFromParams(new URLSearchParams('q=&disease=a&disease=a&disease=&year=2026'));
    expect(state).toEqual({ query: '', filters: { ...noFilters(), diseases: ['a'], years: ['2026'] }, sort: 'relevance' });
    expect(toggleFilter(state, 'diseases', 'b', true).filters.diseases).toEqual(['a', 'b']);
    expect(toggleFilter(state, 'diseases', 'a', false).filters.diseases).toEqual([]);
    expect(paramsFromState({ query: '', filters: noFilters(), sort: 'relevance' }).toString()).toBe('');
  });
});

describe('highlighting', () => {
  it('marks Han words as written and Latin stems at word starts, any case', () => {
    expect(highlightPieces('Segmentations of 超声 images', ['segmentation', '超声', 'image'])).toEqual([
      { text: 'Segmentations', mark: true },
      { text: ' of ', mark: false },
      { text: '超声', mark: true },
      { text: ' ', mark: false },
      { text: 'images', mark: true },
    ]);
    expect(highlightPieces('subsegmentation', ['segmentation'])).toEqual([{ text: 'subsegmentation', mark: false }]);
  });

  it('keeps markup-looking text as text', () => {
    const pieces = highlightPieces('<img src=x onerror=alert(1)> 肺癌', ['肺癌']);
    expect(pieces.map((p) => p.text).join('')).toBe('<img src=x onerror=alert(1)> 肺癌');
    expect(pieces.at(-1)).toEqual({ text: '肺癌', mark: true });
  });

  it('cuts a snippet around the first match', () => {
    const snippet = snippetOf([`目的:${'甲'.repeat(100)}肺癌${'乙'.repeat(100)}`], ['肺癌']);
    const text = snippet.map((p) => p.text).join('');
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(snippet.filter((p) => p.mark).map((p) => p.text)).toEqual(['肺癌']);
  });
});
