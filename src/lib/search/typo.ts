// Typo correction for English query words: the closest word the index has, by Damerau–Levenshtein distance.

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_v, i) => [i]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1] as number[];
      let d = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
      row[j] = d;
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
  }
  return (rows[a.length] as number[])[b.length] ?? 0;
}

/** How far a correction may reach: one edit for 4–7 letters, two from 8; shorter words are never corrected. */
export function allowedEdits(word: string): number {
  if (word.length < 4) return 0;
  return word.length >= 8 ? 2 : 1;
}

/**
 * The closest candidate within reach: fewest edits, then the most papers, then alphabetical. Null if none.
 * Papers are counted only for candidates within reach (counting decodes their postings).
 */
export function closestWord(typed: string, candidates: readonly string[], papersWith: (word: string) => number): string | null {
  const limit = allowedEdits(typed);
  if (limit === 0) return null;
  let best: { word: string; distance: number; papers: number } | null = null;
  for (const word of candidates) {
    if (word === typed || word.length < 4 || !/^[a-z]+$/.test(word)) continue;
    const distance = editDistance(typed, word, limit);
    if (distance > limit || (best && distance > best.distance)) continue;
    const papers = papersWith(word);
    const better = !best || distance < best.distance || papers > best.papers || (papers === best.papers && word < best.word);
    if (better) best = { word, distance, papers };
  }
  return best?.word ?? null;
}
