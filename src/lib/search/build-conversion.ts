// Build time only (Node): the part of OpenCC's Traditional → Simplified data this archive needs, so the browser
// converts a query without loading OpenCC (its smallest bundle is twice a whole first query).
import { ConverterFactory } from 'opencc-js/core';
import HKPhrasesRev from 'opencc-js/dict/HKPhrasesRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWPhrasesRev from 'opencc-js/dict/TWPhrasesRev';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import { HanConverter, type ShippedConversion } from './han-conversion.ts';

const pairs = (dict: string): [string, string][] =>
  dict.split('|').flatMap((entry) => {
    const [from, to] = entry.split(' ');
    return from && to ? [[from, to] as [string, string]] : [];
  });

// Variants (TW, HK) → OpenCC's standard Traditional → Simplified, characters only: the query's first reading.
const toSimplifiedChars = ConverterFactory([[TWVariantsRev], [HKVariantsRev], [TSCharacters]]);
// The same with regional phrases first: the query's second reading.
const toSimplifiedPhrases = ConverterFactory([[TWPhrasesRev, TWVariantsRevPhrases, TWVariantsRev], [HKPhrasesRev, HKVariantsRevPhrases], [TSPhrases, TSCharacters]]);

/** A Taiwan/Hong Kong term (taxonomy `tw`) as a converted query spells it: character by character. */
export function simplifiedChars(text: string): string {
  return toSimplifiedChars(text);
}

export interface ConversionSources {
  /** Every Han character of Simplified text the archive holds: the index's words and the taxonomy's Chinese terms. */
  simplifiedChars: ReadonlySet<string>;
  /** Every Chinese name of a topic or thesaurus entry, in Simplified characters (Traditional ones as OpenCC converts them). */
  names: readonly string[];
  /** Whether some indexed word contains the Han text. */
  containsHan(text: string): boolean;
}

/**
 * The conversions a query over this archive can use: a Traditional character whose Simplified form the archive
 * or a converted name uses, and a regional phrase whose mainland form one contains. A character that Simplified
 * text itself uses (著 in 显著) is never converted, or a Simplified query would change under the reader.
 */
export function conversionFor(sources: ConversionSources): ShippedConversion {
  const targets = new Set(sources.simplifiedChars);
  for (const name of sources.names) for (const char of name) if (/\p{Script=Han}/u.test(char)) targets.add(char);
  const contains = (text: string) => sources.containsHan(text) || sources.names.some((name) => name.includes(text));
  const candidates = new Set<string>();
  for (const dict of [TSCharacters, TWVariantsRev, HKVariantsRev]) for (const [from] of pairs(dict)) candidates.add(from);
  let chars = '';
  for (const from of [...candidates].sort()) {
    const to = toSimplifiedChars(from);
    if (to !== from && [...to].length === 1 && targets.has(to) && !sources.simplifiedChars.has(from)) chars += from + to;
  }
  const converter = new HanConverter({ chars, phrases: [] });
  const phrases = new Map<string, string>();
  for (const [from] of [...pairs(TWPhrasesRev), ...pairs(HKPhrasesRev)]) {
    const key = converter.convertChars(from);
    const to = toSimplifiedPhrases(from);
    if (to !== key && contains(to)) phrases.set(key, to);
  }
  return { chars, phrases: [...phrases].sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1)) };
}
