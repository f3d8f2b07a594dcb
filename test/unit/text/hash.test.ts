import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../../src/lib/text/hash.ts';

describe('fnv1a', () => {
  // ASCII rows are the published FNV-1a test vectors; the others pin our UTF-16 variant, which names search-index
  // shards and hashed journal slugs: a change here moves URLs.
  it.each([
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
    ['foobar', 'bf9cf968'],
    ['中华放射学杂志', 'cf5d0ff5'],
    ['ｃｔ', 'd9e9aa52'],
    ['😀', 'cb31c4b8'],
  ])('%j → %s', (text, hash) => {
    expect(fnv1a(text)).toBe(hash);
  });

  it('is always 8 lower-case hex digits', () => {
    for (const text of ['x', 'lung cancer', '肺癌', '\u0000']) expect(fnv1a(text)).toMatch(/^[0-9a-f]{8}$/);
  });
});
