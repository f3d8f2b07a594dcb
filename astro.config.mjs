// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import precompress from './src/integrations/precompress.ts';
import { normalizeBasePath } from './src/lib/site/base-path.ts';

const base = normalizeBasePath(process.env.BASE_PATH);

export default defineConfig({
  // Absolute URLs in feeds, canonical links and the sitemap. Deployers set SITE to where dist/ is served;
  // the default is where `npm start` serves it.
  site: process.env.SITE || 'http://localhost:4321',
  // Where under SITE the site is served (`/newsletter/` for a GitHub Pages project site); every URL follows it.
  base,
  // Pages only: no JSON index files, feeds, the feed list (OPML) or citation downloads in the sitemap.
  integrations: [
    sitemap({ filter: (page) => !/\.(json|xml|opml|bib|ris|txt)\/?$/.test(page) && !page.includes('/search-index/') }),
    // PRECOMPRESS=1 writes .gz and .br beside text files, last so the sitemap is compressed too.
    ...(process.env.PRECOMPRESS === '1' ? [precompress()] : []),
  ],
  trailingSlash: 'always',
  // Astro keeps the content collections of a build here: builds of different archives side by side (the site tests)
  // each need their own, or one reads the other's papers.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Stylesheets stay files too (Astro would inline small ones), so the CSP needs no 'unsafe-inline' for styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  server: { port: 4321 },
  devToolbar: { enabled: false },
  vite: {
    // The base path for src/lib/site/paths.ts, in pages and in the browser bundle alike.
    define: { __SITE_BASE__: JSON.stringify(base) },
    // nodejieba is a native addon: it must stay a runtime require, never bundled.
    ssr: { external: ['nodejieba'] },
    // Scripts stay files, never inlined, so a Content-Security-Policy can forbid inline scripts.
    build: { assetsInlineLimit: 0 },
    resolve: {
      // FlexSearch's compact build has the Index with export/import and nothing we do not use (10 KB gzip
      // instead of 17 KB); the search code imports 'flexsearch' and gets the same API either way.
      alias: [{ find: /^flexsearch$/, replacement: fileURLToPath(new URL('./node_modules/flexsearch/dist/flexsearch.compact.module.min.js', import.meta.url)) }],
    },
  },
});
