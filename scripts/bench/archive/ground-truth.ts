// Which generated papers contain a term, by the rules the search tokenizer uses: the benchmark's exact recall check.
import { escapeRegExp } from '../../../src/lib/text/regexp.ts';

/**
 * Papers whose text contains every term: Chinese terms (any Han character) as substrings, other terms as whole
 * words, or as word beginnings when they end in `*` (a typed prefix); case-insensitive.
 */
export function groundTruth(texts: ReadonlyMap<string, string>, terms: readonly string[]): Set<string> {
  const matchers = terms.map(termMatcher);
  const hits = new Set<string>();
  for (const [id, text] of texts) if (matchers.every((matches) => matches(text))) hits.add(id);
  return hits;
}

// Word characters as the search tokenizer sees them: letters and digits, but Han characters separate words.
const WORD_CHAR = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}])`;

function termMatcher(term: string): (text: string) => boolean {
  if (/\p{Script=Han}/u.test(term)) {
    const needle = term.toLowerCase();
    // Pure Han has no case, so the text need not be lower-cased (the common case, and the costly part).
    if (needle === term.toUpperCase()) return (text) => text.includes(needle);
    return (text) => text.toLowerCase().includes(needle);
  }
  const prefix = term.endsWith('*');
  const word = escapeRegExp(prefix ? term.slice(0, -1) : term);
  const pattern = new RegExp(prefix ? `(?<!${WORD_CHAR})${word}` : `(?<!${WORD_CHAR})${word}(?!${WORD_CHAR})`, 'iu');
  return (text) => pattern.test(text);
}
