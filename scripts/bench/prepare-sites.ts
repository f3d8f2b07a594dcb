// Builds what the benchmark compares: our site for a generated archive, Pagefind's index over the same pages,
// and the two harness pages. Everything goes into a temp folder, never into the repository.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import { build } from 'esbuild';
import type { Paper } from '../../src/lib/newsletter/archive.ts';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** `astro build` of the archive in `contentDir`; returns wall time in ms. */
export function buildOurSite(contentDir: string, outDir: string): number {
  return timed(() => {
    const result = spawnSync(process.execPath, ['node_modules/astro/astro.js', 'build', '--outDir', outDir], {
      cwd: REPO,
      env: { ...process.env, ARCHIVE_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (result.status !== 0) throw new Error(`astro build failed:\n${(result.stdout + result.stderr).slice(-3000)}`);
  });
}

const attribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Marks paper pages for Pagefind: only their main content is indexed, with journal/modality/disease filters.
 * Parsed, not string-replaced: a page without its main element stops the bench rather than letting Pagefind
 * index whole pages unnoticed (which once happened when the element gained an attribute).
 */
export function markForPagefind(siteDir: string, papers: readonly Paper[]): void {
  for (const paper of papers) {
    const file = join(siteDir, 'papers', paper.id, 'index.html');
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    const main = $('main#main');
    if (main.length !== 1) throw new Error(`${file}: no single <main id="main"> to mark for Pagefind`);
    const filters = [
      `journal:${paper.journal.slug}`,
      ...paper.modalities.map((m) => `modality:${m}`),
      ...paper.diseases.map((d) => `disease:${d}`),
      `year:${paper.issueDate.slice(0, 4)}`,
    ];
    main.attr('data-pagefind-body', '');
    for (const filter of filters) main.prepend($('<span></span>').attr('data-pagefind-filter', filter));
    writeFileSync(file, $.html());
  }
}

/** Pagefind's extended binary (it segments Chinese) over the built pages; returns wall time in ms. */
export function runPagefind(siteDir: string): number {
  return timed(() => {
    const result = spawnSync(join(REPO, 'node_modules/.bin/pagefind'), ['--site', siteDir, '--output-subdir', 'pagefind'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) throw new Error(`pagefind failed:\n${(result.stdout + result.stderr).slice(-3000)}`);
  });
}

/** /bench/page.html, /bench/ours.js (our engine, bundled like the site's) and /bench/pagefind.js. */
export async function writeHarness(siteDir: string): Promise<void> {
  const dir = join(siteDir, 'bench');
  mkdirSync(dir, { recursive: true });
  const harness = fileURLToPath(new URL('./harness/', import.meta.url));
  // The same manifest the site's search page inlines; Pagefind's harness ignores it.
  const manifest = readFileSync(join(siteDir, 'search-index', 'manifest.json'), 'utf8');
  writeFileSync(join(dir, 'page.html'), readFileSync(join(harness, 'page.html'), 'utf8').replace('{{MANIFEST}}', attribute(manifest)));
  copyFileSync(join(harness, 'pagefind.js'), join(dir, 'pagefind.js'));
  await build({
    entryPoints: [join(harness, 'ours.ts')],
    outfile: join(dir, 'ours.js'),
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    logLevel: 'warning',
    // Same FlexSearch build as the site (see astro.config.mjs).
    alias: { flexsearch: join(REPO, 'node_modules/flexsearch/dist/flexsearch.compact.module.min.js') },
  });
}
