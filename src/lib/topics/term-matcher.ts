// Finds taxonomy terms in text: Chinese as substrings, English as whole words, acronyms with exact case.
// Leftmost-longest and non-overlapping, so 乳腺X线摄影 is one match and never also X线.

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
  find(text: string): TermMatch<T>[];
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
const ALNUM_END = /[A-Za-z0-9]$/;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function patternFor(term: string, mode: TermMode): string {
  let body = escape(term);
  if (mode === 'word') body = body.replace(/\\?[-\s]+/g, '[-\\s]?');
  else body = body.replace(/\s+/g, '\\s*');
  if (mode !== 'substring' && /[A-Za-z]$/.test(term)) body += mode === 'word' ? '(?:e?s)?' : 's?';
  const left = ALNUM_START.test(term) ? '(?<![A-Za-z0-9])' : '';
  const right = ALNUM_END.test(term) ? '(?![A-Za-z0-9])' : '';
  return `${left}${body}${right}`;
}

/** Text as matched: full-width letters and digits folded to ASCII (ＣＴ → CT). */
export function foldWidth(text: string): string {
  return text.normalize('NFKC');
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
  // Longer terms first, so alternation prefers the longest term at a position.
  const alternatives = [...byKey.values()].sort((a, b) => b.term.length - a.term.length || a.term.localeCompare(b.term));
  if (alternatives.length === 0) return { find: () => [] };
  const regex = new RegExp(alternatives.map((a) => `(${a.pattern})`).join('|'), 'giu');

  return {
    find(rawText: string): TermMatch<T>[] {
      const text = foldWidth(rawText);
      const matches: TermMatch<T>[] = [];
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m; m = regex.exec(text)) {
        const group = m.findIndex((value, i) => i > 0 && value !== undefined);
        const alternative = alternatives[group - 1];
        if (!alternative) continue;
        const matched = m[0];
        if (alternative.mode === 'acronym') {
          const spelling = alternative.casings.has(matched) ? matched : matched.endsWith('s') ? matched.slice(0, -1) : matched;
          const payload = alternative.casings.get(spelling);
          if (!payload) {
            // Wrong case for an ambiguous acronym ("us", "Ad"): not a match; look again one character on.
            regex.lastIndex = m.index + 1;
            continue;
          }
          matches.push({ start: m.index, end: m.index + matched.length, text: matched, term: spelling, payload });
          continue;
        }
        matches.push({ start: m.index, end: m.index + matched.length, text: matched, term: alternative.term, payload: alternative.payload });
      }
      return matches;
    },
  };
}
