// The search page's DOM: finds its elements once and draws status, notices, results, facets and failure,
// only ever as text nodes (titles and abstracts come from the archive and must never be parsed as HTML).
import type { FacetCount, FacetCounts } from '../../lib/search/facet-index.ts';
import { FACET_NAMES, FACETS, type Facet } from '../../lib/site/facet-names.ts';
import type { IndexManifest, SearchDoc } from '../../lib/search/index-files.ts';
import type { SearchNotice } from '../../lib/search/search-notices.ts';
import type { SearchFailure } from '../../lib/search/search-page-state.ts';
import { PAPER_CARD_CLASS } from '../../lib/site/paper-card-classes.ts';
import { paperCardOfDoc } from '../../lib/site/paper-card.ts';
import { textElement } from './dom.ts';
import { drawPaperCard } from './paper-card-view.ts';

/** Called when the reader ticks or unticks a filter value. */
export type FilterToggle = (filter: Facet, value: string, on: boolean) => void;

interface Elements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  notices: HTMLElement;
  app: HTMLElement;
  filters: HTMLDetailsElement;
  activeCount: HTMLElement;
  status: HTMLElement;
  failure: HTMLElement;
  failureMessage: HTMLElement;
  reload: HTMLButtonElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  clear: HTMLButtonElement;
}

function find<T extends Element>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`search page is missing ${selector}`);
  return element;
}

export class SearchView {
  /** Result documents load as their placeholders come near the viewport: a reader sees a few, not all twenty. */
  private readonly waiting = new WeakMap<Element, () => void>();
  private readonly nearViewport = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        this.nearViewport.unobserve(entry.target);
        this.waiting.get(entry.target)?.();
        this.waiting.delete(entry.target);
      }
    },
    { rootMargin: '300px 0px' },
  );

  private constructor(private readonly el: Elements) {}

  /** Finds the page's elements; a missing one is a build mistake, so it throws. */
  static find(): SearchView {
    return new SearchView({
      form: find('#search-form'),
      input: find('#search-query'),
      notices: find('[data-notices]'),
      app: find('[data-search-app]'),
      filters: find('[data-filters]'),
      activeCount: find('[data-active-count]'),
      status: find('[data-status]'),
      failure: find('[data-failure]'),
      failureMessage: find('[data-failure-message]'),
      reload: find('[data-reload]'),
      results: find('[data-results]'),
      more: find('[data-more]'),
      clear: find('[data-clear-filters]'),
    });
  }

  get form(): HTMLFormElement {
    return this.el.form;
  }
  get input(): HTMLInputElement {
    return this.el.input;
  }
  get moreButton(): HTMLButtonElement {
    return this.el.more;
  }
  get clearButton(): HTMLButtonElement {
    return this.el.clear;
  }
  get reloadButton(): HTMLButtonElement {
    return this.el.reload;
  }

  /** Where the page's index build is served (a folder named by its hash, with the base path). */
  indexUrl(): string {
    const url = this.el.app.dataset['indexUrl'];
    if (!url) throw new Error('search page is missing data-index-url');
    return url;
  }

  /** The manifest the page was built with, if any: one round trip less before the first result. */
  indexManifest(): IndexManifest | undefined {
    const json = this.el.app.dataset['indexManifest'];
    return json ? (JSON.parse(json) as IndexManifest) : undefined;
  }

  /**
   * The app is laid out from the first paint (CSS hides it only without scripting), so showing it moves nothing.
   * The filters start closed: on a wide screen they sit beside the results and open here; on a phone they stay
   * closed above the results, which opening them after the first paint would push down.
   */
  reveal(narrow: boolean): void {
    if (!narrow) this.el.filters.open = true;
  }

  /** The box follows the state (Back, Forward, a shared URL) without disturbing what is being typed. */
  showQuery(query: string): void {
    if (this.el.input.value !== query) this.el.input.value = query;
  }

  /**
   * The status line goes to the live region; notices (one line each) are shown under the box, hidden when there
   * are none. The live region reads them too, after the status: one polite region, so two never talk over each other.
   */
  showStatus(line: string, notices: readonly SearchNotice[] = [], onAlternative?: (query: string) => void): void {
    const spoken = notices.length > 0 ? [textElement('span', ` ${notices.map((n) => n.text).join(' ')}`, 'visually-hidden')] : [];
    this.el.status.replaceChildren(line, ...spoken);
    this.el.notices.replaceChildren(
      ...notices.map((notice) => {
        const paragraph = textElement('p', notice.text, `search-form__notice search-form__notice--${notice.kind}`);
        const alternative = notice.alternative;
        if (alternative && onAlternative) {
          const button = textElement('button', alternative.label, 'link-button');
          button.type = 'button';
          button.addEventListener('click', () => onAlternative(alternative.query));
          paragraph.append(' ', button);
        }
        return paragraph;
      }),
    );
    this.el.notices.hidden = notices.length === 0;
  }

  /** Results of an earlier search would read as answers to this one: the failure replaces them. */
  showFailure(failure: SearchFailure): void {
    this.clearResults();
    this.offerMore(false);
    this.showStatus(failure.status);
    this.el.failureMessage.textContent = failure.message;
    this.el.reload.hidden = !failure.reload;
    this.el.failure.hidden = false;
  }

  clearResults(): void {
    this.nearViewport.disconnect();
    this.el.results.replaceChildren();
  }

  /**
   * Appends one result per paper: a placeholder of a card's height at once (so nothing shifts), the card once
   * the placeholder nears the viewport and its document arrives.
   */
  appendResults(loaders: readonly (() => Promise<SearchDoc>)[], terms: readonly string[]): void {
    for (const load of loaders) {
      const item = document.createElement('li');
      item.className = `${PAPER_CARD_CLASS.card} ${PAPER_CARD_CLASS.loading}`;
      item.append(textElement('span', '…', PAPER_CARD_CLASS.placeholder));
      this.el.results.append(item);
      this.waiting.set(item, () => {
        load().then(
          (loaded) => drawPaperCard(item, paperCardOfDoc(loaded), terms),
          () => item.replaceChildren(textElement('span', '这篇论文的信息加载失败。', PAPER_CARD_CLASS.error)),
        );
      });
      this.nearViewport.observe(item);
    }
  }

  offerMore(more: boolean): void {
    this.el.more.hidden = !more;
  }

  /**
   * Redraws every filter's values with counts; `active` is how many values are on, `activeLabel` what the summary says.
   * A filter without values stays, saying so (CSS): hiding it would move the filters below it.
   */
  showFacets(counts: FacetCounts, active: { count: number; label: string }, onToggle: FilterToggle): void {
    // Redrawing replaces the checkboxes: remember the focused one, or a keyboard user is thrown back to the page top.
    const focused = document.activeElement instanceof HTMLInputElement && this.el.app.contains(document.activeElement) ? document.activeElement : null;
    for (const name of FACET_NAMES) {
      const list = find<HTMLUListElement>(`[data-filter="${name}"] [data-filter-values]`);
      list.replaceChildren(...counts[name].map((facet) => facetItem(name, facet, onToggle)));
      if (focused?.name === FACETS[name].searchParam) [...list.querySelectorAll('input')].find((box) => box.value === focused.value)?.focus({ preventScroll: true });
    }
    this.el.activeCount.textContent = active.label;
    this.el.clear.hidden = active.count === 0;
  }

  /** The result title links, in order: what the arrow keys walk. */
  resultLinks(): HTMLAnchorElement[] {
    return [...this.el.results.querySelectorAll<HTMLAnchorElement>(`a.${PAPER_CARD_CLASS.title}`)];
  }

  focusFirstResult(): void {
    this.resultLinks()[0]?.focus();
  }
}

function facetItem(name: Facet, facet: FacetCount, onToggle: FilterToggle): HTMLLIElement {
  const item = document.createElement('li');
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  // The field is named as the URL names the filter (?disease=…), so it means the same in a form and in a link.
  box.name = FACETS[name].searchParam;
  box.value = facet.slug;
  box.checked = facet.selected;
  box.addEventListener('change', () => onToggle(name, facet.slug, box.checked));
  // Name and English name wrap as one text, so a narrow column never squeezes either to a letter a line.
  const names = textElement('span', '', 'filter__name');
  names.append(textElement('span', facet.label, 'filter__label'));
  if (facet.labelEn) names.append(' ', textElement('span', facet.labelEn, 'filter__en'));
  label.append(box, names, textElement('span', String(facet.count), 'filter__count'));
  item.append(label);
  return item;
}
