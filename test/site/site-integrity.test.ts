// The repository's built site as a whole: valid HTML on every page, no broken internal link or anchor,
// and a Content-Security-Policy that content cannot get around.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_SITE_DIR, TEST_SITE_URL } from '../helpers/build-site.ts';
import { loadPage } from '../helpers/built-pages.ts';
import { brokenLinks, builtFiles, builtPages, htmlValidationErrors, unsafeMarkup } from '../helpers/site-checks.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/site/content-security-policy.ts';

const site = REPO_SITE_DIR;

describe('every page of the built site', () => {
  it('is found: home, issues, papers, facets, trends, search, subscribe and 404', () => {
    const pages = builtPages(site);
    for (const page of ['/', '/issues/', '/issues/56/', '/papers/56-1/', '/journals/', '/modalities/', '/diseases/', '/years/', '/years/2026/', '/trends/', '/search/', '/subscribe/', '/404.html']) {
      expect(pages).toContain(page);
    }
  });

  it('passes html-validate with the committed config', async () => {
    expect(await htmlValidationErrors(site)).toEqual([]);
  });

  it('links only to built files and existing anchors, and to other sites only over https', async () => {
    expect(await brokenLinks(site, TEST_SITE_URL)).toEqual([]);
  });

  it('carries the Content-Security-Policy first in <head> and has no inline script, style, event handler or foreign link', async () => {
    for (const page of builtPages(site)) {
      const $ = loadPage(site, page);
      const policy = $('head > meta[http-equiv="Content-Security-Policy"]');
      expect(policy.attr('content'), page).toBe(CONTENT_SECURITY_POLICY);
      // A policy only governs what comes after it: nothing but the charset may precede it.
      expect($('head > *').index(policy), page).toBe(1);
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(await unsafeMarkup(site, [TEST_SITE_URL])).toEqual([]);
  });

  it('publishes feeds as plain RSS, with no XSLT view left behind', () => {
    const files = builtFiles(site);
    expect(files).not.toContain('/rss.xsl');
    expect(files).not.toContain('/rss.css');
    const feeds = files.filter((file) => file.endsWith('/rss.xml'));
    expect(feeds.length).toBeGreaterThan(10);
    for (const feed of feeds) expect(readFileSync(join(site, feed), 'utf8'), feed).not.toContain('<?xml-stylesheet');
  });
});
