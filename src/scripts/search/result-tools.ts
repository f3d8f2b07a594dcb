// The bar above the results: sort order (相关度 / 最新) and the export of every result as RIS or BibTeX.
// It always holds its place on the page, so showing, hiding or enabling it never moves the results.
import type { CitationFormat } from '../../lib/meta/citation.ts';
import { SORT_ORDERS, sortOrderOf, type SortOrder } from '../../lib/search/sort-order.ts';

const MIME: Record<CitationFormat, string> = {
  bib: 'application/x-bibtex;charset=utf-8',
  ris: 'application/x-research-info-systems;charset=utf-8',
};

export class ResultTools {
  private readonly sortInputs: HTMLInputElement[];
  private readonly exportButtons: HTMLButtonElement[];
  private readonly status: HTMLElement;
  private readonly bar: HTMLElement;

  constructor(root: ParentNode = document) {
    this.sortInputs = [...root.querySelectorAll<HTMLInputElement>('input[name="sort"]')];
    this.exportButtons = [...root.querySelectorAll<HTMLButtonElement>('[data-export]')];
    const status = root.querySelector<HTMLElement>('[data-export-status]');
    const bar = root.querySelector<HTMLElement>('[data-result-tools]');
    if (this.sortInputs.length !== SORT_ORDERS.length || this.exportButtons.length === 0 || !status || !bar) throw new Error('search page is missing its result tools');
    this.status = status;
    this.bar = bar;
  }

  /** With no result there is nothing to sort or export: the bar is not shown (it keeps its place). */
  showFor(resultCount: number): void {
    this.bar.toggleAttribute('data-nothing', resultCount === 0);
    this.enableExport(resultCount > 0);
  }

  showSort(sort: SortOrder): void {
    for (const input of this.sortInputs) input.checked = input.value === sort;
  }

  onSortChange(listener: (sort: SortOrder) => void): void {
    for (const input of this.sortInputs) input.addEventListener('change', () => input.checked && listener(sortOrderOf(input.value)));
  }

  /** Export needs results; while one runs, the buttons wait. */
  enableExport(on: boolean): void {
    for (const button of this.exportButtons) button.disabled = !on;
  }

  onExport(listener: (format: CitationFormat) => void): void {
    for (const button of this.exportButtons) button.addEventListener('click', () => listener(button.dataset['export'] === 'bib' ? 'bib' : 'ris'));
  }

  showExportStatus(text: string): void {
    this.status.textContent = text;
  }

  /** Hands the file to the browser as a download; the text never becomes markup. */
  download(name: string, text: string, format: CitationFormat): void {
    const url = URL.createObjectURL(new Blob([text], { type: MIME[format] }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // The download has started by then; the object URL is only needed until it has.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
