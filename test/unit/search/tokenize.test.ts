import { describe, expect, it } from 'vitest';
import { englishIndexTokens, indexTokens, phraseStems, rememberingLatinSegmenter, splitRuns, stem } from '../../../src/lib/search/tokenize.ts';

const STOPWORDS = new Set(['the', 'of', 'and', 'in']);

describe('runs', () => {
  it('splits Han from Latin/digit runs before anything is segmented', () => {
    expect(splitRuns('中期PET特征与[18F]FDG PET/CT，AUC为0.894').map(({ kind, text }) => ({ kind, text }))).toEqual([
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
    expect(splitRuns('ＰＥＴ／ＣＴ检查').map(({ kind, text }) => ({ kind, text }))).toEqual([
      { kind: 'latin', text: 'PET/CT' },
      { kind: 'han', text: '检查' },
    ]);
  });

  it('never hands Latin letters inside a Han run to the Han segmenter', () => {
    const seen: string[] = [];
    indexTokens(
      '中期PET特征',
      (run) => {
        seen.push(run);
        return [run];
      },
      rememberingLatinSegmenter(STOPWORDS),
    );
    expect(seen).toEqual(['中期', '特征']);
  });
});

describe('English tokens', () => {
  it.each([
    ['Segmentations', ['segmentations']],
    ['nodules', ['nodules']],
    ['whole-slide', ['whole', 'slide', 'wholeslide']],
    ['wholeslide', ['wholeslide']],
    ['C-index', ['index', 'cindex']],
    ['PET/CT', ['pet', 'ct', 'petct']],
    ['U-Net', ['net', 'unet']],
    ['nnU-Net', ['nnu', 'net', 'nnunet']],
    ['18F-FDG', ['18f', 'fdg', '18ffdg']],
    ['COVID-19', ['covid', '19', 'covid19']],
    ["Children's", ['children']],
    ['Sjögren', ['sjogren']],
    ['0.894', ['0.894']],
    ['0.687-0.876', ['0.687', '0.876']],
    ['the', []],
    ['e.g', []],
  ])('%s → %j (folded as written: the query meets other forms through stems)', (word, tokens) => {
    expect(englishIndexTokens(word, STOPWORDS)).toEqual(tokens);
  });

  it.each([
    [['segmentation', 'segmentations', 'segmented', 'segmenting'], 'segment'],
    [['distills', 'distillation', 'distilled'], 'distil'],
    [['metastasis', 'metastases'], 'metastas'],
    [['diagnosis', 'diagnoses'], 'diagnos'],
    [['nodule', 'nodules'], 'nodul'],
    [['study', 'studies'], 'studi'],
  ])('%j share the stem %s (Porter, with Greek -sis/-ses meeting)', (words, expected) => {
    expect(words.map(stem)).toEqual(words.map(() => expected));
  });

  it('leaves words of three letters or fewer and words with digits unstemmed', () => {
    expect(['cts', 'gas', 'bus', 'ais', 'ct1', 'nct06218843'].map(stem)).toEqual(['cts', 'gas', 'bus', 'ais', 'ct1', 'nct06218843']);
  });

  it('stems phrases the same way for synonyms and queries, stopwords dropped', () => {
    expect(phraseStems('Cancer of the Cervix', STOPWORDS)).toEqual(['cancer', 'cervix']);
    expect(phraseStems('renal masses', STOPWORDS)).toEqual(phraseStems('Renal mass', STOPWORDS));
  });

  it('makes [18F]FDG findable as FDG', () => {
    expect(indexTokens('[18F]FDG PET', () => [], rememberingLatinSegmenter(STOPWORDS))).toEqual(['18f', 'fdg', 'pet']);
  });

  it('gives a word the same tokens from memory as when first met, with a memory smaller than the words', () => {
    const words = ['Whole-Slide', 'the', 'PET/CT', 'covid-19', 'Segmentations', 'whole-slide', "Crohn's"];
    const segment = rememberingLatinSegmenter(STOPWORDS, 3);
    for (const word of [...words, ...words, ...words.reverse()]) expect(segment(word)).toEqual(englishIndexTokens(word, STOPWORDS));
  });
});
