// What a reader typed, before any index is consulted: folded, bounded, a DOI recognised in any common form,
// Chinese converted from Traditional, cut into Han runs and Latin words with their positions.
import { DOI_PREFIX, normalizeDoi } from '../newsletter/doi.ts';
import type { QueryRules } from './query-rules.ts';
import { englishWord, foldLatin, foldText, splitRuns, type EnglishWord } from './tokenize.ts';

/** Longer queries are cut: nobody types more, and planning cost grows with length. */
export const MAX_QUERY_CHARS = 200;

export type QueryUnit =
  | { kind: 'latin'; raw: string; folded: string; word: EnglishWord; start: number; end: number; quoted: boolean }
  | {
      kind: 'han';
      /** As typed. */
      raw: string;
      /** Converted character by character (the same as raw for Simplified). */
      text: string;
      start: number;
      end: number;
    };

export type LatinUnit = Extract<QueryUnit, { kind: 'latin' }>;
export type HanUnit = Extract<QueryUnit, { kind: 'han' }>;

export interface QueryText {
  /** Folded and cut to MAX_QUERY_CHARS. */
  text: string;
  truncated: boolean;
  units: QueryUnit[];
  /** The last unit is still being typed: nothing follows it. */
  typing: boolean;
  /** A DOI anywhere in the query, normalised. */
  doi: string | null;
  /** Ends with a question mark. */
  questionMark: boolean;
  /** Something was typed, but no character search can use (emoji, punctuation, invisible characters). */
  blank: boolean;
}

const DOI_IN_TEXT = new RegExp(String.raw`(?:https?:\/\/(?:dx\.|www\.)?doi\.org\/|doi\s*[:：]?\s*)?${DOI_PREFIX}[^\s"'<>]+`, 'i');

function decodePercent(text: string): string {
  if (!/%[0-9a-f]{2}/i.test(text)) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A closing bracket after a DOI pasted in brackets belongs to the text, unless the DOI opened it: (26)00087-3 keeps its own. */
function withoutUnopenedBrackets(doi: string): string {
  let text = doi;
  const count = (t: string, c: RegExp) => (t.match(c) ?? []).length;
  while (/[)）\]】]$/.test(text) && count(text, /[)）\]】]/g) > count(text, /[(（[【]/g)) text = text.slice(0, -1);
  return text;
}

/** A DOI written as `https://doi.org/…`, `http://dx.doi.org/…`, `doi:…`, `DOI: …`, bare, in brackets or URL-encoded. */
export function doiInQuery(query: string): string | null {
  const text = decodePercent(query.trim());
  const whole = normalizeDoi(withoutUnopenedBrackets(text));
  if (whole) return whole;
  const found = DOI_IN_TEXT.exec(text);
  return found ? normalizeDoi(withoutUnopenedBrackets(found[0].replace(/^doi\s*(?=10\.)/i, '').replace(/[.,;。，；]+$/, ''))) : null;
}

export function readQuery(query: string, rules: QueryRules): QueryText {
  // A query pasted from an address bar (lung%20cancer) reads as its text.
  const folded = foldText(decodePercent(query));
  const truncated = [...folded].length > MAX_QUERY_CHARS;
  const text = truncated ? [...folded].slice(0, MAX_QUERY_CHARS).join('') : folded;
  const units: QueryUnit[] = [];
  // Words in quotes are meant as written: never corrected.
  const quotedSpans = [...text.matchAll(/["“]([^"“”]*)["”]/g)].map((m) => [m.index, m.index + m[0].length] as const);
  let searchFrom = 0;
  for (const run of splitRuns(text)) {
    const start = text.indexOf(run.text, searchFrom);
    const end = start + run.text.length;
    searchFrom = end;
    if (run.kind === 'han') {
      units.push({ kind: 'han', raw: run.text, text: rules.converter.convertChars(run.text), start, end });
    } else {
      const quoted = quotedSpans.some(([from, to]) => start > from && end < to);
      units.push({ kind: 'latin', raw: run.text, folded: foldLatin(run.text), word: englishWord(run.text, rules.indexStopwords), start, end, quoted });
    }
  }
  const last = units[units.length - 1];
  return {
    text,
    truncated,
    units,
    typing: last !== undefined && last.end === text.length,
    doi: doiInQuery(text),
    questionMark: /[?？]\s*$/.test(text),
    blank: units.length === 0 && query.trim().length > 0,
  };
}
