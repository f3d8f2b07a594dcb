// 相关文献: for every paper, the papers most like it, by cosine similarity of tf-idf weighted terms (paper-terms.ts).
// Near-linear in the archive: each paper looks only at the strongest papers of its strongest terms ("champion
// lists"), then scores those few candidates exactly. Deterministic: ties go to the newer paper.
import type { Paper } from '../newsletter/archive.ts';
import { paperTerms, type TermContext, type TermKey } from './paper-terms.ts';

export interface SimilarPaper {
  id: string;
  /** Cosine similarity, 0–1, rounded to three places. */
  score: number;
  /** Topic slugs both papers are tagged with. */
  topics: string[];
  /** Words both papers use that weigh most in the score, as one of them wrote them. */
  terms: string[];
}

export interface SimilarOptions {
  /** Papers listed per paper. */
  count?: number;
}

// A shared tag says more than a shared word: it is the editors' taxonomy, in both languages at once.
const TOPIC_BOOST = 2.5;
// A thesaurus concept is named in both languages too, but is a method or design more often than a subject.
const CONCEPT_BOOST = 1.5;
// Each paper asks about its strongest terms only, and each term answers with its strongest papers only.
const QUERY_TERMS = 24;
const CHAMPIONS = 64;
// Candidates scored exactly, per paper.
const RERANKED = 40;
// Below this, papers share words, not a subject.
const MIN_SCORE = 0.1;
// More than the page shows: similar-reason.ts leaves out words that only name a shared topic.
const SHOWN_TERMS = 6;

interface Vector {
  ids: Int32Array;
  weights: Float64Array;
}

export function similarPapers(papers: readonly Paper[], context: TermContext, options: SimilarOptions = {}): Map<string, SimilarPaper[]> {
  const count = options.count ?? 5;
  const termsOf = papers.map((paper) => paperTerms(paper, context));
  const keyIds = new Map<TermKey, number>();
  const keys: TermKey[] = [];
  const df: number[] = [];
  for (const terms of termsOf) {
    for (const key of terms.counts.keys()) {
      let id = keyIds.get(key);
      if (id === undefined) {
        id = keys.length;
        keyIds.set(key, id);
        keys.push(key);
        df.push(0);
      }
      df[id] = (df[id] ?? 0) + 1;
    }
  }
  const surfaces = new Map<number, string>();
  termsOf.forEach((terms) => terms.surfaces.forEach((surface, key) => { const id = keyIds.get(key); if (id !== undefined && !surfaces.has(id)) surfaces.set(id, surface); }));

  const n = papers.length;
  const vectors = termsOf.map((terms) => vectorOf(terms.counts, keyIds, df, keys, n));
  const champions = championLists(vectors, keys.length);
  const scores = new Float64Array(n);
  // The paper's own weights spread over every term, so scoring a candidate is one pass over the candidate's terms.
  const spread = new Float64Array(keys.length);
  const result = new Map<string, SimilarPaper[]>();

  vectors.forEach((vector, self) => {
    const touched: number[] = [];
    for (const i of strongest(vector, QUERY_TERMS)) {
      const id = vector.ids[i] ?? 0;
      const weight = vector.weights[i] ?? 0;
      for (const [other, otherWeight] of champions[id] ?? []) {
        if (other === self) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] = (scores[other] ?? 0) + weight * otherWeight;
      }
    }
    const candidates = highestScored(touched, scores, RERANKED);
    for (const other of touched) scores[other] = 0;
    vector.ids.forEach((id, i) => (spread[id] = vector.weights[i] ?? 0));
    const ranked = candidates
      .map((other) => ({ other, score: dotWithSpread(spread, vectors[other] as Vector) }))
      .filter((c) => c.score >= MIN_SCORE)
      .sort((a, b) => b.score - a.score || a.other - b.other)
      .slice(0, count);
    for (const id of vector.ids) spread[id] = 0;
    result.set(
      papers[self]?.id ?? '',
      ranked.map(({ other, score }) => ({ id: papers[other]?.id ?? '', score: Math.round(score * 1000) / 1000, ...sharedBetween(vector, vectors[other] as Vector, keys, surfaces) })),
    );
  });
  return result;
}

function vectorOf(counts: ReadonlyMap<TermKey, number>, keyIds: ReadonlyMap<TermKey, number>, df: readonly number[], keys: readonly TermKey[], n: number): Vector {
  const entries: [number, number][] = [];
  for (const [term, count] of counts) {
    const id = keyIds.get(term) ?? 0;
    const documents = df[id] ?? 1;
    // A term only this paper has cannot make it similar to another; one most papers have says nothing.
    if (documents < 2 || documents > n / 2) continue;
    const key = keys[id] ?? '';
    const boost = key.startsWith('topic:') ? TOPIC_BOOST : key.startsWith('concept:') ? CONCEPT_BOOST : 1;
    entries.push([id, (1 + Math.log(count)) * Math.log(1 + n / documents) * boost]);
  }
  entries.sort((a, b) => a[0] - b[0]);
  const norm = Math.sqrt(entries.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
  return { ids: Int32Array.from(entries, ([id]) => id), weights: Float64Array.from(entries, ([, w]) => w / norm) };
}

/** Per term, the papers that weigh it most with their weights, strongest first (ties: newer paper first). */
function championLists(vectors: readonly Vector[], termCount: number): [number, number][][] {
  const holders: [number, number][][] = Array.from({ length: termCount }, () => []);
  vectors.forEach((vector, paper) => vector.ids.forEach((id, i) => holders[id]?.push([paper, vector.weights[i] ?? 0])));
  return holders.map((list) => list.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CHAMPIONS));
}

/** The `limit` papers with the highest partial scores (ties: newer paper first), without sorting them all. */
function highestScored(touched: readonly number[], scores: Float64Array, limit: number): number[] {
  if (touched.length <= limit) return [...touched].sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  // A typed-array sort has no comparator call per step: it finds the cut-off score, then only the few at or above it
  // are sorted with the tie-break.
  const sorted = Float64Array.from(touched, (paper) => scores[paper] ?? 0).sort();
  const cutoff = sorted[sorted.length - limit] ?? 0;
  return touched
    .filter((paper) => (scores[paper] ?? 0) >= cutoff)
    .sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b)
    .slice(0, limit);
}

/** Positions of the vector's heaviest terms. */
function strongest(vector: Vector, limit: number): number[] {
  return [...vector.weights.keys()].sort((a, b) => (vector.weights[b] ?? 0) - (vector.weights[a] ?? 0) || a - b).slice(0, limit);
}

function dotWithSpread(spread: Float64Array, vector: Vector): number {
  let sum = 0;
  for (let i = 0; i < vector.ids.length; i++) sum += (spread[vector.ids[i] ?? 0] ?? 0) * (vector.weights[i] ?? 0);
  return sum;
}

/** The tags both papers have, and the words that add most to their score. */
function sharedBetween(a: Vector, b: Vector, keys: readonly TermKey[], surfaces: ReadonlyMap<number, string>): { topics: string[]; terms: string[] } {
  const shared: { key: TermKey; id: number; weight: number }[] = [];
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
    const x = a.ids[i] ?? 0;
    const y = b.ids[j] ?? 0;
    if (x === y) shared.push({ key: keys[x] ?? '', id: x, weight: (a.weights[i++] ?? 0) * (b.weights[j++] ?? 0) });
    else if (x < y) i++;
    else j++;
  }
  shared.sort((p, q) => q.weight - p.weight || p.id - q.id);
  const topics = shared.filter((s) => s.key.startsWith('topic:')).map((s) => s.key.slice('topic:'.length));
  const terms: string[] = [];
  for (const s of shared) {
    if (terms.length === SHOWN_TERMS) break;
    const word = s.key.startsWith('zh:') ? s.key.slice(3) : s.key.startsWith('en:') ? (surfaces.get(s.id) ?? s.key.slice(3)) : null;
    if (word && !terms.includes(word)) terms.push(word);
  }
  return { topics, terms };
}
