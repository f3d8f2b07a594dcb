// npm run bench -- [--papers N] [--json] [--skip-pagefind] [--repetitions R] [--no-write]
// Generates an archive of N papers, builds our site and Pagefind's index over it, and measures both engines in
// headless Chromium on the same pages, queries and server. Writes the table into docs/benchmarks.md.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync } from 'node:zlib';
import { loadArchive, loadSearchData, validIssues } from '../../src/lib/archive/load-archive.ts';
import type { Paper } from '../../src/lib/newsletter/archive.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { siteIndexReader } from '../../src/lib/search/file-reader.ts';
import { jiebaCutter } from '../../src/lib/search/jieba-segmenter.ts';
import { conceptFinder } from '../../src/lib/similar/concept-terms.ts';
import { termContextOf } from '../../src/lib/similar/paper-terms.ts';
import { similarPapers } from '../../src/lib/similar/similar-papers.ts';
import { papersOf } from '../../src/lib/site/archive-views.ts';
import { launchChromium } from '../lib/chromium.ts';
import { seededRandom } from './archive/random.ts';
import { startBenchServer, type BenchServer } from './bench-server.ts';
import { generateArchive, type GeneratedArchive } from './generate-archive.ts';
import { coldMedian, median, MOBILE, pagefindResultIds, percentile, warmLatencies, type BenchQuery, type ColdRun, type EngineName } from './measure.ts';
import { longQueries, timeLongQueries } from './long-queries.ts';
import { pageRun, type PageRun } from './page-level.ts';
import { buildOurSite, markForPagefind, REPO, runPagefind, timeIndexBuild, writeHarness } from './prepare-sites.ts';
import { ourPaperCount, ourResultIds, quality, truthFor } from './quality.ts';
import { benchQueries, PAGE_QUERIES } from './queries.ts';
import { environmentOf, writeReport, type BenchResult, type EngineSummary, type KindQuality, type QueryQuality } from './report.ts';
import { sampleQueries } from './sampled-queries.ts';
import { checkSanity } from './sanity-check.ts';
import { pagefindPageCount } from './sanity.ts';

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
// The default run is a quick check for development: fewer fixed queries and warm repetitions.
const quick = papers <= 300;
const repetitions = Number(values.repetitions ?? (quick ? 3 : 5));
// Cold figures move by ±50% from run to run on these machines: each is the median of this many.
const COLD_RUNS = 3;
// Builds are repeated too, except at sizes where one build takes minutes.
const BUILD_RUNS = papers <= 3000 ? 3 : 1;
const SAMPLED_PER_KIND = 24;
const started = performance.now();
const log = (message: string) => process.stderr.write(`bench [${((performance.now() - started) / 1000).toFixed(0)} s]: ${message}\n`);

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

function repeated<T extends { ms: number }>(runs: number, run: () => T): T {
  const all = Array.from({ length: runs }, run);
  const middle = median(all.map((r) => r.ms));
  return all.find((r) => r.ms === middle) ?? (all[0] as T);
}

interface Prepared {
  archive: GeneratedArchive;
  papers: Paper[];
  siteDir: string;
  fixed: BenchQuery[];
  sampled: BenchQuery[];
  phases: BenchResult['phases'];
  ourIndexBuildMs: number;
  indexBytes: number;
  distinct: { han: number; latin: number };
}

async function prepare(work: string): Promise<Prepared> {
  log(`generating ${papers} papers in ${work}`);
  const archive = generateArchive({ papers, seed: Number(values.seed), outDir: work });
  log(`recombined from ${archive.sources.papers} papers of ${archive.sources.issues} issues`);
  const parse = timed(() => {
    const loaded = loadArchive(archive.contentDir);
    return { loaded, papers: papersOf(validIssues(loaded)) };
  });
  const { loaded } = parse.value;
  const topics = [...loaded.taxonomy.modalities, ...loaded.taxonomy.diseases];
  const searchData = loadSearchData(archive.contentDir, topics.flatMap((t) => t.zh));
  // jieba loads its dictionary when the cutter is made; the first cut finishes the start-up.
  const jiebaLoad = timed(() => {
    const cutter = jiebaCutter(searchData.knownWords);
    cutter('预热');
    return cutter;
  });
  const cut = jiebaLoad.value;
  // 相关文献 are computed in the site build (src/data/similar.ts); timed alone here, as the build does it.
  log('similar papers…');
  const similar = timed(() => similarPapers(parse.value.papers, termContextOf(cut, searchData.stopwords, conceptFinder(topics, searchData.thesaurus))));
  log(`similar papers ${ms(similar.ms)}`);

  log(`our index, issue text to files, in a fresh process (${BUILD_RUNS}×)…`);
  const ourBuild = repeated(BUILD_RUNS, () => timeIndexBuild(archive.contentDir, join(work, 'index-only')));
  log(`our index ${ms(ourBuild.ms)} (${ourBuild.files} files, ${kb(ourBuild.bytes)} raw)`);

  const siteDir = join(work, 'site');
  log('astro build…');
  const astroMs = buildOurSite(archive.contentDir, siteDir);
  log(`astro build ${ms(astroMs)}`);
  let pagefindMs = Number.NaN;
  if (!values['skip-pagefind']) {
    markForPagefind(siteDir, parse.value.papers);
    log(`pagefind (${BUILD_RUNS}×)…`);
    pagefindMs = repeated(BUILD_RUNS, () => ({ ms: runPagefind(siteDir) })).ms;
    log(`pagefind ${ms(pagefindMs)}`);
  }
  await writeHarness(siteDir);

  const random = seededRandom(Number(values.seed));
  const sampled = sampleQueries({ texts: archive.texts, cut, stopwords: new Set(searchData.stopwords.index), random, perKind: SAMPLED_PER_KIND });
  return {
    archive,
    papers: parse.value.papers,
    siteDir,
    fixed: benchQueries(archive.planted, quick),
    sampled,
    phases: { parseMs: parse.ms, jiebaLoadMs: jiebaLoad.ms, indexWallMs: ourBuild.wallMs, astroBuildMs: astroMs, pagefindMs, similarMs: similar.ms },
    ourIndexBuildMs: ourBuild.ms,
    indexBytes: ourBuild.bytes,
    distinct: distinctWords(archive.texts, cut),
  };
}

function distinctWords(texts: ReadonlyMap<string, string>, cut: (run: string) => readonly string[]): { han: number; latin: number } {
  const han = new Set<string>();
  const latin = new Set<string>();
  for (const text of texts.values()) {
    for (const run of text.match(/\p{Script=Han}+/gu) ?? []) for (const word of cut(run)) han.add(word);
    for (const word of text.match(/[A-Za-z]+/g) ?? []) latin.add(word.toLowerCase());
  }
  return { han: han.size, latin: latin.size };
}

function byKind(qualities: readonly QueryQuality[]): Record<string, KindQuality> {
  const kinds = new Map<string, QueryQuality[]>();
  for (const q of qualities) kinds.set(q.kind, [...(kinds.get(q.kind) ?? []), q]);
  return Object.fromEntries(
    [...kinds].map(([kind, list]) => [kind, { queries: list.length, recall: mean(list.map((q) => q.recall)), extra: median(list.map((q) => q.extra)) }]),
  );
}

async function measureEngine(engine: EngineName, prepared: Prepared, browser: Awaited<ReturnType<typeof launchChromium>>, server: BenchServer): Promise<EngineSummary> {
  const { fixed, sampled, siteDir, archive, papers: all } = prepared;
  log(`${engine}: cold queries, ${COLD_RUNS} runs each, loopback and mobile`);
  const cold: ColdRun[] = [];
  const mobile: ColdRun[] = [];
  for (const query of fixed) {
    cold.push(await coldMedian(browser, server, engine, query, null, COLD_RUNS));
    mobile.push(await coldMedian(browser, server, engine, query, MOBILE, COLD_RUNS));
  }
  log(`${engine}: warm keystrokes`);
  const warm = await warmLatencies(browser, server, engine, fixed, repetitions);
  log(`${engine}: result lists for ${fixed.length} fixed and ${sampled.length} sampled queries`);
  const resultIds = (queries: readonly BenchQuery[]) => (engine === 'ours' ? ourResultIds(siteDir, queries) : pagefindResultIds(browser, server, siteDir, queries));
  const judge = async (queries: readonly BenchQuery[]) => {
    const found = await resultIds(queries);
    return queries.map((q, i) => quality(q, truthFor(q, archive.texts, all), found[i] ?? []));
  };
  const qualities = await judge(fixed);
  const sampledQualities = await judge(sampled);
  log(`${engine}: page level`);
  const page = await pageLevel(engine, browser, server);
  return {
    pagesIndexed: engine === 'ours' ? await ourPaperCount(siteDir) : pagefindPageCount(siteDir),
    firstBytes: median(cold.map((r) => r.bytes)),
    firstRequests: median(cold.map((r) => r.requests)),
    firstMs: median(cold.map((r) => r.ms)),
    firstMsMobile: median(mobile.map((r) => r.ms)),
    warmP50Ms: percentile(warm, 50),
    warmP95Ms: percentile(warm, 95),
    indexBuildMs: engine === 'ours' ? prepared.ourIndexBuildMs : prepared.phases.pagefindMs,
    recall: mean(qualities.map((q) => q.recall)),
    extraResults: median(qualities.map((q) => q.extra)),
    ...page,
    sampledRecall: mean(sampledQualities.map((q) => q.recall)),
    sampledExtra: median(sampledQualities.map((q) => q.extra)),
    sampledByKind: byKind(sampledQualities),
    sampledMisses: sampledQualities.filter((q) => q.recall < 1),
    perQuery: qualities.map((q, i) => ({ ...q, coldMs: cold[i]?.ms ?? 0, coldBytes: cold[i]?.bytes ?? 0, mobileMs: mobile[i]?.ms ?? 0, requests: cold[i]?.requests ?? 0 })),
  };
}

/** Page-level figures: for each query the median of COLD_RUNS cold runs, then the median over queries. */
async function pageLevel(engine: EngineName, browser: Awaited<ReturnType<typeof launchChromium>>, server: BenchServer) {
  const loopback: PageRun[] = [];
  const mobile: PageRun[] = [];
  for (const query of PAGE_QUERIES) {
    const runs = async (onMobile: boolean): Promise<PageRun> => {
      const all: PageRun[] = [];
      for (let i = 0; i < COLD_RUNS; i++) all.push(await pageRun(browser, server, engine, query, onMobile));
      const pick = (field: Exclude<keyof PageRun, 'found'>) => median(all.map((r) => r[field]));
      const runFields = ['loadBytes', 'loadRequests', 'firstMs', 'firstBytes', 'firstRequests'] as const;
      return { ...(Object.fromEntries(runFields.map((field) => [field, pick(field)])) as Omit<PageRun, 'found'>), found: all.every((r) => r.found) };
    };
    loopback.push(await runs(false));
    mobile.push(await runs(true));
  }
  return {
    pageLoadBytes: median(loopback.map((r) => r.loadBytes)),
    pageLoadRequests: median(loopback.map((r) => r.loadRequests)),
    pageBytes: median(loopback.map((r) => r.loadBytes + r.firstBytes)),
    pageFirstMs: median(loopback.map((r) => r.firstMs)),
    pageFirstMsMobile: median(mobile.map((r) => r.firstMs)),
    pageQueries: PAGE_QUERIES.map((query, i) => ({
      query,
      found: (loopback[i]?.found ?? false) && (mobile[i]?.found ?? false),
      bytes: (loopback[i]?.loadBytes ?? 0) + (loopback[i]?.firstBytes ?? 0),
      firstMs: loopback[i]?.firstMs ?? Number.NaN,
      mobileMs: mobile[i]?.firstMs ?? Number.NaN,
    })),
  };
}

async function main(): Promise<BenchResult> {
  const work = mkdtempSync(join(tmpdir(), `bench-${papers}-`));
  const prepared = await prepare(work);
  const withPagefind = !values['skip-pagefind'];
  const engines: EngineName[] = withPagefind ? ['ours', 'pagefind'] : ['ours'];
  const server = await startBenchServer(prepared.siteDir);
  const browser = await launchChromium(['--ignore-certificate-errors']);
  const environment = environmentOf({
    chromium: browser.version(),
    astro: packageVersion('astro'),
    flexsearch: packageVersion('flexsearch'),
    nodejieba: packageVersion('nodejieba'),
    pagefind: `${packageVersion('pagefind')} (extended)`,
  });
  const summaries: Partial<Record<EngineName, EngineSummary>> = {};
  let sanity: string[];
  try {
    const planted = prepared.archive.planted[0];
    if (!planted) throw new Error('the generated archive has no planted term for the sanity query');
    sanity = await checkSanity({ papers: prepared.papers, siteDir: prepared.siteDir, known: planted, browser, server, withPagefind });
    log(`sanity checks passed: ${sanity.join('; ')}`);
    for (const engine of engines) summaries[engine] = await measureEngine(engine, prepared, browser, server);
  } finally {
    await browser.close();
    await server.close();
  }

  log('pasted long queries, in the engine');
  const engine = await SearchEngine.open(siteIndexReader(prepared.siteDir));
  const sample = await engine.doc(0);
  const longTimings = await timeLongQueries(engine, longQueries({ zh: sample.summary, en: sample.abstract }));

  const { archive } = prepared;
  const result: BenchResult = {
    papers: archive.paperCount,
    issues: archive.issueCount,
    archive: { sourceIssues: archive.sources.issues, sourcePapers: archive.sources.papers, distinctHanWords: prepared.distinct.han, distinctLatinWords: prepared.distinct.latin },
    ours: summaries.ours as EngineSummary,
    pagefind: summaries.pagefind ?? null,
    phases: prepared.phases,
    sizes: siteSizes(prepared.siteDir, prepared.indexBytes),
    sanity,
    queries: prepared.fixed,
    sampledQueries: prepared.sampled.length,
    longQueries: longTimings,
    environment,
  };
  if (!process.env['BENCH_KEEP']) rmSync(work, { recursive: true, force: true });
  return result;
}

const mean = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);

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
    if (values.json) process.stdout.write(`${JSON.stringify({ papers: result.papers, sanity: result.sanity, ours: strip(result.ours), pagefind: result.pagefind && strip(result.pagefind) })}\n`);
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

function strip(summary: EngineSummary): Omit<EngineSummary, 'perQuery' | 'sampledMisses' | 'pageQueries'> {
  const { perQuery: _perQuery, sampledMisses: _misses, pageQueries: _pageQueries, ...rest } = summary;
  return rest;
}
