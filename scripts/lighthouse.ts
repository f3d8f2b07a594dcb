// [BASE_PATH=/sub/] npm run lighthouse -- [--dist DIR] [--runs N] [--no-write]
// Builds the site (or takes a built one), serves it, and audits the home page, the first paper and the search page
// with a query in Lighthouse's default mobile config. Prints the scores and writes them into docs/benchmarks.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { normalizeBasePath } from '../src/lib/site/base-path.ts';
import { chromiumPath, CHROMIUM_FLAGS } from './lib/chromium.ts';
import { CATEGORIES, lighthouseSection, median, scoreTable, withLighthouseSection, type Category, type PageScores } from './lib/lighthouse-report.ts';
import { serveDirectory } from './lib/static-server.ts';

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

const REPO = fileURLToPath(new URL('../', import.meta.url));
const DOC = join(REPO, 'docs/benchmarks.md');
const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    runs: { type: 'string', default: '3' },
    'no-write': { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(values.runs));
// A site built with BASE_PATH (here or for --dist) is served under it, as its host would.
const base = normalizeBasePath(process.env['BASE_PATH']);
const log = (message: string) => process.stderr.write(`lighthouse: ${message}\n`);

function buildSite(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'lighthouse-site-'));
  log(`building the site into ${outDir}`);
  const result = spawnSync(process.execPath, ['node_modules/astro/astro.js', 'build', '--outDir', outDir], {
    cwd: REPO,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${`${result.stdout}${result.stderr}`.slice(-3000)}`);
  return outDir;
}

/** The archive's first paper (lowest issue, then position), as the site lists it under /papers/. */
function firstPaperPath(siteDir: string): string {
  const ids = readdirSync(join(siteDir, 'papers'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (!ids[0]) throw new Error(`${siteDir} has no paper pages`);
  return `/papers/${ids[0]}/`;
}

/** What keeps each category below 100: its weighted audits that did not pass, with their values. */
function shortfallsOf(report: Report): string[] {
  const found: string[] = [];
  for (const id of CATEGORIES) {
    const category = report.categories[id];
    if (!category || category.score === 1) continue;
    const failing = category.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => report.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1)
      .map((audit) => `${audit?.title}${audit?.displayValue ? ` (${audit.displayValue})` : ''}`);
    found.push(`${id} ${Math.round((category.score ?? 0) * 100)}: ${failing.join(', ') || 'no single audit named'}`);
  }
  return found;
}

const score = (report: Report, id: Category): number | null => {
  const value = report.categories[id]?.score;
  return value === null || value === undefined ? null : Math.round(value * 100);
};

/** `runs` audits of one URL; a run Lighthouse could not finish stops the script. */
async function audit(url: string, port: number): Promise<Report[]> {
  const reports: Report[] = [];
  for (let run = 1; run <= runs; run++) {
    log(`${decodeURI(url)}, run ${run} of ${runs}`);
    const result = await lighthouse(url, { port, logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    reports.push(result.lhr);
  }
  return reports;
}

/** The run with the median performance score stands for the page; the other categories hardly vary. */
function pageScores(page: { name: string; path: string }, reports: readonly Report[]): PageScores {
  const middle = median(reports.map((r) => score(r, 'performance')));
  const chosen = reports.find((r) => score(r, 'performance') === middle) ?? reports[0];
  if (!chosen) throw new Error(`no Lighthouse report for ${page.path}`);
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, score(chosen, id)])) as PageScores['scores'];
  return { ...page, scores, shortfalls: shortfallsOf(chosen) };
}

/** The build, e.g. 156.0.8078.114: the user agent says only 156.0.0.0. */
function chromiumVersion(executable: string): string {
  const output = execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return /\d+(\.\d+){3}/.exec(output)?.[0] ?? 'unknown';
}

async function main(): Promise<void> {
  const executable = chromiumPath();
  if (!existsSync(executable)) throw new Error(`Chromium not found at ${executable}: install it (sudo apt-get install chromium) or set CHROME_PATH.`);
  const siteDir = values.dist ?? buildSite();
  const pages = [
    { name: 'home', path: '/' },
    { name: 'paper', path: firstPaperPath(siteDir) },
    { name: 'search', path: '/search/?q=肺癌' },
  ];
  const server = await serveDirectory(siteDir, { base, compress: true });
  const chrome = await launch({ chromePath: executable, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  const results: PageScores[] = [];
  const all: Report[] = [];
  try {
    for (const page of pages) {
      const reports = await audit(`${server.url}${base}${encodeURI(page.path.slice(1))}`, chrome.port);
      all.push(...reports);
      results.push(pageScores(page, reports));
    }
  } finally {
    chrome.kill();
    await server.close();
    if (!values.dist) rmSync(siteDir, { recursive: true, force: true });
  }
  process.stdout.write(`${scoreTable(results)}\n`);
  for (const page of results) for (const line of page.shortfalls) process.stdout.write(`${page.name}: ${line}\n`);
  if (values['no-write']) return;
  const section = lighthouseSection({
    date: new Date().toISOString().slice(0, 10),
    chromium: chromiumVersion(executable),
    lighthouse: all[0]?.lighthouseVersion ?? 'unknown',
    node: process.version,
    benchmarkIndex: median(all.map((r) => Math.round(r.environment.benchmarkIndex))),
    loadAverage: loadavg()[0] ?? 0,
    runs,
    pages: results,
  });
  writeFileSync(DOC, withLighthouseSection(readFileSync(DOC, 'utf8'), section));
  log(`wrote ${DOC}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`lighthouse: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
