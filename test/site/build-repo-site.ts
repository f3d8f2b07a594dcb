// Vitest global setup for site tests: build the repository's own archive once, at the root and under a sub-path.
import { rmSync } from 'node:fs';
import { buildSiteOrThrow, REPO_SITE_DIR, SUB_PATH_BUILD, SUB_PATH_SITE_DIR } from '../helpers/build-site.ts';

export default async function setup(): Promise<void> {
  rmSync(REPO_SITE_DIR, { recursive: true, force: true });
  rmSync(SUB_PATH_SITE_DIR, { recursive: true, force: true });
  await buildSiteOrThrow(REPO_SITE_DIR);
  await buildSiteOrThrow(SUB_PATH_SITE_DIR, { env: SUB_PATH_BUILD.env });
}
