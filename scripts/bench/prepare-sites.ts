// Builds what the benchmark compares: our site for a generated archive, Pagefind's index over the same pages,
// and the harness pages (engine level for both, Pagefind's default UI for the page level). Everything goes into a temp folder, never into the repository.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Paper } from '../../src/lib/newsletter/archive.ts';
import { siteIndexFolder } from '../../src/lib/search/file-reader.ts';
import { markPaperPage } from './pagefind-marking.ts';

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

/** Marks every paper page for Pagefind: the text our index holds and the same filters (see pagefind-marking.ts). */
export function markForPagefind(siteDir: string, papers: readonly Paper[]): void {
  for (const paper of papers) {
    const file = join(siteDir, 'papers', paper.id, 'index.html');
    writeFileSync(file, markPaperPage(readFileSync(file, 'utf8'), paper, file));
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

/** /bench/page.html, /bench/ours.js (our engine, bundled like the site's), /bench/pagefind.js and /bench/pagefind-ui.html. */
export async function writeHarness(siteDir: string): Promise<void> {
  const dir = join(siteDir, 'bench');
  mkdirSync(dir, { recursive: true });
  const harness = fileURLToPath(new URL('./harness/', import.meta.url));
  // The same manifest the site's search page inlines; Pagefind's harness ignores it.
  const indexFolder = siteIndexFolder(siteDir);
  const manifest = readFileSync(join(indexFolder, 'manifest.json'), 'utf8');
  const indexUrl = `/${relative(siteDir, indexFolder).split(sep).join('/')}/`;
  const page = readFileSync(join(harness, 'page.html'), 'utf8').replace('{{MANIFEST}}', attribute(manifest)).replace('{{INDEX_URL}}', attribute(indexUrl));
  writeFileSync(join(dir, 'page.html'), page);
  copyFileSync(join(harness, 'pagefind.js'), join(dir, 'pagefind.js'));
  // Pagefind's default UI, for the page-level comparison with our real /search/ page.
  copyFileSync(join(harness, 'pagefind-ui.html'), join(dir, 'pagefind-ui.html'));
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

export interface IndexBuildRun {
  /** From the first statement to the last file written: parse, jieba load, segmentation, index, write. */
  ms: number;
  /** The whole child process, Node and TypeScript loading included. */
  wallMs: number;
  files: number;
  bytes: number;
}

/** Our index build from issue text to files on disk, in a fresh process (see index-build.ts). */
export function timeIndexBuild(contentDir: string, outDir: string): IndexBuildRun {
  let stdout = '';
  const wallMs = timed(() => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./index-build.ts', import.meta.url)), contentDir, outDir], {
      cwd: REPO,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    if (result.status !== 0) throw new Error(`index build failed:\n${(result.stdout + result.stderr).slice(-3000)}`);
    stdout = result.stdout;
  });
  return { ...(JSON.parse(stdout) as Omit<IndexBuildRun, 'wallMs'>), wallMs };
}
