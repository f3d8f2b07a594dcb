import { defineConfig } from 'vitest/config';

// Two projects: fast pure-logic tests, and tests that build real sites and drive a real browser.
export default defineConfig({
  test: {
    reporters: ['default', './test/reporters/slowest-files.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/cli/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          globalSetup: ['test/site/build-repo-site.ts'],
          // Builds and Chromium are heavy on a 2-core machine: one file at a time.
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
