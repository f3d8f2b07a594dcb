// deploy/nginx.conf adapted for a test server: on a loopback port, and (as its comments tell deployers) under a
// sub-path. Only what a deployer is told to change is changed, so the test runs the recipe as shipped.
import { readFileSync } from 'node:fs';

export const NGINX_RECIPE = new URL('../../deploy/nginx.conf', import.meta.url);

export const readRecipe = (): string => readFileSync(NGINX_RECIPE, 'utf8');

/** Replaces the one `directive` line; a recipe with none or several fails loudly. */
function replaceOne(text: string, directive: string, value: string): string {
  const pattern = new RegExp(`^(\\s*)${directive}\\s[^;]*;`, 'gm');
  const found = text.match(pattern)?.length ?? 0;
  if (found !== 1) throw new Error(`deploy/nginx.conf: expected one \`${directive}\` line, found ${found}`);
  return text.replace(pattern, (_line, indent: string) => `${indent}${directive} ${value};`);
}

/** The recipe with only its `listen` (a loopback port) and `root` replaced. */
export function onLoopback(recipe: string, port: number, root: string): string {
  return replaceOne(replaceOne(recipe, 'listen', `127.0.0.1:${port}`), 'root', JSON.stringify(root));
}

/**
 * The recipe's sub-path form, done as its comments say: everything from `index` down moves into
 * `location <base> { alias <site>/; error_page 404 <base>404.html; … }`.
 */
export function underSubPath(recipe: string, base: string, siteDir: string): string {
  const start = recipe.search(/^ {4}index /m);
  const end = recipe.lastIndexOf('}');
  if (start < 0 || end < start) throw new Error('deploy/nginx.conf: no `index` line inside the server block');
  const moved = replaceOne(recipe.slice(start, end), 'error_page', `404 ${base}404.html`).replace(/^(?=.)/gm, '    ');
  return `${recipe.slice(0, start)}    location ${base} {\n        alias ${JSON.stringify(`${siteDir}/`)};\n${moved}    }\n}\n`;
}
