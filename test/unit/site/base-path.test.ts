// BASE_PATH as deployers type it becomes one canonical base; a value that is not a URL path stops the build.
import { describe, expect, it } from 'vitest';
import { normalizeBasePath } from '../../../src/lib/site/base-path.ts';
import { BASE_PATH, facetFeedPath, facetPath, paperPath, searchIndexBuildPath, searchPath, sitePath } from '../../../src/lib/site/paths.ts';

describe('normalizeBasePath', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['newsletter', '/newsletter/'],
    ['/newsletter', '/newsletter/'],
    ['/newsletter/', '/newsletter/'],
    [' /journal-club/2026/ ', '/journal-club/2026/'],
  ])('%j → %s', (input, expected) => {
    expect(normalizeBasePath(input)).toBe(expected);
  });

  it.each(['/a b/', '/../etc/', 'https://example.org/x/', '/x//y/', '/news?x=1/', '/新闻/'])('refuses %j', (input) => {
    expect(() => normalizeBasePath(input)).toThrow(/BASE_PATH must be a URL path such as \/newsletter\//);
  });
});

describe('paths outside the build (CLI, tests)', () => {
  it('sit at the root', () => {
    expect(BASE_PATH).toBe('/');
    expect(sitePath('/issues/')).toBe('/issues/');
    expect(paperPath('56-1')).toBe('/papers/56-1/');
    expect(facetPath('diseases', 'lung-cancer', 2)).toBe('/diseases/lung-cancer/2/');
    expect(facetFeedPath('journals', 'radiology')).toBe('/journals/radiology/rss.xml');
    expect(searchPath('肺癌 CT')).toBe('/search/?q=%E8%82%BA%E7%99%8C%20CT');
    expect(searchIndexBuildPath('0123456789abcdef')).toBe('/search-index/0123456789abcdef/');
  });
});
