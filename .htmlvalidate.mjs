// html-validate's configuration for the built site (test/helpers/site-checks.ts checks every page with it;
// `npx html-validate -c .htmlvalidate.mjs "dist/**/*.html"` does the same by hand).
import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended'],
  rules: {
    // Page titles are paper titles and journal names; cutting them to 70 characters would hide what the page is.
    'long-title': 'off',
  },
});
