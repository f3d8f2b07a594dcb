// Builds the real Astro site (optionally over another content folder) into a folder of the test's choosing.
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where the site tests build the repository's archive; TEST_SITE_DIR (under test/.output or the temp folder) moves it. */
export const REPO_SITE_DIR = repoSiteDir(process.env['TEST_SITE_DIR']);

/** Tests build with this SITE, whatever the shell says, so feed and canonical links point back into the built site. */
export const TEST_SITE_URL = 'http://localhost:4321';

/**
 * The same archive built for a sub-path deploy (a GitHub Pages project site): SITE and BASE_PATH as a deployer sets
 * them (`newsletter`, which the build normalises to /newsletter/). Built once by the global setup, beside REPO_SITE_DIR.
 */
export const SUB_PATH_BUILD = { site: 'https://example.org', base: '/newsletter/', env: { SITE: 'https://example.org', BASE_PATH: 'newsletter' } } as const;
export const SUB_PATH_SITE_DIR = `${REPO_SITE_DIR.replace(/\/+$/, '')}-newsletter`;

function repoSiteDir(requested: string | undefined): string {
  const fallback = fileURLToPath(new URL('../.output/site/', import.meta.url));
  if (!requested) return fallback;
  // The global setup deletes this folder before building: never let a stray variable point it at real files.
  const safeRoots = [fileURLToPath(new URL('../.output/', import.meta.url)), `${realpathSync(tmpdir())}/`];
  const absolute = resolve(requested);
  if (!safeRoots.some((root) => `${absolute}/`.startsWith(root) && `${absolute}/` !== root)) {
    throw new Error(`TEST_SITE_DIR must be a folder inside test/.output/ or ${tmpdir()}, not ${requested}`);
  }
  return absolute;
}

export interface BuildResult {
  status: number | null;
  output: string;
}

export interface BuildOptions {
  /** Replaces ./content (fixture archives). */
  contentDir?: string;
  env?: Record<string, string>;
}

const ASTRO_BUILD = (outDir: string): string[] => ['node_modules/astro/astro.js', 'build', '--outDir', outDir];

// Each build its own Astro cache beside its output: two builds sharing one read each other's content store, and
// site test files run two at a time.
function buildEnv(outDir: string, options: BuildOptions): NodeJS.ProcessEnv {
  const cache = { ASTRO_CACHE_DIR: `${outDir.replace(/\/+$/, '')}.cache/` };
  const env: NodeJS.ProcessEnv = { ...process.env, SITE: TEST_SITE_URL, ...cache, ...options.env, ASTRO_TELEMETRY_DISABLED: '1' };
  if (options.contentDir) env['ARCHIVE_CONTENT_DIR'] = options.contentDir;
  return env;
}

/**
 * Runs `astro build` in a child process without blocking the test worker: vitest gives up on a worker that stays
 * silent for a minute, as a worker waiting on a slow build synchronously does.
 */
export async function buildSite(outDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const output: string[] = [];
  const child = spawn(process.execPath, ASTRO_BUILD(outDir), { cwd: REPO_ROOT, env: buildEnv(outDir, options), timeout: 240_000 });
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  return { status, output: output.join('') };
}

/** Builds or throws with the build's own output, so a failing build explains itself. */
export async function buildSiteOrThrow(outDir: string, options: BuildOptions = {}): Promise<void> {
  const result = await buildSite(outDir, options);
  if (result.status !== 0) throw new Error(`astro build failed (${result.status}):\n${result.output.slice(-4000)}`);
}
