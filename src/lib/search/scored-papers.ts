// Sets of papers with a score each, as sorted typed arrays: every keystroke unions and intersects them, so they
// avoid per-paper objects and maps (papers are numbered, so a list sorted by number merges in one pass).

export interface ScoredPapers {
  /** Paper numbers, ascending, no repeats. */
  papers: Int32Array;
  /** Score of papers[i]. */
  scores: Float32Array;
}

export const EMPTY: ScoredPapers = { papers: new Int32Array(0), scores: new Float32Array(0) };

export function size(set: ScoredPapers): number {
  return set.papers.length;
}

/** The same score for every paper of an ascending list (a topic's papers, or everything when browsing). */
export function uniform(papers: ArrayLike<number>, score: number): ScoredPapers {
  return { papers: Int32Array.from(papers), scores: new Float32Array(papers.length).fill(score) };
}

/** Union keeping each paper's best score. `paperCount` bounds the paper numbers. */
export function unionMax(sets: readonly ScoredPapers[], paperCount: number): ScoredPapers {
  const nonEmpty = sets.filter((s) => s.papers.length > 0);
  if (nonEmpty.length === 0) return EMPTY;
  if (nonEmpty.length === 1) return nonEmpty[0] ?? EMPTY;
  const best = new Float32Array(paperCount).fill(-1);
  let count = 0;
  for (const set of nonEmpty) {
    for (let i = 0; i < set.papers.length; i++) {
      const n = set.papers[i] ?? 0;
      const score = set.scores[i] ?? 0;
      const current = best[n] ?? -1;
      if (current < 0) count++;
      if (score > current) best[n] = score;
    }
  }
  const papers = new Int32Array(count);
  const scores = new Float32Array(count);
  for (let n = 0, k = 0; n < paperCount && k < count; n++) {
    const score = best[n] ?? -1;
    if (score < 0) continue;
    papers[k] = n;
    scores[k] = score;
    k++;
  }
  return { papers, scores };
}

/** Papers in both, their scores added. */
export function intersectSum(a: ScoredPapers, b: ScoredPapers): ScoredPapers {
  const limit = Math.min(a.papers.length, b.papers.length);
  const papers = new Int32Array(limit);
  const scores = new Float32Array(limit);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.papers.length && j < b.papers.length) {
    const x = a.papers[i] ?? 0;
    const y = b.papers[j] ?? 0;
    if (x === y) {
      papers[k] = x;
      scores[k] = (a.scores[i] ?? 0) + (b.scores[j] ?? 0);
      k++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return { papers: papers.subarray(0, k), scores: scores.subarray(0, k) };
}

/** The same papers with every score multiplied. */
export function scale(set: ScoredPapers, factor: number): ScoredPapers {
  return factor === 1 ? set : { papers: set.papers, scores: set.scores.map((score) => score * factor) };
}
