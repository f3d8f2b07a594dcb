// Vitest global setup for site tests: build the repository's own archive once, at the root and under a sub-path.
import { rmSync } from 'node:fs';
import { buildSiteInBackground, REPO_SITE_DIR, SUB_PATH_BUILD, SUB_PATH_SITE_DIR } from '../helpers/build-site.ts';

export default async function setup(): Promise<void> {
  rmSync(REPO_SITE_DIR, { recursive: true, force: true });
  rmSync(SUB_PATH_SITE_DIR, { recursive: true, force: true });
  await buildSiteInBackground(REPO_SITE_DIR);
  await buildSiteInBackground(SUB_PATH_SITE_DIR, { env: SUB_PATH_BUILD.env });
}
