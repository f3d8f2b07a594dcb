// Finds taxonomy terms in text: Chinese as substrings, English as whole words, acronyms with exact case.
// Leftmost-longest and non-overlapping, so 乳腺X线摄影 is one match and never also X线.
import { foldWidth } from '../text/fold.ts';
import { inBmp, isCaseless } from '../text/case.ts';
import { escapeRegExp } from '../text/regexp.ts';

export type TermMode = 'substring' | 'word' | 'acronym';

export interface TermSpec<T> {
  term: string;
  mode: TermMode;
  /** What a match of this term stands for (topics); empty for exclude phrases, which only block. */
  payload: readonly T[];
}

export interface TermMatch<T> {
  start: number;
  end: number;
  text: string;
  term: string;
  payload: readonly T[];
}

export interface TermMatcher<T> {
  /** `folded`: the caller already passed the text through foldWidth (saves a second NFKC of every field). */
  find(text: string, folded?: boolean): TermMatch<T>[];
}

interface Alternative<T> {
  term: string;
  mode: TermMode;
  payload: T[];
  pattern: string;
  /** Acronyms that differ only in case (CIMT, cIMT) share one alternative: each exact spelling and its payload. */
  casings: Map<string, T[]>;
}

const ALNUM_START = /^[A-Za-z0-9]/;

interface Candidate<T> {
  alternative: Alternative<T>;
  /** Position in the longest-first order. */
  rank: number;
  regex: RegExp;
  /** Starts with a letter or digit, so it never starts inside a word. */
  atWordStart: boolean;
  /** The text to compare where the regex is only this literal (a Chinese term): a string compare is far cheaper. */
  literal: string | null;
  /**
   * A lower-cased start every match has (the term up to its first space, hyphen or cased letter beyond ASCII; Han
   * and other caseless characters stay): most tries fail on it, and a string compare costs far less than a regex.
   */
  head: string;
}

/** A start of the lower-cased term that every match of its pattern has, lower-cased, character for character. */
function fixedHead(term: string): string {
  let head = '';
  for (const char of term.toLowerCase()) {
    if (!(/^[a-z0-9]$/.test(char) || (isCaseless(char) && !/[\s-]/.test(char)))) break;
    head += char;
  }
  return head;
}

function mergeByRank<T>(a: Candidate<T>[], b: Candidate<T>[]): Candidate<T>[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const merged: Candidate<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x && (!y || x.rank < y.rank)) {
      merged.push(x);
      i += 1;
    } else if (y) {
      merged.push(y);
      j += 1;
    }
  }
  return merged;
}
const ALNUM_END = /[A-Za-z0-9]$/;
const isAsciiAlnum = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

function patternFor(term: string, mode: TermMode): string {
  let body = escapeRegExp(term);
  if (mode === 'word') body = body.replace(/\\?[-\s]+/g, '[-\\s]?');
  else body = body.replace(/\s+/g, '\\s*');
  if (mode !== 'substring' && /[A-Za-z]$/.test(term)) body += mode === 'word' ? '(?:e?s)?' : 's?';
  const left = ALNUM_START.test(term) ? '(?<![A-Za-z0-9])' : '';
  const right = ALNUM_END.test(term) ? '(?![A-Za-z0-9])' : '';
  return `${left}${body}${right}`;
}

export function compileTerms<T>(specs: readonly TermSpec<T>[]): TermMatcher<T> {
  const byKey = new Map<string, Alternative<T>>();
  for (const spec of specs) {
    const term = foldWidth(spec.term.trim());
    if (!term) continue;
    const key = `${spec.mode}:${term.toLowerCase()}`;
    const existing = byKey.get(key);
    const alternative = existing ?? { term, mode: spec.mode, payload: [], pattern: patternFor(term, spec.mode), casings: new Map<string, T[]>() };
    for (const p of spec.payload) if (!alternative.payload.includes(p)) alternative.payload.push(p);
    if (spec.mode === 'acronym') {
      const casing = alternative.casings.get(term) ?? [];
      for (const p of spec.payload) if (!casing.includes(p)) casing.push(p);
      alternative.casings.set(term, casing);
    }
    byKey.set(key, alternative);
  }
  // Longer terms first, so the longest term wins at a position. One regex alternation of ~1,500 terms costs
  // V8 a try of every term at every position (300 ms a paper): instead, each term is tried only where the
  // text starts with its first two characters (or its first, when the second may vary: X-ray, Xray), with its
  // own sticky regex, in this order.
  const alternatives = [...byKey.values()].sort((a, b) => b.term.length - a.term.length || a.term.localeCompare(b.term));
  const byStart = new Map<string, Candidate<T>[]>();
  alternatives.forEach((alternative, rank) => {
    const [first = '', second = ''] = [...alternative.term.toLowerCase()];
    const key = /^[\p{L}\p{N}]$/u.test(second) ? first + second : first;
    const list = byStart.get(key) ?? [];
    // Case-blind without `u` where the term allows (see ENGLISH_FLAGS in clause-patterns.ts); a term with a character
    // beyond the BMP needs `u` to be read as one character.
    const flags = inBmp(alternative.term) ? 'iy' : 'iuy';
    const { term, mode } = alternative;
    const literal = mode === 'substring' && isCaseless(term) && !/\s/.test(term) && !ALNUM_START.test(term) && !ALNUM_END.test(term) ? term : null;
    list.push({ alternative, rank, regex: new RegExp(alternative.pattern, flags), atWordStart: ALNUM_START.test(term), literal, head: fixedHead(term) });
    byStart.set(key, list);
  });
  const NONE: Candidate<T>[] = [];
  // The candidates at a position, by the code points of its first two characters (lower-cased): merged once, then
  // reused. Keyed by two small integers, so scanning a position allocates nothing (one number key of both would
  // exceed V8's small integers and be boxed at every look-up).
  const merged = new Map<number, Map<number, Candidate<T>[]>>();
  const candidatesAt = (first: number, second: number): Candidate<T>[] => {
    let afterFirst = merged.get(first);
    if (!afterFirst) {
      afterFirst = new Map();
      merged.set(first, afterFirst);
    }
    let list = afterFirst.get(second);
    if (!list) {
      const head = String.fromCodePoint(first);
      const pair = second > 0 ? head + String.fromCodePoint(second) : head;
      list = mergeByRank(byStart.get(pair) ?? NONE, byStart.get(head) ?? NONE);
      afterFirst.set(second, list);
    }
    return list;
  };
  const firstChars = new Set([...byStart.keys()].map((key) => key.codePointAt(0) ?? 0));
  // Most positions start no term: one table look-up per UTF-16 unit rules them out (astral first characters
  // mark their high surrogate, and are then checked in full).
  const mayStart = new Uint8Array(0x10000);
  for (const code of firstChars) mayStart[String.fromCodePoint(code).charCodeAt(0)] = 1;

  return {
    find(rawText: string, folded = false): TermMatch<T>[] {
      const text = folded ? rawText : foldWidth(rawText);
      // Lower-cased once for the start lookups; per position only where lower-casing changed the length.
      const whole = text.toLowerCase();
      const lower = whole.length === text.length ? whole : null;
      const lowerCodeAt = (at: number): number => {
        const code = (lower ?? text).codePointAt(at);
        if (code === undefined) return 0;
        return lower ? code : (String.fromCodePoint(code).toLowerCase().codePointAt(0) ?? code);
      };
      const matches: TermMatch<T>[] = [];
      let i = 0;
      const scan = lower ?? text;
      while (i < text.length) {
        const code = scan.charCodeAt(i);
        // Terms that start with a letter or digit never start inside a word (most of English text).
        if ((lower && mayStart[code] === 0) || (isAsciiAlnum(code) && i > 0 && isAsciiAlnum(text.charCodeAt(i - 1)))) {
          i += 1;
          continue;
        }
        const first = lowerCodeAt(i);
        if (!firstChars.has(first)) {
          i += 1;
          continue;
        }
        const candidates = candidatesAt(first, lowerCodeAt(i + ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1)));
        const midWord = i > 0 && isAsciiAlnum(text.charCodeAt(i - 1));
        let found: TermMatch<T> | null = null;
        for (const { alternative, regex, atWordStart, literal, head } of candidates) {
          if (atWordStart && midWord) continue;
          if (lower && !lower.startsWith(head, i)) continue;
          if (literal !== null) {
            if (!text.startsWith(literal, i)) continue;
            found = { start: i, end: i + literal.length, text: literal, term: alternative.term, payload: alternative.payload };
            break;
          }
          regex.lastIndex = i;
          const m = regex.exec(text);
          if (!m) continue;
          const matched = m[0];
          let term = alternative.term;
          let payload: readonly T[] = alternative.payload;
          if (alternative.mode === 'acronym') {
            // Ambiguous acronyms match only in a listed case: "US" is ultrasound, "us" and "Us" are not.
            term = alternative.casings.has(matched) ? matched : matched.endsWith('s') ? matched.slice(0, -1) : matched;
            const casing = alternative.casings.get(term);
            if (!casing) continue;
            payload = casing;
          }
          found = { start: i, end: i + matched.length, text: matched, term, payload };
          break;
        }
        if (found && found.end > i) {
          matches.push(found);
          i = found.end;
        } else {
          i += 1;
        }
      }
      return matches;
    },
  };
}
