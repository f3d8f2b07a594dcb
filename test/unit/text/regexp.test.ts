import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../../src/lib/text/regexp.ts';

describe('escapeRegExp', () => {
  it.each([
    ['plain words', 'lung cancer', 'lung cancer'],
    ['a dot and a plus', '18F-FDG+CT.', String.raw`18F-FDG\+CT\.`],
    ['brackets and braces', '[a](b){2}', String.raw`\[a\]\(b\)\{2\}`],
    ['anchors, alternation, star, question', '^a|b*?$', String.raw`\^a\|b\*\?\$`],
    ['a backslash and a slash', String.raw`PET\CT/MR`, String.raw`PET\\CT\/MR`],
    ['the newsletter brand', '【医学影像与AI文献快递】', '【医学影像与AI文献快递】'],
  ])('%s', (_name, text, escaped) => {
    expect(escapeRegExp(text)).toBe(escaped);
  });

  // The text must match itself and only itself, with and without the u flag the callers use.
  it.each(['a.b', 'x*y', '(CT)', 'PET/CT', String.raw`a\b`, '[1]', 'c++', '$5^2', 'a{1,2}', 'x|y', '?'])('%j matches only itself', (text) => {
    for (const flags of ['', 'u', 'iu']) {
      const pattern = new RegExp(`^${escapeRegExp(text)}$`, flags);
      expect(pattern.test(text)).toBe(true);
      expect(pattern.test(`${text}!`)).toBe(false);
    }
  });
});
