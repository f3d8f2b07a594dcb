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

export async function count(query, filters) {
  return (await (await open()).search(query, { filters })).results.length;
}

export async function allUrls(query, filters) {
  const search = await (await open()).search(query, { filters });
  const data = await Promise.all(search.results.map((r) => r.data()));
  return data.map((d) => d.url);
}
