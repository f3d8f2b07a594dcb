// The linter keeps the layers (eslint.config.js): each row is code at a path where it does or does not belong,
// linted with the project's own config, so a rule that stops biting fails here.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const IMPORTS = '@typescript-eslint/no-restricted-imports';
const PATHS = 'layers/no-restricted-paths';
const GLOBALS = 'no-restricted-globals';

let eslint: ESLint;
beforeAll(() => {
  // The files are virtual, so the type service cannot open them; these rules do not need types.
  eslint = new ESLint({ cwd: ROOT, overrideConfig: [tseslint.configs.disableTypeChecked] });
});

const lint = async (code: string, filePath: string) => (await eslint.lintText(code, { filePath }))[0]?.messages ?? [];

describe('a layer violation fails lint', () => {
  it.each([
    ['node:fs in the search page script', 'src/scripts/search/x.ts', "import { readFileSync } from 'node:fs';\nreadFileSync('x');", IMPORTS, /browser bundle reaches this module/],
    ['a bare Node built-in in the browser bundle', 'src/lib/search/engine.ts', "import { join } from 'path';\njoin('a');", IMPORTS, /no Node built-ins/],
    ['nodejieba in the browser bundle', 'src/lib/search/tokenize.ts', "import jieba from 'nodejieba';\njieba.cut('x');", IMPORTS, /nodejieba is a native addon/],
    ['a Node global in the browser bundle', 'src/scripts/search/x.ts', 'export const base = process.env.BASE;', GLOBALS, /browser bundle reaches this module.*no Node globals/],
    ['a script tag of a component importing node:', 'src/pages/x.astro', "---\n---\n<script>\nimport { readFileSync } from 'node:fs';\nreadFileSync('x');\n</script>\n", IMPORTS, /no Node built-ins/],
    ['astro:content in src/lib', 'src/lib/x.ts', "import { getCollection } from 'astro:content';\nawait getCollection('issues');", IMPORTS, /src\/lib is plain TypeScript/],
    ['a test helper in src/lib', 'src/lib/topics/x.ts', "import { seedText } from '../../../test/helpers/seed.ts';\nseedText();", PATHS, /is in test\/, which src\/ must not import/],
    ['a CLI module in src/lib', 'src/lib/search/x.ts', "import { launchChromium } from '../../../scripts/lib/chromium.ts';\nvoid launchChromium;", PATHS, /is in scripts\/, which src\/ must not import/],
    ['a test helper in a page', 'src/pages/x.astro', "---\nimport { seedText } from '../../test/helpers/seed.ts';\nseedText();\n---\n", PATHS, /is in test\/, which src\/ must not import/],
    ['a test helper in a CLI', 'scripts/x.ts', "import { seedText } from '../test/helpers/seed.ts';\nseedText();", PATHS, /is in test\/, which scripts\/ must not import/],
    ['a test helper in the bench', 'scripts/bench/x.ts', "import { seedText } from '../../test/helpers/seed.ts';\nseedText();", PATHS, /is in test\/, which scripts\/ must not import/],
    ['a re-export of a test helper', 'scripts/x.ts', "export { seedText } from '../test/helpers/seed.ts';", PATHS, /is in test\//],
  ])('%s', async (_name, filePath, code, ruleId, message) => {
    const messages = await lint(code, filePath);
    const found = messages.filter((m) => m.ruleId === ruleId);
    expect(found, JSON.stringify(messages)).toHaveLength(1);
    expect(found[0]?.message).toMatch(message);
  });
});

describe('code in its layer passes lint', () => {
  it.each([
    ['the search page script importing src/lib', 'src/scripts/search/x.ts', "export { searchUrlOf } from '../../lib/search/search-state.ts';"],
    ['a page importing src/scripts (not the CLIs)', 'src/pages/x.ts', "export { startSearchPage } from '../scripts/search-page.ts';"],
    ['a type from node: in the browser bundle', 'src/lib/search/engine.ts', "import type { Stats } from 'node:fs';\nexport type S = Stats;"],
    ['a Node-only src/lib module reading files', 'src/lib/search/file-reader.ts', "export { readFileSync } from 'node:fs';"],
    ['a loader using astro: and Node', 'src/loaders/x.ts', "export { defineCollection } from 'astro:content';\nexport { readFileSync } from 'node:fs';\nexport const cwd = process.cwd();"],
    ['a CLI importing src/lib and scripts/lib', 'scripts/x.ts', "export { fnv1a } from '../src/lib/text/hash.ts';\nexport { launchChromium } from './lib/chromium.ts';"],
    ['a test importing scripts/ and src/', 'test/unit/x.test.ts', "export { launchChromium } from '../../scripts/lib/chromium.ts';\nexport { fnv1a } from '../../src/lib/text/hash.ts';"],
  ])('%s', async (_name, filePath, code) => {
    expect(await lint(code, filePath)).toEqual([]);
  });
});
