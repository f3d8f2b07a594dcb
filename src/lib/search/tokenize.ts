// Text → search tokens, shared by the index build and every query: Han runs are handed to a segmenter
// (jieba at build time, the index's own vocabulary in the browser), Latin/digit runs to the English rules here.
import { stemmer } from 'stemmer';
import { foldWidth } from '../text/fold.ts';

/** A Han run or a Latin/digit word, with where it stands in the folded text. */
export interface Run {
  kind: 'han' | 'latin';
  text: string;
  start: number;
  end: number;
}

// A Latin "word" keeps its joiners so compounds (whole-slide, PET/CT, 18F-FDG) and decimals (0.894) stay
// whole; Han characters are letters too, so they are excluded from it explicitly.
const LATIN = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}])`;
const RUN = new RegExp(String.raw`(\p{Script=Han}+)|(${LATIN}+(?:[-/.'’+]${LATIN}+)*)`, 'gu');
// Zero-width and bidi formatting characters never separate or join words; a pasted query often carries them.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]/g;

/** Folds full-width forms (ＣＴ, ：) to ASCII and drops invisible characters, so both sides see the same text. */
export function foldText(text: string): string {
  return foldWidth(text).replace(INVISIBLE, '');
}

/** Splits text into Han runs and Latin/digit words, in order; punctuation and brackets separate them. */
export function splitRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (const m of foldText(text).matchAll(RUN)) {
    const kind = m[1] ? 'han' : 'latin';
    runs.push({ kind, text: m[0], start: m.index, end: m.index + m[0].length });
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

/** The Latin words glued to a Han run with no space (CT值, X线, 值CT), as they join a Han character in a token. */
export interface GluedLatin {
  before?: string;
  after?: string;
}

/** Segments a Han run into index tokens (jieba plus the known words inside the run, in the build). */
export type HanSegmenter = (run: string, glued: GluedLatin) => string[];

/** The piece of a Latin word that touches a Han run: its last piece before the run, its first after it. */
export function gluedPiece(latin: string, side: 'before' | 'after'): string {
  const pieces = latinPieces(latin);
  return (side === 'before' ? pieces[pieces.length - 1] : pieces[0]) ?? '';
}

/** The index tokens of one Latin word (englishIndexTokens with the index's stopwords). */
export type LatinSegmenter = (raw: string) => readonly string[];

/**
 * englishIndexTokens with a memory: a corpus repeats its words (Zipf), and a remembered word's tokens are the same
 * strings each time, whose hashes V8 then keeps. Bounded, so a huge archive cannot grow it without limit.
 */
export function rememberingLatinSegmenter(stopwords: ReadonlySet<string>, limit = 200_000): LatinSegmenter {
  const known = new Map<string, readonly string[]>();
  return (raw) => {
    let tokens = known.get(raw);
    if (!tokens) {
      if (known.size >= limit) known.clear();
      tokens = englishIndexTokens(raw, stopwords);
      known.set(raw, tokens);
    }
    return tokens;
  };
}

/** All index tokens of a text: Han tokens of two or more characters, English tokens. */
export function indexTokens(text: string, segmentHan: HanSegmenter, segmentLatin: LatinSegmenter): string[] {
  const tokens: string[] = [];
  const runs = splitRuns(text);
  runs.forEach((run, i) => {
    if (run.kind === 'latin') {
      for (const token of segmentLatin(run.text)) tokens.push(token);
      return;
    }
    const previous = runs[i - 1];
    const next = runs[i + 1];
    const glued: GluedLatin = {};
    if (previous?.kind === 'latin' && previous.end === run.start) glued.before = gluedPiece(previous.text, 'before');
    if (next?.kind === 'latin' && next.start === run.end) glued.after = gluedPiece(next.text, 'after');
    for (const word of segmentHan(run.text, glued)) if ([...word].length > 1) tokens.push(word);
  });
  return tokens;
}

/** The stems of an English phrase in order: how the planner compares a query's words with a synonym's. */
export function phraseStems(phrase: string, stopwords: ReadonlySet<string>): string[] {
  return splitRuns(phrase).flatMap((run) => (run.kind === 'latin' ? englishWord(run.text, stopwords).parts.map(stem) : [run.text]));
}
