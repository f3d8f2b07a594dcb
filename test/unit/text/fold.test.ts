import { describe, expect, it } from 'vitest';
import { foldWidth } from '../../../src/lib/text/fold.ts';

describe('foldWidth', () => {
  it.each([
    ['full-width letters', 'ＣＴ', 'CT'],
    ['full-width digits', '第５６期', '第56期'],
    ['full-width punctuation', '期刊：Radiology', '期刊:Radiology'],
    ['a full-width bar', '第56期｜2026年', '第56期|2026年'],
    ['an ideographic space', '肺癌\u3000CT', '肺癌 CT'],
    ['a ligature', 'ﬁbrosis', 'fibrosis'],
    ['Chinese text stays', '乳腺X线摄影', '乳腺X线摄影'],
    ['ASCII stays', 'PET/CT 18F-FDG', 'PET/CT 18F-FDG'],
  ])('%s', (_name, text, folded) => {
    expect(foldWidth(text)).toBe(folded);
  });
});
