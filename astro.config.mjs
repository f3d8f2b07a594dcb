// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Absolute URLs in feeds and canonical links; deployers set SITE to where dist/ is served.
  site: process.env.SITE || 'https://example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  server: { port: 4321 },
  devToolbar: { enabled: false },
  vite: {
    // nodejieba is a native addon: it must stay a runtime require, never bundled.
    ssr: { external: ['nodejieba'] },
    resolve: {
      // FlexSearch's compact build has the Index with export/import and nothing we do not use (10 KB gzip
      // instead of 17 KB); the search code imports 'flexsearch' and gets the same API either way.
      alias: [{ find: /^flexsearch$/, replacement: fileURLToPath(new URL('./node_modules/flexsearch/dist/flexsearch.compact.module.min.js', import.meta.url)) }],
    },
  },
});
