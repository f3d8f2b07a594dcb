// Benchmark harness for our search: the same engine module the site's search page uses, bundled on its own
// so a run can start from a page that has loaded nothing yet.
import { noFilters, SearchEngine, type SearchFilters } from '../../../src/lib/search/engine.ts';
import type { IndexManifest } from '../../../src/lib/search/index-files.ts';

let engine: Promise<SearchEngine> | null = null;
// Like the site's search page, the harness page carries the manifest it was built with.
const manifest = (): IndexManifest | undefined => {
  const inline = document.body.dataset['indexManifest'];
  return inline ? (JSON.parse(inline) as IndexManifest) : undefined;
};
const open = (): Promise<SearchEngine> =>
  (engine ??= SearchEngine.open(async (path) => {
    const response = await fetch(`${document.body.dataset['indexUrl'] ?? ''}${path}`);
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response.json() as Promise<unknown>;
  }, manifest()));

function render(title: string): Promise<void> {
  const item = document.createElement('li');
  item.textContent = title;
  document.getElementById('out')?.append(item);
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Search, fetch the first result's display data, show it: what a reader waits for. */
export async function firstResult(query: string, filters: Partial<SearchFilters>): Promise<number> {
  const search = await open();
  const outcome = await search.search(query, { ...noFilters(), ...filters });
  const first = outcome.hits[0];
  if (first) await render((await search.doc(first.n)).titleZh);
  return outcome.hits.length;
}

/** One keystroke's search with its facet counts, as the search page does it, once everything it needs is loaded. */
export async function count(query: string, filters: Partial<SearchFilters>): Promise<number> {
  const search = await open();
  const all = { ...noFilters(), ...filters };
  const outcome = await search.search(query, all);
  await search.facetCounts(outcome, all);
  return outcome.hits.length;
}
