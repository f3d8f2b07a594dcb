// Segments a Chinese query run the way the index was cut: the browser has no jieba, and Intl.Segmenter
// cuts differently (淋巴|瘤), so a run is covered with words the index itself contains.
import { HAN_STOP_CHARS } from './index-config.ts';

export interface HanVocabulary {
  has(term: string): boolean;
  termsWithPrefix(prefix: string): string[];
}

export type HanPiece = { kind: 'term'; text: string } | { kind: 'prefix'; text: string };

const MAX_WORD = 16;

/**
 * Covers the run with indexed words of two or more characters, using as few words as possible;
 * stop characters (的, 与…) may stay uncovered. With `prefixAtEnd`, the run's tail may be the start of
 * a word (淋巴 → 淋巴瘤, 胎儿超 → 超声). Null when the run cannot be covered: then it shares only scattered
 * characters with the archive, and matching those would be noise (心 + 衰 is not 心衰).
 */
export function segmentHanQuery(run: string, vocabulary: HanVocabulary, prefixAtEnd: boolean): HanPiece[] | null {
  const chars = [...run];
  const n = chars.length;
  const slice = (from: number, to: number) => chars.slice(from, to).join('');
  // cost[i]: fewest pieces covering chars[0..i); ties prefer the cut found first (longer words first).
  const cost: number[] = new Array<number>(n + 1).fill(Infinity);
  const back: ({ from: number; piece: HanPiece | null } | undefined)[] = new Array(n + 1);
  cost[0] = 0;
  for (let i = 0; i < n; i++) {
    const here = cost[i] ?? Infinity;
    if (here === Infinity) continue;
    const relax = (to: number, add: number, piece: HanPiece | null) => {
      if (here + add < (cost[to] ?? Infinity)) {
        cost[to] = here + add;
        back[to] = { from: i, piece };
      }
    };
    for (let j = Math.min(n, i + MAX_WORD); j >= i + 2; j--) {
      const word = slice(i, j);
      if (vocabulary.has(word)) relax(j, 1, { kind: 'term', text: word });
    }
    if (HAN_STOP_CHARS.has(chars[i] ?? '')) relax(i + 1, 0, null);
    if (prefixAtEnd) {
      const tail = slice(i, n);
      if (vocabulary.termsWithPrefix(tail).length > 0) relax(n, 1.5, { kind: 'prefix', text: tail });
    }
  }
  if ((cost[n] ?? Infinity) === Infinity) return null;
  const pieces: HanPiece[] = [];
  for (let at = n; at > 0; ) {
    const step = back[at];
    if (!step) return null;
    if (step.piece) pieces.unshift(step.piece);
    at = step.from;
  }
  return pieces;
}
