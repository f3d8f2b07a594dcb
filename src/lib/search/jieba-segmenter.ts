// Build-time Chinese segmentation: nodejieba in search mode with our medical dictionary (Node only).
import { createRequire } from 'node:module';
import type { HanSegmenter } from './tokenize.ts';

interface Nodejieba {
  load(options?: Record<string, string>): void;
  insertWord(word: string): boolean;
  cutForSearch(text: string, hmm?: boolean): string[];
}

const require = createRequire(import.meta.url);
let jieba: Nodejieba | null = null;
const inserted = new Set<string>();

/**
 * jieba's search mode, after adding `words` to its dictionary. nodejieba is one per process, so words
 * only ever get added; the same words give the same cuts.
 */
export function jiebaSegmenter(words: readonly string[]): HanSegmenter {
  if (!jieba) {
    jieba = require('nodejieba') as Nodejieba;
    jieba.load();
  }
  const engine = jieba;
  for (const word of words) {
    if (inserted.has(word)) continue;
    engine.insertWord(word);
    inserted.add(word);
  }
  return (run) => engine.cutForSearch(run, true);
}
