// Vitest global setup for site tests: build the repository's own archive once.
import { rmSync } from 'node:fs';
import { buildSiteOrThrow, REPO_SITE_DIR } from '../helpers/build-site.ts';

export default function setup(): void {
  rmSync(REPO_SITE_DIR, { recursive: true, force: true });
  buildSiteOrThrow(REPO_SITE_DIR);
}
