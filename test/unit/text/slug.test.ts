import { describe, expect, it } from 'vitest';
import { asciiSlug, SLUG_PATTERN } from '../../../src/lib/text/slug.ts';

describe('asciiSlug', () => {
  it.each([
    ['Journal of Imaginary Radiology', 'journal-of-imaginary-radiology'],
    ['Radiology: Artificial Intelligence', 'radiology-artificial-intelligence'],
    ['Ultrasound in Obstetrics & Gynecology', 'ultrasound-in-obstetrics-and-gynecology'],
    ['Revista Española de Medicina Nuclear', 'revista-espanola-de-medicina-nuclear'],
    ['  --The Lancet--  ', 'the-lancet'],
    ['中华放射学杂志', 'journal-cf5d0ff5'],
  ])('%s → %s', (text, slug) => {
    expect(asciiSlug(text, 'journal')).toBe(slug);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it('gives Chinese names a stable hashed slug, never Chinese', () => {
    const slug = asciiSlug('中华放射学杂志', 'journal');
    expect(slug).toMatch(/^journal-[0-9a-f]{8}$/);
    expect(asciiSlug('中华核医学杂志', 'journal')).not.toBe(slug);
    expect(asciiSlug('中华放射学杂志 (CJR)', 'journal')).toMatch(/^journal-[0-9a-f]{8}$/);
  });

  it('keeps slugs to 80 characters without a trailing hyphen', () => {
    const slug = asciiSlug(`${'a'.repeat(79)} b`, 'journal');
    expect(slug).toBe('a'.repeat(79));
  });
});

describe('SLUG_PATTERN', () => {
  it.each([
    ['radiology', true],
    ['lung-cancer', true],
    ['journal-cf5d0ff5', true],
    ['Lung-cancer', false],
    ['lung--cancer', false],
    ['-lung', false],
    ['lung-', false],
    ['肺癌', false],
    ['', false],
  ])('%j → %s', (slug, ok) => {
    expect(SLUG_PATTERN.test(slug)).toBe(ok);
  });
});
