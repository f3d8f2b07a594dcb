// The search page in the browser: wires the page state (src/lib/search/search-page-state.ts), the shared query
// engine, the DOM view and the keys. Every reader action goes through one transition, then the search runs.
import { IndexGoneError, SearchEngine, type SearchOutcome } from '../lib/search/engine.ts';
import type { FacetCounts, SearchFilters } from '../lib/search/facet-index.ts';
import {
  activeFilterCount,
  activeFilterLabel,
  failureText,
  historyEntry,
  initialPage,
  nextPageState,
  nextSlice,
  statusLine,
  type PageEvent,
} from '../lib/search/search-page-state.ts';
import { searchNotices } from '../lib/search/search-notices.ts';
import { listenForKeys } from './search/keys.ts';
import { SearchView } from './search/view.ts';
import { ResultTools } from './search/result-tools.ts';
import type { CitationFormat } from '../lib/meta/citation.ts';
import { exportResults, localDate } from '../lib/search/export-results.ts';

/**
 * Reads the index build the page was made with. Its folder is gone once a newer deploy replaced it: the host answers
 * 404 (or, on hosts that answer every path with a page, HTML), and only a reload helps.
 */
function indexFileReader(indexUrl: string): (path: string) => Promise<unknown> {
  return async (path) => {
    const url = `${indexUrl}${path}`;
    const response = await fetch(url);
    if (response.status === 404 || response.status === 410) throw new IndexGoneError(url, response.status);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    if (!/json/.test(response.headers.get('content-type') ?? '')) throw new IndexGoneError(url, response.headers.get('content-type') ?? 'no type');
    return response.json() as Promise<unknown>;
  };
}

export function startSearchPage(): void {
  const view = SearchView.find();
  const tools = new ResultTools();
  view.reveal(window.matchMedia('(max-width: 48rem)').matches);

  let page = initialPage(new URLSearchParams(location.search));
  let engine: SearchEngine | null = null;
  let outcome: SearchOutcome | null = null;
  let shown = 0;
  let generation = 0;

  view.showQuery(page.search.query);
  tools.showSort(page.search.sort);
  const enginePromise = SearchEngine.open(indexFileReader(view.indexUrl()), view.indexManifest());

  /**
   * A submitted (or linked) DOI goes straight to its paper, when the archive has it. The paper replaces the
   * DOI's history entry, so Back returns to where the reader was, not to a page that sends them on again.
   */
  async function run(goToDoi = false): Promise<void> {
    const mine = ++generation;
    const search = page.search;
    try {
      engine ??= await enginePromise;
      const result = await engine.search(search.query, search.filters, search.sort);
      if (mine !== generation) return;
      const [only] = result.hits;
      if (goToDoi && result.plan.doi && only && result.hits.length === 1) {
        location.replace((await engine.doc(only.n)).url);
        return;
      }
      outcome = result;
      shown = 0;
      view.clearResults();
      tools.showFor(result.hits.length);
      view.showStatus(statusLine(search, result), searchNotices(result), (query) => apply({ kind: 'submitted', query }));
      showMore();
      // Counts come second: results never wait for facets.json.
      const counts = await engine.facetCounts(result, search.filters);
      if (mine === generation) showFacets(counts, search.filters);
    } catch (error) {
      if (mine === generation) {
        tools.showFor(0);
        view.showFailure(failureText(error));
      }
    }
  }

  /** Every current result, not only the cards drawn, as one file. */
  async function exportAll(format: CitationFormat): Promise<void> {
    if (!outcome || !engine) return;
    const loader = engine;
    const total = outcome.hits.length;
    tools.enableExport(false);
    try {
      const file = await exportResults(
        outcome.hits.map((hit) => hit.n),
        (n) => loader.doc(n),
        { format, search: page.search, date: localDate(new Date()), pageUrl: (path) => new URL(path, location.href).href, onProgress: (done) => tools.showExportStatus(`正在准备 ${done}/${total} 篇…`) },
      );
      tools.download(file.name, file.text, format);
      tools.showExportStatus(`已导出 ${file.count} 篇:${file.name}`);
    } catch (error) {
      if (error instanceof IndexGoneError) view.showFailure(failureText(error));
      else tools.showExportStatus(`导出失败:${error instanceof Error ? error.message : String(error)}`);
    } finally {
      tools.enableExport(outcome.hits.length > 0);
    }
  }

  function showFacets(counts: FacetCounts, filters: SearchFilters): void {
    const active = activeFilterCount(filters);
    view.showFacets(counts, { count: active, label: activeFilterLabel(active) }, (filter, value, on) => apply({ kind: 'filter-toggled', filter, value, on }));
  }

  function showMore(): void {
    if (!outcome || !engine) return;
    const loader = engine;
    const slice = nextSlice(shown, outcome.hits.length);
    // A card whose document is gone means the site was redeployed under the page: say so for the whole page.
    const load = (n: number) => () =>
      loader.doc(n).catch((error: unknown) => {
        if (error instanceof IndexGoneError) view.showFailure(failureText(error));
        throw error;
      });
    view.appendResults(outcome.hits.slice(slice.start, slice.end).map((hit) => load(hit.n)), outcome.matchedTerms);
    shown = slice.end;
    view.offerMore(slice.more);
  }

  /** Moves the state, records it in the history if it is new there, shows it in the box, and searches. */
  function apply(event: PageEvent, goToDoi = false): void {
    const transition = nextPageState(page, event);
    page = transition.page;
    const entry = historyEntry(transition, `${location.pathname}${location.search}`);
    if (entry?.mode === 'push') history.pushState(null, '', entry.url);
    else if (entry?.mode === 'replace') history.replaceState(null, '', entry.url);
    view.showQuery(page.search.query);
    tools.showSort(page.search.sort);
    void run(goToDoi);
  }

  tools.onSortChange((sort) => apply({ kind: 'sort-changed', sort }));
  tools.onExport((format) => void exportAll(format));
  view.input.addEventListener('input', () => apply({ kind: 'typed', query: view.input.value, at: Date.now() }));
  view.form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply({ kind: 'submitted', query: view.input.value }, true);
    view.focusFirstResult();
  });
  view.clearButton.addEventListener('click', () => {
    apply({ kind: 'filters-cleared' });
    view.input.focus();
  });
  view.moreButton.addEventListener('click', showMore);
  view.reloadButton.addEventListener('click', () => location.reload());
  window.addEventListener('popstate', () => apply({ kind: 'history-moved', params: new URLSearchParams(location.search) }));
  listenForKeys(view.input, () => view.resultLinks());
  void run(true);
}
