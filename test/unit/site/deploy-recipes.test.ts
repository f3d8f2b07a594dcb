// The deploy recipes (deploy/nginx.conf, public/_headers) send the site's own Content-Security-Policy and cache
// only what is named by its content. They are static files: these tests keep them in step with the source.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/lib/site/content-security-policy.ts';
import { directivesNamed, parseNginxConfig, type NginxDirective } from '../../helpers/nginx-config.ts';

const HEADER_POLICY = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const read = (path: string): string => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('deploy/nginx.conf', () => {
  const config = parseNginxConfig(read('deploy/nginx.conf'));
  const [server] = directivesNamed(config, 'server');
  const serverBlock = server?.block ?? [];
  const headers = new Map(directivesNamed(serverBlock, 'add_header').map((d) => [d.args[0], d.args.slice(1)]));

  it('is one map and one server block', () => {
    expect(config.map((d) => d.name)).toEqual(['map', 'server']);
  });

  it('sends the policy from the source, plus frame-ancestors, on every response', () => {
    expect(headers.get('Content-Security-Policy')).toEqual([HEADER_POLICY, 'always']);
    expect(headers.get('X-Content-Type-Options')).toEqual(['nosniff', 'always']);
    expect(headers.get('Referrer-Policy')).toEqual(['strict-origin-when-cross-origin', 'always']);
  });

  it('adds headers only at server level, where no location can drop them', () => {
    const nested = (directives: readonly NginxDirective[], depth: number): string[] =>
      directives.flatMap((d) => [...(d.name === 'add_header' && depth > 0 ? [d.args[0] ?? ''] : []), ...nested(d.block ?? [], depth + 1)]);
    expect(nested(serverBlock, 0)).toEqual([]);
  });

  describe('caches for a year only what is named by its content, also under a sub-path', () => {
    const [map] = directivesNamed(config, 'map');
    const variable = map?.args[1] ?? '';
    const rules = (map?.block ?? []).map((d) => [d.name, d.args[0] ?? ''] as const);
    /** The map's answer for a URI, as nginx picks it: the first matching regex, else the default. */
    const cacheControl = (uri: string): string | undefined =>
      (rules.find(([key]) => key.startsWith('~') && new RegExp(key.slice(1)).test(uri)) ?? rules.find(([key]) => key === 'default'))?.[1];

    it('is the Cache-Control header, on every response', () => {
      expect(map?.args[0]).toBe('$uri');
      expect(headers.get('Cache-Control')).toEqual([variable, 'always']);
    });

    it.each([
      ['/_astro/search.astro_astro_type_script_index_0_lang.CxJyzlz5.js', IMMUTABLE],
      ['/_astro/_page_.BlqJJgG7.css', IMMUTABLE],
      ['/newsletter/_astro/_page_.BlqJJgG7.css', IMMUTABLE],
      ['/search-index/0123456789abcdef/manifest.json', IMMUTABLE],
      ['/search-index/0123456789abcdef/shards/12.json', IMMUTABLE],
      ['/newsletter/search-index/fedcba9876543210/docs/3.json', IMMUTABLE],
      ['/search-index/manifest.json', 'no-cache'],
      ['/search-index/0123456789ABCDEF/manifest.json', 'no-cache'],
      ['/search-index/0123456789abcde/manifest.json', 'no-cache'],
      ['/', 'no-cache'],
      ['/papers/56-1/index.html', 'no-cache'],
      ['/rss.xml', 'no-cache'],
      ['/subscriptions.opml', 'no-cache'],
      ['/papers/56-1.bib', 'no-cache'],
      ['/404.html', 'no-cache'],
    ])('%s → %s', (uri, expected) => {
      expect(cacheControl(uri)).toBe(expected);
    });
  });

  it('serves directories, the 404 page, precompressed files and the site’s own types', () => {
    expect(directivesNamed(serverBlock, 'index').map((d) => d.args)).toEqual([['index.html']]);
    expect(directivesNamed(serverBlock, 'error_page').map((d) => d.args)).toEqual([['404', '/404.html']]);
    expect(directivesNamed(serverBlock, 'gzip_static').map((d) => d.args)).toEqual([['on']]);
    expect(directivesNamed(serverBlock, 'include').map((d) => d.args)).toEqual([['/etc/nginx/mime.types']]);
    const types = directivesNamed(serverBlock, 'types').flatMap((d) => d.block ?? []);
    expect(Object.fromEntries(types.map((d) => [d.args[0], d.name]))).toEqual({
      bib: 'application/x-bibtex',
      ris: 'application/x-research-info-systems',
      opml: 'text/x-opml',
    });
  });
});

describe('public/_headers (Netlify, Cloudflare Pages)', () => {
  /** Rules as path → header name → value, in file order. */
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of read('public/_headers').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map<string, string>()));
    else current?.set(line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim());
  }

  it('sends the policy from the source, plus frame-ancestors, and the hardening headers everywhere', () => {
    expect(rules.get('/*')).toEqual(
      new Map([
        ['Content-Security-Policy', HEADER_POLICY],
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ]),
    );
  });

  it('caches Astro’s assets and the hashed search index for a year, and sets Cache-Control nowhere else', () => {
    // Cloudflare joins the values of every matching rule: a Cache-Control on /* would spoil the immutable ones.
    const cacheRules = [...rules].filter(([, headers]) => headers.has('Cache-Control')).map(([path, headers]) => [path, headers.get('Cache-Control')]);
    expect(cacheRules).toEqual([
      ['/_astro/*', IMMUTABLE],
      ['/search-index/*', IMMUTABLE],
    ]);
  });
});
