import { describe, expect, it } from 'vitest';
import { englishIndexTokens, indexTokens, splitRuns, stem } from '../../../src/lib/search/tokenize.ts';

describe('runs', () => {
  it('splits Han from Latin/digit runs before anything is segmented', () => {
    expect(splitRuns('中期PET特征与[18F]FDG PET/CT，AUC为0.894')).toEqual([
      { kind: 'han', text: '中期' },
      { kind: 'latin', text: 'PET' },
      { kind: 'han', text: '特征与' },
      { kind: 'latin', text: '18F' },
      { kind: 'latin', text: 'FDG' },
      { kind: 'latin', text: 'PET/CT' },
      { kind: 'latin', text: 'AUC' },
      { kind: 'han', text: '为' },
      { kind: 'latin', text: '0.894' },
    ]);
  });

  it('folds full-width letters', () => {
    expect(splitRuns('ＰＥＴ／ＣＴ检查')).toEqual([
      { kind: 'latin', text: 'PET/CT' },
      { kind: 'han', text: '检查' },
    ]);
  });

  it('never hands Latin letters inside a Han run to the Han segmenter', () => {
    const seen: string[] = [];
    indexTokens('中期PET特征', (run) => {
      seen.push(run);
      return [run];
    });
    expect(seen).toEqual(['中期', '特征']);
  });
});

describe('English tokens', () => {
  it.each([
    ['Segmentations', ['segmentation']],
    ['segmentation', ['segmentation']],
    ['nodules', ['nodule']],
    ['mammograms', ['mammogram']],
    ['studies', ['study']],
    ['diseases', ['disease']],
    ['boxes', ['box']],
    ['analysis', ['analysis']],
    ['radiomics', ['radiomic']],
    ['whole-slide', ['whole', 'slide', 'wholeslide']],
    ['wholeslide', ['wholeslide']],
    ['C-index', ['index', 'cindex']],
    ['PET/CT', ['pet', 'ct', 'petct']],
    ['18F-FDG', ['18f', 'fdg', '18ffdg']],
    ['COVID-19', ['covid', '19', 'covid19']],
    ["Children's", ['children']],
    ['Sjögren', ['sjogren']],
    ['0.894', ['0.894']],
    ['0.687-0.876', ['0.687', '0.876']],
    ['the', []],
    ['e.g', []],
  ])('%s → %j', (word, tokens) => {
    expect(englishIndexTokens(word)).toEqual(tokens);
  });

  it('stems only plural-looking words longer than three letters', () => {
    expect(['CTs', 'gas', 'bus', 'class', 'virus'].map((w) => stem(w.toLowerCase()))).toEqual(['cts', 'gas', 'bus', 'class', 'virus']);
  });

  it('makes [18F]FDG findable as FDG', () => {
    expect(indexTokens('[18F]FDG PET', () => [])).toEqual(['18f', 'fdg', 'pet']);
  });
});
