// similar: the 相关文献 of one paper, read back from its built page (what readers see), best first.
// Usage: npm run --silent similar -- [--dist DIR] [--json] DOI_OR_ID
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SearchEngine } from '../src/lib/search/engine.ts';
import { siteIndexReader } from '../src/lib/search/file-reader.ts';
import { similarOnPage } from './lib/similar-on-page.ts';

const USAGE = 'usage: npm run --silent similar -- [--dist DIR] [--json] DOI_OR_ID';

function fail(code: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** A paper id (56-1) as given; a DOI in any form a reader pastes, through the search engine's own DOI lookup. */
async function paperIdOf(dist: string, wanted: string): Promise<string | null> {
  if (/^\d+-\d+$/.test(wanted)) return wanted;
  const engine = await SearchEngine.open(siteIndexReader(dist));
  const outcome = await engine.search(wanted);
  const [only] = outcome.hits;
  return outcome.plan.doi && only && outcome.hits.length === 1 ? (await engine.doc(only.n)).id : null;
}

const { values, positionals } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { dist: { type: 'string', default: 'dist' }, json: { type: 'boolean', default: false } } });
  } catch (error) {
    return fail(2, `${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
})();
const wanted = positionals.join(' ').trim();
if (!wanted) fail(2, USAGE);
let id: string | null;
try {
  id = await paperIdOf(values.dist, wanted);
} catch (error) {
  fail(2, error instanceof Error ? error.message : String(error));
}
const page = id ? join(values.dist, 'papers', id, 'index.html') : '';
if (!id || !existsSync(page)) fail(1, `no paper ${JSON.stringify(wanted)} in ${values.dist}`);
const rows = similarOnPage(readFileSync(page, 'utf8'));
if (values.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
else {
  process.stdout.write(`${rows.length} similar papers to ${id}\n`);
  for (const row of rows) process.stdout.write(`${row.score.toFixed(3)}  ${row.id}  ${row.titleZh}\n       ${row.titleEn}\n       ${row.shared.join(', ')}\n`);
}
