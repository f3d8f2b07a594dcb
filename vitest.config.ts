import { defineConfig } from 'vitest/config';

// Every run's temp folders under one folder, removed at the end (both projects make them).
const TEMP_ROOT = 'test/setup/temp-root.ts';

// Two projects: fast pure-logic tests, and tests that build real sites and drive a real browser.
export default defineConfig({
  test: {
    reporters: ['default', './test/reporters/slowest-files.ts'],
    // Both cores: vitest's default leaves one idle on a 2-core machine, and most site files wait on Chromium or
    // a child process part of the time.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/cli/**/*.test.ts'],
          // The repository's and the eval archive's search index, built once for every file that searches them.
          globalSetup: [TEMP_ROOT, 'test/setup/search-indexes.ts'],
          testTimeout: 60_000,
          // Pure-logic files share their worker's imports (no file mocks a module); a fresh module graph per file cost
          // about a second of start-up each, for 54 files. One state does outlive a file: jieba's dictionary is one
          // per process and never forgets a word, so a test cuts with the repository's editor words (as the fixtures
          // do) or with a cut function of its own, and never teaches jieba words of its own.
          isolate: false,
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          // Fixture sites are built once here, before any file runs; test files only read them.
          globalSetup: [TEMP_ROOT, 'test/site/build-repo-site.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          // A page drawing results beside another test file's Chromium on two cores can take seconds; vitest's
          // default of one second for expect.poll made such waits flaky.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
