// Build-time Chinese segmentation: nodejieba's precise cut with our medical dictionary (Node only).
import { createRequire } from 'node:module';

interface Nodejieba {
  load(options?: Record<string, string>): void;
  insertWord(word: string): boolean;
  cut(text: string, hmm?: boolean): string[];
}

const require = createRequire(import.meta.url);
let jieba: Nodejieba | null = null;
const inserted = new Set<string>();
// The site build cuts the same text twice, for the search index and for 相关文献: the second time is a look-up.
// Bounded, so a huge archive cannot grow it without limit; a word added to the dictionary empties it.
const CACHED_RUNS = 400_000;
const cuts = new Map<string, readonly string[]>();

/**
 * jieba's precise cut (with its HMM for unknown words), after adding `words` to its dictionary. Sub-words
 * are not needed from jieba: the index keeps every suffix of a word (han-index-tokens.ts). nodejieba is one
 * per process and cannot forget a word: a word taken out of the dictionary while `astro dev` runs still
 * segments until the server restarts (a build always starts fresh).
 */
export function jiebaCutter(words: readonly string[]): (run: string) => readonly string[] {
  if (!jieba) {
    jieba = require('nodejieba') as Nodejieba;
    jieba.load();
  }
  const engine = jieba;
  for (const word of words) {
    if (inserted.has(word)) continue;
    engine.insertWord(word);
    inserted.add(word);
    cuts.clear();
  }
  return (run) => {
    let words = cuts.get(run);
    if (!words) {
      if (cuts.size >= CACHED_RUNS) cuts.clear();
      words = engine.cut(run, true);
      cuts.set(run, words);
    }
    return words;
  };
}
