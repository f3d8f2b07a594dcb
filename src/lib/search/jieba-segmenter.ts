// Build-time Chinese segmentation: nodejieba's precise cut with our medical dictionary (Node only).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

interface Nodejieba {
  load(options?: Record<string, string>): void;
  insertWord(word: string): boolean;
  cut(text: string, hmm?: boolean): string[];
}

const require = createRequire(import.meta.url);

/**
 * load() also reads the keyword extractor's 6 MB idf table and its stop words, which cut() never uses: a
 * one-line stand-in for each saves about a quarter of the load. (Our 854 dictionary words cost 2 ms with
 * insertWord, so they stay out of a user-dictionary file, which cppjieba would parse twice.)
 */
function unusedTables(): Record<string, string> {
  const dir = join(tmpdir(), 'archive-jieba-unused');
  mkdirSync(dir, { recursive: true });
  // cppjieba asserts the idf table has a line and a positive mean.
  const idfDict = join(dir, 'idf.utf8');
  const stopWordDict = join(dir, 'stop_words.utf8');
  writeWhole(idfDict, '的 1.0\n');
  writeWhole(stopWordDict, '的\n');
  return { idfDict, stopWordDict };
}

/** Written aside and renamed into place: builds and test processes load at the same time and must never read half a file. */
function writeWhole(path: string, text: string): void {
  const aside = `${path}.${process.pid}.${threadId}`;
  writeFileSync(aside, text);
  renameSync(aside, path);
}

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
    jieba.load(unusedTables());
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
