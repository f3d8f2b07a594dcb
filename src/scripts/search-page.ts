// The search page in the browser: URL state ↔ form, the shared query engine, results drawn with DOM text nodes.
import { FILTER_NAMES, noFilters, SearchEngine, type FacetCount, type FacetCounts, type FilterName, type SearchOutcome } from '../lib/search/engine.ts';
import type { IndexManifest } from '../lib/search/index-files.ts';
import { highlightPieces, snippetOf, type TextPiece } from '../lib/search/highlight.ts';
import { INDEX_BASE_PATH } from '../lib/search/index-config.ts';
import type { SearchDoc } from '../lib/search/index-files.ts';
import { hasFilters, searchUrlOf, stateFromParams, toggleFilter, type SearchState } from '../lib/search/search-state.ts';
import { formatDateZh } from '../lib/site/dates.ts';
import { issuePath } from '../lib/site/paths.ts';
import { facetPath } from '../lib/topics/facets.ts';

const PAGE_SIZE = 20;
// Typing replaces the current history entry; a pause this long starts a new one, so Back skips keystrokes.
const NEW_ENTRY_AFTER_MS = 1200;

interface Elements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  app: HTMLElement;
  filters: HTMLDetailsElement;
  activeCount: HTMLElement;
  status: HTMLElement;
  failure: HTMLElement;
  failureMessage: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  clear: HTMLButtonElement;
}

function find<T extends Element>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`search page is missing ${selector}`);
  return element;
}

function text(tag: string, content: string, className?: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = content;
  if (className) element.className = className;
  return element;
}

function appendPieces(parent: HTMLElement, pieces: readonly TextPiece[]): void {
  for (const piece of pieces) parent.append(piece.mark ? text('mark', piece.text) : document.createTextNode(piece.text));
}

async function fetchIndexFile(path: string): Promise<unknown> {
  const response = await fetch(`${INDEX_BASE_PATH}${path}`);
  if (!response.ok) throw new Error(`${INDEX_BASE_PATH}${path}: HTTP ${response.status}`);
  return response.json() as Promise<unknown>;
}

export function startSearchPage(): void {
  const el: Elements = {
    form: find('#search-form'),
    input: find('#search-query'),
    app: find('[data-search-app]'),
    filters: find('[data-filters]'),
    activeCount: find('[data-active-count]'),
    status: find('[data-status]'),
    failure: find('[data-failure]'),
    failureMessage: find('[data-failure-message]'),
    results: find('[data-results]'),
    more: find('[data-more]'),
    clear: find('[data-clear-filters]'),
  };
  el.app.hidden = false;
  if (window.matchMedia('(max-width: 48rem)').matches) el.filters.open = false;

  let state: SearchState = stateFromParams(new URLSearchParams(location.search));
  let engine: SearchEngine | null = null;
  let outcome: SearchOutcome | null = null;
  let shown = 0;
  let generation = 0;
  let lastTyping = 0;

  el.input.value = state.query;
  // The page was built with the index: its manifest is in the HTML, one round trip less before the first result.
  const manifest = el.app.dataset['indexManifest'] ? (JSON.parse(el.app.dataset['indexManifest']) as IndexManifest) : undefined;
  const enginePromise = SearchEngine.open(fetchIndexFile, manifest);

  const showFailure = (error: unknown) => {
    el.status.textContent = '检索暂时不可用。';
    el.failureMessage.textContent = `检索索引无法加载:${error instanceof Error ? error.message : String(error)}`;
    el.failure.hidden = false;
  };

  async function run(): Promise<void> {
    const mine = ++generation;
    try {
      engine ??= await enginePromise;
      const result = await engine.search(state.query, state.filters);
      if (mine !== generation) return;
      outcome = result;
      shown = 0;
      el.results.replaceChildren();
      renderStatus(result);
      showMore();
      // Counts come second: results never wait for facets.json.
      const counts = await engine.facetCounts(result, state.filters);
      if (mine === generation) renderFacets(counts);
    } catch (error) {
      if (mine === generation) showFailure(error);
    }
  }

  function renderStatus(result: SearchOutcome): void {
    const total = result.hits.length;
    const query = state.query.trim();
    const filtered = hasFilters(state.filters);
    if (!query && !filtered) el.status.textContent = `全部 ${total} 篇论文,最新的在前。`;
    else if (total > 0) el.status.textContent = `找到 ${total} 篇${query ? `与“${query}”相关的` : '符合筛选的'}论文。`;
    else {
      const missing = result.unmatched.length > 0 ? `文献库中没有“${result.unmatched.join('”“')}”。` : '';
      const hint = filtered ? '可以清除部分筛选再试。' : '';
      el.status.textContent = `没有找到${query ? `与“${query}”相关的` : '符合筛选的'}论文。${missing}${hint}`;
    }
  }

  function renderFacets(counts: FacetCounts): void {
    // Redrawing replaces the checkboxes: remember the focused one, or a keyboard user is thrown back to the page top.
    const focused = document.activeElement instanceof HTMLInputElement && el.app.contains(document.activeElement) ? document.activeElement : null;
    let active = 0;
    for (const name of FILTER_NAMES) {
      const list = find<HTMLUListElement>(`[data-filter="${name}"] [data-filter-values]`);
      list.replaceChildren(...counts[name].map((facet) => facetItem(name, facet)));
      if (focused?.name === name) [...list.querySelectorAll('input')].find((box) => box.value === focused.value)?.focus({ preventScroll: true });
      list.closest('fieldset')?.toggleAttribute('hidden', counts[name].length === 0);
      active += state.filters[name].length;
    }
    el.activeCount.textContent = active > 0 ? `(已选 ${active} 项)` : '';
    el.clear.hidden = active === 0;
  }

  function facetItem(name: FilterName, facet: FacetCount): HTMLLIElement {
    const item = document.createElement('li');
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = name;
    box.value = facet.slug;
    box.checked = facet.selected;
    box.addEventListener('change', () => {
      state = toggleFilter(state, name, facet.slug, box.checked);
      navigate('push');
    });
    label.append(box, text('span', facet.label, 'filter__label'));
    if (facet.labelEn) label.append(text('span', facet.labelEn, 'filter__en'));
    label.append(text('span', String(facet.count), 'filter__count'));
    item.append(label);
    return item;
  }

  function showMore(): void {
    if (!outcome || !engine) return;
    const batch = outcome.hits.slice(shown, shown + PAGE_SIZE);
    shown += batch.length;
    for (const hit of batch) {
      const item = document.createElement('li');
      item.className = 'result result--loading';
      item.append(text('span', '…', 'result__placeholder'));
      el.results.append(item);
      const terms = outcome.matchedTerms;
      engine.doc(hit.n).then(
        (doc) => fillResult(item, doc, terms),
        () => item.replaceChildren(text('span', '这篇论文的信息加载失败。', 'result__error')),
      );
    }
    el.more.hidden = shown >= outcome.hits.length;
  }

  function fillResult(item: HTMLLIElement, doc: SearchDoc, terms: readonly string[]): void {
    item.className = 'result';
    const title = document.createElement('a');
    title.className = 'result__title';
    title.href = doc.url;
    appendPieces(title, highlightPieces(doc.titleZh, terms));
    const titleEn = text('p', '', 'result__title-en');
    titleEn.lang = 'en';
    appendPieces(titleEn, highlightPieces(doc.titleEn, terms));
    const meta = document.createElement('p');
    meta.className = 'result__meta';
    const issue = document.createElement('a');
    issue.href = issuePath(doc.issueNumber);
    issue.textContent = `第${doc.issueNumber}期`;
    const journal = text('span', doc.journal);
    journal.lang = 'en';
    meta.append(journal, ' · ', issue, ' · ', formatDateZh(doc.issueDate));
    const tags = document.createElement('ul');
    tags.className = 'tags';
    for (const tag of doc.tags) {
      const li = document.createElement('li');
      const link = text('a', tag.label, `tag tag--${tag.kind}`) as HTMLAnchorElement;
      link.href = facetPath(tag.kind, tag.slug);
      li.append(link);
      tags.append(li);
    }
    const snippet = text('p', '', 'result__snippet');
    appendPieces(snippet, snippetOf(doc, terms));
    item.replaceChildren(title, titleEn, meta, tags, snippet);
  }

  /** Puts the state in the URL ('push' adds a history entry) and searches. */
  function navigate(mode: 'push' | 'replace'): void {
    const url = searchUrlOf(state);
    if (url !== `${location.pathname}${location.search}`) {
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    void run();
  }

  el.input.addEventListener('input', () => {
    const now = Date.now();
    const mode = now - lastTyping > NEW_ENTRY_AFTER_MS ? 'push' : 'replace';
    lastTyping = now;
    state = { ...state, query: el.input.value };
    navigate(mode);
  });
  el.form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, query: el.input.value };
    lastTyping = 0;
    navigate('push');
    el.results.querySelector<HTMLAnchorElement>('a.result__title')?.focus();
  });
  el.clear.addEventListener('click', () => {
    state = { query: state.query, filters: noFilters() };
    navigate('push');
    el.input.focus();
  });
  el.more.addEventListener('click', showMore);
  window.addEventListener('popstate', () => {
    state = stateFromParams(new URLSearchParams(location.search));
    el.input.value = state.query;
    void run();
  });
  document.addEventListener('keydown', (event) => onKey(event, el));
  void run();
}

/** `/` focuses the box; arrows walk the results; Escape goes back to the box. Enter follows the focused link. */
function onKey(event: KeyboardEvent, el: Elements): void {
  const target = event.target as HTMLElement | null;
  const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target?.isContentEditable;
  if (event.key === '/' && !typing) {
    event.preventDefault();
    el.input.focus();
    el.input.select();
    return;
  }
  const links = [...el.results.querySelectorAll<HTMLAnchorElement>('a.result__title')];
  if (links.length === 0) return;
  const current = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.key === 'ArrowDown' && (target === el.input || current >= 0)) {
    event.preventDefault();
    links[Math.min(links.length - 1, current + 1)]?.focus();
  } else if (event.key === 'ArrowUp' && current >= 0) {
    event.preventDefault();
    if (current === 0) el.input.focus();
    else links[current - 1]?.focus();
  } else if (event.key === 'Escape' && current >= 0) {
    el.input.focus();
  }
}
