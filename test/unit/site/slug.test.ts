import { describe, expect, it } from 'vitest';
import { asciiSlug } from '../../../src/lib/site/slug.ts';

describe('asciiSlug', () => {
  it.each([
    ['Journal of Imaginary Radiology', 'journal-of-imaginary-radiology'],
    ['Radiology: Artificial Intelligence', 'radiology-artificial-intelligence'],
    ['Ultrasound in Obstetrics & Gynecology', 'ultrasound-in-obstetrics-and-gynecology'],
    ['Revista Española de Medicina Nuclear', 'revista-espanola-de-medicina-nuclear'],
  ])('%s → %s', (text, slug) => {
    expect(asciiSlug(text, 'journal')).toBe(slug);
  });

  it('gives Chinese names a stable hashed slug, never Chinese', () => {
    const slug = asciiSlug('中华放射学杂志', 'journal');
    expect(slug).toMatch(/^journal-[0-9a-f]{8}$/);
    expect(asciiSlug('中华放射学杂志', 'journal')).toBe(slug);
    expect(asciiSlug('中华核医学杂志', 'journal')).not.toBe(slug);
    expect(asciiSlug('中华放射学杂志 (CJR)', 'journal')).toMatch(/^journal-[0-9a-f]{8}$/);
  });
});
