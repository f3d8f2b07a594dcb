// Text → search tokens, shared by the index build and every query: Han runs are handed to a segmenter
// (jieba at build time, the index's own vocabulary in the browser), Latin/digit runs to the English rules here.
import { stemmer } from 'stemmer';

export type Run = { kind: 'han'; text: string } | { kind: 'latin'; text: string };

// A Latin "word" keeps its joiners so compounds (whole-slide, PET/CT, 18F-FDG) and decimals (0.894) stay
// whole; Han characters are letters too, so they are excluded from it explicitly.
const LATIN = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}])`;
const RUN = new RegExp(String.raw`(\p{Script=Han}+)|(${LATIN}+(?:[-/.'’+]${LATIN}+)*)`, 'gu');
// Zero-width and bidi formatting characters never separate or join words; a pasted query often carries them.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]/g;

/** Folds full-width forms (ＣＴ, ：) to ASCII and drops invisible characters, so both sides see the same text. */
export function foldText(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '');
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
 * Porter's stemmer (the maintained `stemmer` package), so segmentations, segmented and segmenting meet.
 * Words of three letters or fewer and words with digits stay as they are (acronyms, identifiers). A Greek
 * singular in -sis is stemmed as its plural in -ses, which Porter cuts differently (metastasis/metastases).
 */
export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  return stemmer(word.endsWith('sis') && word.length > 5 ? `${word.slice(0, -2)}es` : word);
}

/** Case-folded, accent-free form of a Latin word. */
export function foldLatin(word: string): string {
  // Plain ASCII (nearly every word) needs no decomposition.
  if (/^[\x20-\x7e]*$/.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/’/g, "'");
}

export interface EnglishWord {
  /** Tokens that must all match: the folded parts of a compound, stopwords and single letters dropped. */
  parts: string[];
  /** The joined form of a compound (whole-slide → wholeslide), or null for a simple word. */
  compound: string | null;
}

/** The folded pieces of a Latin word: decimal points between digits belong to the number; other marks join parts. */
export function latinPieces(raw: string): string[] {
  return foldLatin(raw)
    .replace(/'s$/, '')
    .split(/(?<!\d)\.|\.(?!\d)|['/+-]/)
    .filter(Boolean);
}

/**
 * One Latin word (as split by splitRuns) → its search tokens, as written (folded, not stemmed: a query meets
 * the other forms of a word through its stem, see latin-plan.ts). `stopwords` are dropped as parts.
 */
export function englishWord(raw: string, stopwords: ReadonlySet<string>): EnglishWord {
  const pieces = latinPieces(raw);
  const parts = pieces.filter((part) => part.length > 1 && !stopwords.has(part));
  // Number ranges (0.687-0.876) are not compounds; whole-slide, covid-19 and 18F-FDG are.
  const joinedByCompoundMark = /[-/+]/.test(raw) && pieces.length > 1 && pieces.some((p) => /[a-z]/.test(p));
  const compound = joinedByCompoundMark ? pieces.join('') : null;
  return { parts, compound: compound && compound.length > 1 ? compound : null };
}

/** Every token a Latin word contributes to the index: its parts and, for compounds, the joined form. */
export function englishIndexTokens(raw: string, stopwords: ReadonlySet<string>): string[] {
  const word = englishWord(raw, stopwords);
  return word.compound ? [...word.parts, word.compound] : word.parts;
}

/** Segments a Han run into index tokens (jieba plus the known words inside the run, in the build). */
export type HanSegmenter = (run: string) => string[];

/** All index tokens of a text: Han tokens of two or more characters, English tokens. */
export function indexTokens(text: string, segmentHan: HanSegmenter, stopwords: ReadonlySet<string>): string[] {
  const tokens: string[] = [];
  for (const run of splitRuns(text)) {
    if (run.kind === 'latin') tokens.push(...englishIndexTokens(run.text, stopwords));
    else for (const word of segmentHan(run.text)) if ([...word].length > 1) tokens.push(word);
  }
  return tokens;
}

/** The stems of an English phrase in order: how the planner compares a query's words with a synonym's. */
export function phraseStems(phrase: string, stopwords: ReadonlySet<string>): string[] {
  return splitRuns(phrase).flatMap((run) => (run.kind === 'latin' ? englishWord(run.text, stopwords).parts.map(stem) : [run.text]));
}
