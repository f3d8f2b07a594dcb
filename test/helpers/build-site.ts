// Builds the real Astro site (optionally over another content folder) into a folder of the test's choosing.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
// TEST_SITE_DIR lets two test runs on one machine build into separate folders.
export const REPO_SITE_DIR = process.env['TEST_SITE_DIR'] || fileURLToPath(new URL('../.output/site/', import.meta.url));

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs `astro build`; `contentDir` replaces ./content (fixture archives). */
export function buildSite(outDir: string, options: { contentDir?: string; env?: Record<string, string> } = {}): BuildResult {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, ASTRO_TELEMETRY_DISABLED: '1' };
  if (options.contentDir) env['ARCHIVE_CONTENT_DIR'] = options.contentDir;
  const result = spawnSync(process.execPath, ['node_modules/astro/astro.js', 'build', '--outDir', outDir], {
    cwd: REPO_ROOT,
    env,
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** Builds or throws with the build's own output, so a failing build explains itself. */
export function buildSiteOrThrow(outDir: string, options: Parameters<typeof buildSite>[1] = {}): void {
  const result = buildSite(outDir, options);
  if (result.status !== 0) throw new Error(`astro build failed (${result.status}):\n${result.output.slice(-4000)}`);
}
