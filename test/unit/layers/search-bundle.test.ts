// The search page's browser bundle, built as Astro builds it (the page's <script>, bundled and minified): it must hold
// only browser code — src/scripts, the src/lib modules eslint.config.js lists as BROWSER_MODULES and two small
// packages — and stay within its size budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_MODULES } from '../../../eslint.config.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PAGE = 'src/pages/search.astro';
const ENTRY = 'search.astro-script.ts';
// Measured at 28,057 bytes minified and gzipped (zlib's default level) when this budget was set: about 15% above it.
const GZIP_BUDGET = 32_300;
// Packages the page may ship: the index (FlexSearch's compact build) and the English stemmer the tokenizer shares.
const PACKAGES = ['node_modules/flexsearch/', 'node_modules/stemmer/'];

let inputs: string[] = [];
let gzipped = 0;

beforeAll(async () => {
  // The page's own script is the entry, as Astro bundles it.
  const script = /<script>([\s\S]*?)<\/script>/.exec(readFileSync(`${ROOT}${PAGE}`, 'utf8'))?.[1];
  if (!script) throw new Error(`${PAGE} has no <script>`);
  const result = await build({
    stdin: { contents: script, resolveDir: `${ROOT}src/pages`, sourcefile: ENTRY, loader: 'ts' },
    absWorkingDir: ROOT,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    // As astro.config.mjs sets them for the browser bundle.
    define: { __SITE_BASE__: '"/"' },
    alias: { flexsearch: './node_modules/flexsearch/dist/flexsearch.compact.module.min.js' },
  });
  inputs = Object.keys(result.metafile.inputs).filter((input) => input !== `src/pages/${ENTRY}`);
  gzipped = gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array()).length;
});

describe("the search page's bundle", () => {
  it('starts from the page script, src/scripts/search-page.ts', () => {
    expect(inputs).toContain('src/scripts/search-page.ts');
  });

  it('holds no Node built-in, nodejieba, build-time data or content', () => {
    const nodeOnly = inputs.filter((input) => /^node:|nodejieba|^src\/data\/|^src\/loaders\/|^src\/lib\/archive\/|^content\//.test(input));
    expect(nodeOnly).toEqual([]);
  });

  it('holds only src/scripts, src/lib and the two packages the page needs', () => {
    const other = inputs.filter((input) => !input.startsWith('src/scripts/') && !input.startsWith('src/lib/') && !PACKAGES.some((p) => input.startsWith(p)));
    expect(other).toEqual([]);
    expect(inputs).toContain('node_modules/flexsearch/dist/flexsearch.compact.module.min.js');
  });

  it('reaches exactly the src/lib modules eslint.config.js lists, so the browser lint rules cover them all', () => {
    const listed = BROWSER_MODULES.filter((glob) => glob.startsWith('src/lib/')).sort();
    expect(inputs.filter((input) => input.startsWith('src/lib/')).sort()).toEqual(listed);
    expect(BROWSER_MODULES).toContain('src/scripts/**/*.ts');
  });

  it(`stays within ${GZIP_BUDGET} bytes minified and gzipped`, () => {
    expect(gzipped).toBeGreaterThan(10_000);
    expect(gzipped).toBeLessThanOrEqual(GZIP_BUDGET);
  });
});
