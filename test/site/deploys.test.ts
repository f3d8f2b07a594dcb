// Two deploys never mix: the archive of issue 56 and, later, of issues 56–58. Whatever a page fetches lives at a URL
// whose bytes never change (the search index under a folder named by its hash, Astro's hashed assets), and a search
// page left open from the older deploy says the site was updated instead of answering wrongly. (Two builds of the same
// content are byte-identical: test/site/accounting.test.ts.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { siteIndexFolder } from '../../src/lib/search/file-reader.ts';
import { SITE_UPDATED } from '../../src/lib/search/search-page-state.ts';
import { REPO_SITE_DIR } from '../helpers/build-site.ts';
import { builtFiles } from '../helpers/site-checks.ts';
import { withBuiltSite } from '../helpers/site-fixtures.ts';
import { serveDirectory, type RunningServer } from '../../scripts/lib/static-server.ts';

// Documents readers open by address, served for revalidation (deploy/nginx.conf, public/_headers): they must change.
const REVALIDATED = /(?:\.html|\.xml|\.opml|\.txt|\.bib|\.ris)$/;

let older: string;
let newer: string;
const chromium = useBrowser();

beforeAll(async () => {
  older = REPO_SITE_DIR;
  newer = (await withBuiltSite('eval')).siteDir;
});

describe('two deploys of a growing archive', () => {
  it('share no fetched URL whose bytes differ', () => {
    const olderFiles = new Set(builtFiles(older).filter((file) => !REVALIDATED.test(file)));
    const shared = builtFiles(newer).filter((file) => olderFiles.has(file));
    const changed = shared.filter((file) => !readFileSync(join(older, file)).equals(readFileSync(join(newer, file))));
    expect(changed).toEqual([]);
    // The index itself is new: a new folder, none of the old one's files reused under its name.
    expect(siteIndexFolder(newer)).not.toBe(siteIndexFolder(older).replace(older, newer));
    expect(shared.filter((file) => file.startsWith('/search-index/'))).toEqual([]);
    // Unchanged files keep their URLs, so a returning reader's cache still serves them.
    expect(shared.some((file) => file.startsWith('/_astro/'))).toBe(true);
  });

  it('tells a reader on an older search page to reload, and the reload searches the new archive', async () => {
    let root = older;
    const server: RunningServer = await serveDirectory(older, { root: () => root });
    try {
      const page = await chromium.page();
      await page.goto(`${server.url}/search/`);
      await expect.poll(() => page.locator('[data-status]').innerText()).toContain('全部 6 篇');

      root = newer;
      await page.locator('#search-query').fill('肺癌');
      await expect.poll(() => page.locator('[data-status]').innerText()).toBe(SITE_UPDATED);
      expect(await page.locator('.paper-card').count()).toBe(0);
      const reload = page.getByRole('button', { name: '刷新页面' });
      expect(await reload.isVisible()).toBe(true);

      await reload.click();
      await expect.poll(() => page.locator('a.paper-card__title').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-status]').innerText()).not.toBe(SITE_UPDATED);
      expect(await reload.isVisible()).toBe(false);
      await page.goto(`${server.url}/search/`);
      // Issues 57 and 58 are there now: more papers than issue 56's six.
      await expect.poll(() => page.locator('[data-status]').innerText()).toMatch(/全部 (\d{2,}) 篇/);
    } finally {
      await server.close();
    }
  });
});
