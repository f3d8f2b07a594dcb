// What a reader typed, before any index is consulted: folded, bounded, a DOI recognised in any common form,
// Chinese converted from Traditional, cut into Han runs and Latin words with their positions.
import { normalizeDoi } from '../newsletter/doi.ts';
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
      /** With Taiwan/Hong Kong phrases replaced too, when that differs. */
      phraseReading: string | null;
      start: number;
      end: number;
    };

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
}

const DOI_IN_TEXT = /(?:https?:\/\/(?:dx\.|www\.)?doi\.org\/|doi\s*[:：]?\s*)?10\.\d{4,9}\/[^\s"'<>]+/i;

function decodePercent(text: string): string {
  if (!/%[0-9a-f]{2}/i.test(text)) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A DOI written as `https://doi.org/…`, `http://dx.doi.org/…`, `doi:…`, `DOI: …`, bare or URL-encoded. */
export function doiInQuery(query: string): string | null {
  const text = decodePercent(query.trim());
  const whole = normalizeDoi(text);
  if (whole) return whole;
  const found = DOI_IN_TEXT.exec(text);
  return found ? normalizeDoi(found[0].replace(/^doi\s*(?=10\.)/i, '')) : null;
}

export function readQuery(query: string, rules: QueryRules): QueryText {
  const folded = foldText(query);
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
      const readings = rules.converter.readings(run.text);
      units.push({ kind: 'han', raw: run.text, text: readings.chars, phraseReading: readings.phrases, start, end });
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
  };
}
