// @ts-check
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
  },
});
