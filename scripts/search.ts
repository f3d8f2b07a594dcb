// search: query the built site's index through the same engine the browser uses.
// Usage: npm run --silent search -- [--dist DIR] [--journal S] [--modality S] [--disease S] [--year Y]
//                                   [--sort relevance|newest] [--limit N] [--json] [--explain-query] QUERY
import { parseArgs } from 'node:util';
import { noFilters, SearchEngine, type IndexReader } from '../src/lib/search/engine.ts';
import { siteIndexReader } from '../src/lib/search/file-reader.ts';
import { explainQuery } from '../src/lib/search/explain-query.ts';
import { SORT_ORDERS, sortOrderOf } from '../src/lib/search/sort-order.ts';

const USAGE =
  'usage: npm run --silent search -- [--dist DIR] [--journal S] [--modality S] [--disease S] [--year Y] [--sort relevance|newest] [--limit N] [--json] [--explain-query] QUERY';

function fail(code: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      dist: { type: 'string', default: 'dist' },
      journal: { type: 'string', multiple: true, default: [] },
      modality: { type: 'string', multiple: true, default: [] },
      disease: { type: 'string', multiple: true, default: [] },
      year: { type: 'string', multiple: true, default: [] },
      limit: { type: 'string', default: '10' },
      sort: { type: 'string', default: 'relevance' },
      json: { type: 'boolean', default: false },
      'explain-query': { type: 'boolean', default: false },
    },
  });
}
try {
  parsed = parse();
} catch (error) {
  fail(2, `${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}
const { values, positionals } = parsed;
const limit = Number(values.limit);
if (!Number.isInteger(limit) || limit < 1) fail(2, `--limit must be a positive whole number\n${USAGE}`);
if (!(SORT_ORDERS as readonly string[]).includes(values.sort)) fail(2, `--sort must be ${SORT_ORDERS.join(' or ')}\n${USAGE}`);
const sort = sortOrderOf(values.sort);
let reader: IndexReader;
try {
  reader = siteIndexReader(values.dist);
} catch (error) {
  fail(2, error instanceof Error ? error.message : String(error));
}

const query = positionals.join(' ');
const filters = { ...noFilters(), journals: values.journal, modalities: values.modality, diseases: values.disease, years: values.year };
try {
  const engine = await SearchEngine.open(reader);
  const outcome = await engine.search(query, filters, sort);
  const docs = await Promise.all(outcome.hits.slice(0, limit).map((hit) => engine.doc(hit.n)));
  if (values['explain-query']) process.stderr.write(`${explainQuery(query, outcome).join('\n')}\n`);
  if (values.json) {
    const rows = docs.map((d) => ({ id: d.id, doi: d.doi, titleZh: d.titleZh, titleEn: d.titleEn, url: d.url }));
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    process.stdout.write(`${outcome.hits.length} papers${outcome.hits.length > limit ? ` (showing ${limit})` : ''}\n`);
    for (const d of docs) process.stdout.write(`${d.id}  ${d.titleZh}\n      ${d.titleEn}\n      https://doi.org/${d.doi}  ${d.url}\n`);
  }
} catch (error) {
  fail(1, error instanceof Error ? error.message : String(error));
}
