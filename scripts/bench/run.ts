// npm run bench -- [--papers N] [--json] [--skip-pagefind] [--repetitions R] [--no-write]
// Generates an archive of N papers, builds our site and Pagefind's index over it, and measures both engines in
// headless Chromium on the same pages, queries and server. Writes the table into docs/benchmarks.md.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync } from 'node:zlib';
import { loadArchive, loadSearchData, validIssues } from '../../src/lib/archive/load-archive.ts';
import { collectPostings, writeIndexFiles } from '../../src/lib/search/build-index.ts';
import { noFilters, SearchEngine } from '../../src/lib/search/engine.ts';
import { siteIndexReader } from '../../src/lib/search/file-reader.ts';
import { jiebaCutter } from '../../src/lib/search/jieba-segmenter.ts';
import { papersOf } from '../../src/lib/site/archive-views.ts';
import { launchChromium } from '../../test/helpers/chromium.ts';
import { startBenchServer } from './bench-server.ts';
import { generateArchive, groundTruth } from './generate-archive.ts';
import { coldRun, median, MOBILE, pagefindResultIds, percentile, warmLatencies, type BenchQuery, type ColdRun, type EngineName } from './measure.ts';
import { benchQueries } from './queries.ts';
import { environmentOf, writeReport, type BenchResult, type EngineSummary, type QueryQuality } from './report.ts';
import { buildOurSite, markForPagefind, REPO, runPagefind, writeHarness } from './prepare-sites.ts';

const { values } = parseArgs({
  options: {
    papers: { type: 'string', default: '300' },
    json: { type: 'boolean', default: false },
    'skip-pagefind': { type: 'boolean', default: false },
    repetitions: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
  },
});
const papers = Number(values.papers);
// The default run is a quick check for development: fewer queries and repetitions.
const quick = papers <= 300;
const repetitions = Number(values.repetitions ?? (quick ? 3 : 5));
const started = performance.now();
const log = (message: string) => process.stderr.write(`bench [${((performance.now() - started) / 1000).toFixed(0)} s]: ${message}\n`);

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

async function main(): Promise<BenchResult> {
  const work = mkdtempSync(join(tmpdir(), `bench-${papers}-`));
  log(`generating ${papers} papers in ${work}`);
  const archive = generateArchive({ papers, seed: Number(values.seed), outDir: work });

  // Our build, phase by phase in this process, then the whole site as `astro build` does it.
  const parse = timed(() => {
    const loaded = loadArchive(archive.contentDir);
    return { loaded, papers: papersOf(validIssues(loaded)) };
  });
  const topics = [...parse.value.loaded.taxonomy.modalities, ...parse.value.loaded.taxonomy.diseases];
  const searchData = loadSearchData(archive.contentDir, topics.flatMap((t) => t.zh));
  const cut = jiebaCutter(searchData.knownWords);
  cut('预热'); // jieba loads its dictionary on first use; that is start-up, not indexing
  const input = { papers: parse.value.papers, topics, ...searchData, cut };
  const segment = timed(() => collectPostings(input));
  const index = timed(() => writeIndexFiles(segment.value, input));
  const indexBytes = [...index.value.values()].reduce((n, body) => n + Buffer.byteLength(body), 0);
  log(`parse ${ms(parse.ms)}, segmentation ${ms(segment.ms)}, index ${ms(index.ms)} (${index.value.size} files, ${kb(indexBytes)} raw)`);

  const siteDir = join(work, 'site');
  log('astro build…');
  const astroMs = buildOurSite(archive.contentDir, siteDir);
  log(`astro build ${ms(astroMs)}`);

  let pagefindMs = Number.NaN;
  if (!values['skip-pagefind']) {
    markForPagefind(siteDir, parse.value.papers);
    log('pagefind…');
    pagefindMs = runPagefind(siteDir);
    log(`pagefind ${ms(pagefindMs)}`);
  }
  await writeHarness(siteDir);

  const queries = benchQueries(archive.planted, quick);
  const truth = queries.map((q) => truthFor(q, archive.texts, parse.value.papers));
  const engines: EngineName[] = values['skip-pagefind'] ? ['ours'] : ['ours', 'pagefind'];

  const server = await startBenchServer(siteDir);
  const browser = await launchChromium(['--ignore-certificate-errors']);
  const environment = environmentOf({
    chromium: browser.version(),
    astro: packageVersion('astro'),
    flexsearch: packageVersion('flexsearch'),
    nodejieba: packageVersion('nodejieba'),
    pagefind: `${packageVersion('pagefind')} (extended)`,
  });
  const summaries: Partial<Record<EngineName, EngineSummary>> = {};
  try {
    for (const engine of engines) {
      log(`${engine}: cold queries`);
      const cold: ColdRun[] = [];
      const mobile: ColdRun[] = [];
      for (const query of queries) {
        cold.push(await coldRun(browser, server, engine, query, null));
        mobile.push(await coldRun(browser, server, engine, query, MOBILE));
      }
      log(`${engine}: warm keystrokes`);
      const warm = await warmLatencies(browser, server, engine, queries, repetitions);
      const found = engine === 'ours' ? await ourResultIds(siteDir, queries) : await pagefindResultIds(browser, server, queries);
      const qualities = queries.map((q, i): QueryQuality => quality(q, truth[i] ?? new Set(), found[i] ?? []));
      summaries[engine] = {
        firstBytes: median(cold.map((r) => r.bytes)),
        firstRequests: median(cold.map((r) => r.requests)),
        firstMs: median(cold.map((r) => r.ms)),
        firstMsMobile: median(mobile.map((r) => r.ms)),
        warmP50Ms: percentile(warm, 50),
        warmP95Ms: percentile(warm, 95),
        indexBuildMs: engine === 'ours' ? segment.ms + index.ms : pagefindMs,
        recall: qualities.reduce((sum, q) => sum + q.recall, 0) / qualities.length,
        extraResults: median(qualities.map((q) => q.extra)),
        perQuery: qualities.map((q, i) => ({ ...q, coldMs: cold[i]?.ms ?? 0, coldBytes: cold[i]?.bytes ?? 0, mobileMs: mobile[i]?.ms ?? 0, requests: cold[i]?.requests ?? 0 })),
      };
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const result: BenchResult = {
    papers: archive.paperCount,
    issues: archive.issueCount,
    ours: summaries.ours as EngineSummary,
    pagefind: summaries.pagefind ?? null,
    phases: { parseMs: parse.ms, segmentMs: segment.ms, indexMs: index.ms, astroBuildMs: astroMs, pagefindMs },
    sizes: siteSizes(siteDir, indexBytes),
    queries,
    environment,
  };
  if (!process.env['BENCH_KEEP']) rmSync(work, { recursive: true, force: true });
  return result;
}

function truthFor(query: BenchQuery, texts: ReadonlyMap<string, string>, all: ReturnType<typeof papersOf>): Set<string> {
  const matching = groundTruth(texts, (query.truth ?? query.query).split(/\s+/).filter(Boolean));
  const byId = new Map(all.map((p) => [p.id, p]));
  const passes = (id: string): boolean => {
    const paper = byId.get(id);
    if (!paper) return false;
    const f = { ...noFilters(), ...query.filters };
    return (
      (f.journal.length === 0 || f.journal.includes(paper.journal.slug)) &&
      (f.modality.length === 0 || f.modality.some((m) => paper.modalities.includes(m))) &&
      (f.disease.length === 0 || f.disease.some((d) => paper.diseases.includes(d))) &&
      (f.year.length === 0 || f.year.includes(paper.issueDate.slice(0, 4)))
    );
  };
  return new Set([...matching].filter(passes));
}

function quality(query: BenchQuery, truth: ReadonlySet<string>, found: readonly string[]): QueryQuality {
  const foundSet = new Set(found);
  const hits = [...truth].filter((id) => foundSet.has(id)).length;
  return {
    query: query.query,
    kind: query.kind,
    truth: truth.size,
    found: foundSet.size,
    recall: truth.size === 0 ? 1 : hits / truth.size,
    extra: [...foundSet].filter((id) => !truth.has(id)).length,
  };
}

const DOC_READ_BATCH = 256;

/** Our full result lists, through the same engine over the built files (the browser's results are the same). */
async function ourResultIds(siteDir: string, queries: readonly BenchQuery[]): Promise<string[][]> {
  const read = siteIndexReader(siteDir);
  const engine = await SearchEngine.open(read);
  const out: string[][] = [];
  for (const query of queries) {
    const outcome = await engine.search(query.query, { ...noFilters(), ...query.filters });
    // In batches: at 30,000 papers one query has tens of thousands of results, more files than may be open at once.
    const ids: string[] = [];
    for (let start = 0; start < outcome.hits.length; start += DOC_READ_BATCH) {
      const batch = outcome.hits.slice(start, start + DOC_READ_BATCH);
      ids.push(...(await Promise.all(batch.map(async (hit) => (await engine.doc(hit.n)).id))));
    }
    out.push(ids);
  }
  return out;
}

/** Bytes a reader downloads for a paper page and the search page's script, compressed as the bench server sends them. */
function siteSizes(siteDir: string, indexBytes: number): BenchResult['sizes'] {
  const br = (path: string) => brotliCompressSync(readFileSync(path)).length;
  const assets = readdirSync(join(siteDir, '_astro'));
  const css = assets.filter((f) => f.endsWith('.css')).map((f) => join(siteDir, '_astro', f));
  const searchJs = assets.filter((f) => f.startsWith('search') && f.endsWith('.js')).map((f) => join(siteDir, '_astro', f));
  const firstPaper = readdirSync(join(siteDir, 'papers')).find((name) => !name.includes('.')) ?? '';
  return {
    paperPageHtmlBr: br(join(siteDir, 'papers', firstPaper, 'index.html')),
    cssBr: css.reduce((n, f) => n + br(f), 0),
    searchJsBr: searchJs.reduce((n, f) => n + br(f), 0),
    indexRawBytes: indexBytes,
  };
}

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(REPO, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

const ms = (value: number) => `${(value / 1000).toFixed(1)} s`;
const kb = (value: number) => `${(value / 1024).toFixed(0)} KB`;

main()
  .then((result) => {
    if (values.json) process.stdout.write(`${JSON.stringify({ papers: result.papers, ours: strip(result.ours), pagefind: result.pagefind && strip(result.pagefind) })}\n`);
    else process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    if (!values['no-write']) {
      writeReport(result);
      log('docs/benchmarks.md updated');
    }
  })
  .catch((error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });

function strip(summary: EngineSummary): Omit<EngineSummary, 'perQuery'> {
  const { perQuery: _perQuery, ...rest } = summary;
  return rest;
}
