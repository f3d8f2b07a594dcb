// Text → search tokens, shared by the index build and every query: Han runs are handed to a segmenter
// (jieba at build time, the index's own vocabulary in the browser), Latin/digit runs to the English rules here.
import { ENGLISH_STOPWORDS } from './index-config.ts';

export type Run = { kind: 'han'; text: string } | { kind: 'latin'; text: string };

// A Latin "word" keeps its joiners so compounds (whole-slide, PET/CT, 18F-FDG) and decimals (0.894) stay
// whole; Han characters are letters too, so they are excluded from it explicitly.
const LATIN = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}])`;
const RUN = new RegExp(String.raw`(\p{Script=Han}+)|(${LATIN}+(?:[-/.'’+]${LATIN}+)*)`, 'gu');

/** Folds full-width forms (ＣＴ, ：) to ASCII so both sides see the same characters. */
export function foldText(text: string): string {
  return text.normalize('NFKC');
}

/** Splits text into Han runs and Latin/digit words, in order; punctuation and brackets separate them. */
export function splitRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (const m of foldText(text).matchAll(RUN)) {
    if (m[1]) runs.push({ kind: 'han', text: m[1] });
    else if (m[2]) runs.push({ kind: 'latin', text: m[2] });
  }
  return runs;
}

/**
 * A light S-stemmer (Harman 1991) so singular and plural meet: segmentations → segmentation,
 * nodules → nodule, mammograms → mammogram, studies → study. Words of three letters or fewer stay.
 */
export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith('ies') && !word.endsWith('eies') && !word.endsWith('aies')) return `${word.slice(0, -3)}y`;
  if (/(?:sses|xes|ches|shes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('es') && !/(?:aes|ees|oes)$/.test(word)) return word.slice(0, -1);
  if (word.endsWith('s') && !/(?:us|ss|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Case-folded, accent-free form of a Latin word. */
export function foldLatin(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/’/g, "'");
}

export interface EnglishWord {
  /** Tokens that must all match: the parts of a compound, each stemmed, stopwords and single letters dropped. */
  parts: string[];
  /** The joined form of a compound (whole-slide → wholeslide), or null for a simple word. */
  compound: string | null;
}

const keepPart = (part: string): boolean => part.length > 1 && !ENGLISH_STOPWORDS.has(part);

/** One Latin word (as split by splitRuns) → its search tokens. */
export function englishWord(raw: string): EnglishWord {
  const folded = foldLatin(raw).replace(/'s$/, '');
  // Decimal points between digits belong to the number; other dots, apostrophes, hyphens, slashes join parts.
  const pieces = folded.split(/(?<!\d)\.|\.(?!\d)|['/+-]/).filter(Boolean);
  const stemmed = pieces.map(stem);
  const parts = stemmed.filter(keepPart);
  // Number ranges (0.687-0.876) are not compounds; whole-slide, covid-19 and 18F-FDG are.
  const joinedByCompoundMark = /[-/+]/.test(folded) && pieces.length > 1 && pieces.some((p) => /[a-z]/.test(p));
  const compound = joinedByCompoundMark ? stem(pieces.join('')) : null;
  return { parts, compound: compound && compound.length > 1 ? compound : null };
}

/** Every token a Latin word contributes to the index: its parts and, for compounds, the joined form. */
export function englishIndexTokens(raw: string): string[] {
  const word = englishWord(raw);
  return word.compound ? [...word.parts, word.compound] : word.parts;
}

/** Segments a Han run into words (jieba in the build). */
export type HanSegmenter = (run: string) => string[];

/** All index tokens of a text: Han words of two or more characters, English tokens. */
export function indexTokens(text: string, segmentHan: HanSegmenter): string[] {
  const tokens: string[] = [];
  for (const run of splitRuns(text)) {
    if (run.kind === 'latin') tokens.push(...englishIndexTokens(run.text));
    else for (const word of segmentHan(run.text)) if ([...word].length > 1) tokens.push(word);
  }
  return tokens;
}
