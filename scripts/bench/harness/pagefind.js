// Benchmark harness for Pagefind through its own JS API: search, fetch the first result's data, show it.
let pagefind = null;
async function open() {
  if (!pagefind) {
    pagefind = await import('/pagefind/pagefind.js');
    await pagefind.init();
  }
  return pagefind;
}

function render(title) {
  const item = document.createElement('li');
  item.textContent = title;
  document.getElementById('out')?.append(item);
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

export async function firstResult(query, filters) {
  const search = await (await open()).search(query, { filters });
  const first = search.results[0];
  if (first) await render((await first.data()).meta.title);
  return search.results.length;
}

// Pagefind counts every filter value with each search, as our page's facet counts do.
export async function count(query, filters) {
  return (await (await open()).search(query, { filters })).results.length;
}

// Result ids only: the bench maps them to pages from the fragment files on disk, so a query with tens of
// thousands of results does not fetch tens of thousands of fragments.
export async function allIds(query, filters) {
  const search = await (await open()).search(query, { filters });
  return search.results.map((r) => r.id);
}

export async function filterCounts() {
  return (await open()).filters();
}
