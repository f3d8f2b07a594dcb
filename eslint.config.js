// Lint TypeScript and Astro files; `npm test` runs this with --max-warnings 0. Besides style, it keeps the layers:
// which folders may import what (README "Layout"), and which globals exist where the code runs.
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import noRestrictedPaths from './lint-rules/no-restricted-paths.js';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

/**
 * Every module the search page's browser bundle reaches: src/scripts/ and the src/lib modules they import (type-only
 * imports aside), as esbuild's metafile lists them. test/unit/layers/search-bundle.test.ts bundles the page and fails
 * when this list and the bundle differ, so a module that starts going to the browser must be added here.
 */
export const BROWSER_MODULES = [
  'src/scripts/**/*.ts',
  'src/lib/meta/citation.ts',
  'src/lib/newsletter/doi.ts',
  'src/lib/newsletter/name.ts',
  'src/lib/search/concepts.ts',
  'src/lib/search/engine.ts',
  'src/lib/search/export-results.ts',
  'src/lib/search/facet-index.ts',
  'src/lib/search/flexsearch.ts',
  'src/lib/search/han-conversion.ts',
  'src/lib/search/han-plan.ts',
  'src/lib/search/highlight.ts',
  'src/lib/search/index-config.ts',
  'src/lib/search/index-files.ts',
  'src/lib/search/latin-groups.ts',
  'src/lib/search/latin-plan.ts',
  'src/lib/search/lexicon.ts',
  'src/lib/search/mixed-synonyms.ts',
  'src/lib/search/plan-nodes.ts',
  'src/lib/search/query-node.ts',
  'src/lib/search/query-plan.ts',
  'src/lib/search/query-rules.ts',
  'src/lib/search/query-text.ts',
  'src/lib/search/scored-papers.ts',
  'src/lib/search/search-notices.ts',
  'src/lib/search/search-page-state.ts',
  'src/lib/search/search-state.ts',
  'src/lib/search/sort-order.ts',
  'src/lib/search/sorted-terms.ts',
  'src/lib/search/tokenize.ts',
  'src/lib/search/typo.ts',
  'src/lib/site/base-path.ts',
  'src/lib/site/dates.ts',
  'src/lib/site/facet-names.ts',
  'src/lib/site/paper-card-classes.ts',
  'src/lib/site/paper-card.ts',
  'src/lib/site/paper-prose.ts',
  'src/lib/site/tag-chip.ts',
  'src/lib/site/paths.ts',
  'src/lib/text/bidi.ts',
  'src/lib/text/fold.ts',
  'src/lib/text/hash.ts',
  'src/lib/text/regexp.ts',
];
// Scripts inside .astro files (eslint-plugin-astro lints each as a virtual file) run in the browser too.
const ASTRO_CLIENT_SCRIPTS = ['**/*.astro/*.ts', '**/*.astro/*.js'];
// What runs only in Node: the CLIs and tests, the build's own config and hooks, and src/lib modules that read files
// or call nodejieba (none of them is in BROWSER_MODULES).
const NODE_ONLY = [
  'scripts/**',
  'test/**',
  'lint-rules/**',
  '*.config.*',
  'src/integrations/**',
  'src/loaders/**',
  'src/data/**',
  'src/content.config.ts',
  'src/pages/**',
  'src/lib/archive/**',
  'src/lib/search/file-reader.ts',
  'src/lib/search/index-build-hash.ts',
  'src/lib/search/jieba-segmenter.ts',
];

// Which top-level folders may not import which (paths resolved from the importing file).
const ZONES = [
  { target: 'src', from: 'test', message: 'the site never depends on its tests; move what both need into src/lib' },
  { target: 'src', from: 'scripts', message: 'the CLIs call src/lib, never the other way round; move the shared code into src/lib' },
  { target: 'scripts', from: 'test', message: 'move what a CLI shares with tests into scripts/lib or src/lib' },
];
// Package imports, composed per folder: a later config object replaces a rule's options instead of adding to them.
const FROM_ASTRO = { regex: '^astro:', message: 'src/lib is plain TypeScript: pages, loaders and src/data talk to Astro, then call src/lib.' };
const NOT_IN_BROWSER = 'The browser bundle reaches this module (BROWSER_MODULES in eslint.config.js): no Node built-ins.';
const FROM_NODE = { group: ['node:*'], allowTypeImports: true, message: NOT_IN_BROWSER };
const NODE_ONLY_PACKAGES = [
  ...builtinModules.map((name) => ({ name, allowTypeImports: true, message: NOT_IN_BROWSER })),
  { name: 'nodejieba', message: 'nodejieba is a native addon for the build: the browser segments with the index vocabulary.' },
];
const restrictImports = (patterns, paths = []) => ['error', { patterns, paths }];
// no-undef is off for TypeScript (the compiler checks names, and its lib and @types/node declare Node's globals for
// every file), so the browser bundle's ban on Node globals is spelled out: those Node has and browsers lack.
const NODE_ONLY_GLOBALS = Object.keys(globals.node)
  .filter((name) => !(name in globals.browser))
  .map((name) => ({ name, message: NOT_IN_BROWSER.replace('built-ins', 'globals') }));
const BROWSER_LIB_MODULES = BROWSER_MODULES.filter((glob) => glob.startsWith('src/lib/'));

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test/.output/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    rules: {
      // Unused names starting with _ are deliberate (destructuring to drop a field).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
    },
  },

  // Typed rules where the TypeScript project covers the file; .astro files and their scripts have no type service.
  {
    files: ['**/*.ts', '**/*.mts'],
    ignores: ASTRO_CLIENT_SCRIPTS,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: ROOT } },
  },

  // Globals: Node's where only Node runs, the browser's in the browser bundle, what both share elsewhere in src/.
  { files: ['**/*.{js,mjs,ts,mts}'], languageOptions: { globals: globals['shared-node-browser'] } },
  { files: NODE_ONLY, languageOptions: { globals: globals.node } },
  // The bench's harness modules run in the page the bench opens, not in Node.
  { files: ['scripts/bench/harness/**'], languageOptions: { globals: globals.browser } },
  { files: [...BROWSER_MODULES, ...ASTRO_CLIENT_SCRIPTS], ignores: ['src/lib/**'], languageOptions: { globals: globals.browser } },
  { files: [...BROWSER_MODULES, ...ASTRO_CLIENT_SCRIPTS], rules: { 'no-restricted-globals': ['error', ...NODE_ONLY_GLOBALS] } },

  // Layers: nothing in src/ imports tests or CLIs; src/lib leaves Astro to pages; the browser bundle stays free of
  // Node; scripts/ share code with tests through scripts/lib or src/lib, never by importing test/.
  {
    plugins: { layers: { rules: { 'no-restricted-paths': noRestrictedPaths } } },
    rules: { 'layers/no-restricted-paths': ['error', { root: ROOT, zones: ZONES }] },
  },
  { files: ['src/lib/**'], rules: { '@typescript-eslint/no-restricted-imports': restrictImports([FROM_ASTRO]) } },
  { files: [...BROWSER_MODULES, ...ASTRO_CLIENT_SCRIPTS], rules: { '@typescript-eslint/no-restricted-imports': restrictImports([FROM_NODE], NODE_ONLY_PACKAGES) } },
  { files: BROWSER_LIB_MODULES, rules: { '@typescript-eslint/no-restricted-imports': restrictImports([FROM_ASTRO, FROM_NODE], NODE_ONLY_PACKAGES) } },
);
