// The scorer against a plain reference: scored-papers.ts (sorted typed arrays, merged in one pass) and the engine's
// use of it (postings → field weights → groups → required and optional → order) must give exactly what a few Maps
// give. Scores are float32 wherever the scorer stores them, so the reference rounds to float32 at the same steps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchOutcome } from '../../../src/lib/search/engine.ts';
import { FIELD_GROUPS } from '../../../src/lib/search/index-config.ts';
import type { QueryNode } from '../../../src/lib/search/query-node.ts';
import type { QueryPlan } from '../../../src/lib/search/query-plan.ts';
import { intersectSum, scale, size, uniform, unionMax, type ScoredPapers } from '../../../src/lib/search/scored-papers.ts';
import { NO_RULES, syntheticEngine, type SyntheticIndex } from '../../helpers/synthetic-index.ts';

/** Paper number → score. */
type Scores = Map<number, number>;
const f32 = Math.fround;

const refUnion = (sets: readonly Scores[]): Scores => {
  const out: Scores = new Map();
  for (const set of sets) for (const [n, s] of set) if (!out.has(n) || s > (out.get(n) ?? 0)) out.set(n, s);
  return out;
};
const refIntersect = (a: Scores, b: Scores): Scores => new Map([...a].filter(([n]) => b.has(n)).map(([n, s]) => [n, f32(s + (b.get(n) ?? 0))]));
const refScale = (a: Scores, factor: number): Scores => new Map([...a].map(([n, s]) => [n, f32(s * factor)]));
const byPaper = (scores: Scores): [number, number][] => [...scores].sort((a, b) => a[0] - b[0]);

/** The scorer's output as [paper, score] rows, in its own order (which must be ascending by paper). */
const rowsOf = (set: ScoredPapers): [number, number][] => [...set.papers].map((n, i) => [n, set.scores[i] ?? NaN]);
const scoredOf = (scores: Scores): ScoredPapers => {
  const rows = byPaper(scores);
  return { papers: Int32Array.from(rows.map(([n]) => n)), scores: Float32Array.from(rows.map(([, s]) => s)) };
};

const PAPERS = 12;
// float32 values (what a ScoredPapers holds), never negative: scores are sums of positive weights.
const score = fc.float({ min: 0, max: 64, noNaN: true }).map(Math.abs);
const scores = fc
  .uniqueArray(fc.tuple(fc.nat(PAPERS - 1), score), { selector: ([n]) => n, maxLength: PAPERS })
  .map((rows): Scores => new Map(rows));
const factor = fc.oneof(fc.constantFrom(1, 0.8, 2, 4), fc.float({ min: 0, max: 8, noNaN: true }).map(Math.abs));
const SETTINGS = { seed: 20260601, numRuns: 200 };

describe('scored-papers.ts against Maps', () => {
  it('unionMax keeps every paper of any set with its best score', () => {
    fc.assert(
      fc.property(fc.array(scores, { maxLength: 4 }), (sets) => {
        expect(rowsOf(unionMax(sets.map(scoredOf), PAPERS))).toEqual(byPaper(refUnion(sets)));
      }),
      SETTINGS,
    );
  });

  it('intersectSum keeps the papers of both, their scores added', () => {
    fc.assert(
      fc.property(scores, scores, (a, b) => {
        expect(rowsOf(intersectSum(scoredOf(a), scoredOf(b)))).toEqual(byPaper(refIntersect(a, b)));
      }),
      SETTINGS,
    );
  });

  it('scale multiplies every score; uniform gives one score to every paper; size counts papers', () => {
    fc.assert(
      fc.property(scores, factor, (a, f) => {
        expect(rowsOf(scale(scoredOf(a), f))).toEqual(byPaper(refScale(a, f)));
        const papers = byPaper(a).map(([n]) => n);
        expect(rowsOf(uniform(papers, f))).toEqual(papers.map((n) => [n, f32(f)]));
        expect(size(scoredOf(a))).toBe(a.size);
      }),
      SETTINGS,
    );
  });
});

// The engine over a small index: words of three letters or fewer match as written or with a plural s (no stems),
// so plans stay small, while the last word typed adds a prefix (weight 0.8) and synonyms add concepts.
const WORDS = ['ab', 'abs', 'ba', 'bas', 'cab', 'cabs'] as const;
const PAPER_COUNT = 6;
const CONCEPTS = ['topic-a', 'journal:j', 'word:x:en'] as const;
// Engine constants (engine.ts): a topic's or journal's papers score 4, a thesaurus word's 2.
const CONCEPT_SCORE = { topic: 4, word: 2 } as const;

const paperSet = fc.uniqueArray(fc.nat(PAPER_COUNT - 1), { maxLength: PAPER_COUNT }).map((papers) => papers.sort((a, b) => a - b));
const postingList = fc
  .uniqueArray(fc.tuple(fc.nat(PAPER_COUNT - 1), fc.integer({ min: 1, max: 15 })), { selector: ([n]) => n, maxLength: PAPER_COUNT })
  .map((list) => list.sort((a, b) => a[0] - b[0]));
const synonym = fc.record({ key: fc.constantFrom('ab', 'ba', 'cab', 'ab ba', 'bas cab'), concepts: fc.subarray([...CONCEPTS], { minLength: 1 }) });
const index = fc
  .record({
    postings: fc.tuple(...WORDS.map(() => postingList)),
    synonyms: fc.uniqueArray(synonym, { selector: (s) => s.key, minLength: 1, maxLength: 3 }),
    concepts: fc.tuple(...CONCEPTS.map(() => paperSet)),
  })
  .map(
    ({ postings, synonyms, concepts }): SyntheticIndex => ({
      paperCount: PAPER_COUNT,
      postings: new Map(WORDS.map((word, i) => [word, postings[i] ?? []])),
      rules: NO_RULES,
      synonyms,
      concepts: Object.fromEntries(CONCEPTS.map((c, i) => [c, concepts[i] ?? []])),
    }),
  );
// Up to three words (zz: one no paper has), then: still typing, finished, or a question.
const query = fc
  .tuple(fc.array(fc.constantFrom(...WORDS, 'zz'), { maxLength: 3 }), fc.constantFrom('', ' ', '?', ' ?'))
  .map(([words, end]) => words.join(' ') + end);

/** What the engine should find for a plan, by the rules engine.ts states, with Maps. */
function referenceHits(idx: SyntheticIndex, plan: QueryPlan): [number, number][] {
  const fieldScore = (mask: number) => Object.values(FIELD_GROUPS).reduce((sum, g) => (mask & g.bit ? sum + g.weight : sum), 0);
  const termScores = (term: string): Scores => new Map((idx.postings.get(term) ?? []).map(([n, mask]) => [n, fieldScore(mask)]));
  const everyPaper = (): Scores => new Map(Array.from({ length: idx.paperCount }, (_v, n) => [n, 0]));
  const evaluate = (node: QueryNode): Scores => {
    switch (node.kind) {
      case 'term':
        return refScale(termScores(node.term), node.weight);
      case 'prefix':
        return refScale(refUnion([...idx.postings.keys()].filter((t) => t.startsWith(node.prefix)).map(termScores)), node.weight);
      case 'concept':
        return new Map((idx.concepts?.[node.concept] ?? []).map((n) => [n, node.concept.startsWith('word:') ? CONCEPT_SCORE.word : CONCEPT_SCORE.topic]));
      case 'all':
        return node.nodes.map(evaluate).reduce(refIntersect);
      case 'any':
        return refUnion(node.nodes.map(evaluate));
      case 'nothing':
        return new Map();
    }
  };
  let found: Scores;
  if (plan.groups.length === 0) found = plan.dropped.length === 0 && !plan.blank ? everyPaper() : new Map<number, number>();
  else {
    // Outside a question every group is required; in one, only topics, journals and identifiers, and the other
    // groups that some paper matches must match in part (half with a topic required, 60% without).
    const groups = plan.groups.map((g) => ({ required: !plan.question || g.concept, papers: evaluate(g.node) }));
    const required = groups.filter((g) => g.required).map((g) => g.papers);
    const optional = groups.filter((g) => !g.required && g.papers.size > 0).map((g) => g.papers);
    const base = required.length > 0 ? required.reduce(refIntersect) : null;
    if (optional.length === 0) found = base ?? new Map<number, number>();
    else {
      const need = base ? Math.floor(optional.length / 2) : Math.max(1, Math.ceil(optional.length * 0.6));
      found = new Map();
      for (const [n, s] of base ?? everyPaper()) {
        const having = optional.filter((o) => o.has(n));
        if (having.length >= need) found.set(n, f32(s + having.reduce((sum, o) => f32(sum + (o.get(n) ?? 0)), 0)));
      }
    }
  }
  // Best first; ties newest first (papers are numbered newest first).
  return [...found].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

const hitsOf = (outcome: SearchOutcome): [number, number][] => outcome.hits.map((h) => [h.n, h.score]);

describe('the engine’s scores and order against Maps', () => {
  it('agree exactly for random postings, synonyms and queries', async () => {
    const seen = { question: 0, prefix: 0, concept: 0, ties: 0, optional: 0, mixed: 0 };
    await fc.assert(
      fc.asyncProperty(index, query, async (idx, q) => {
        const outcome = await (await syntheticEngine(idx)).search(q);
        const expected = referenceHits(idx, outcome.plan);
        expect(hitsOf(outcome)).toEqual(expected);
        expect(outcome.matched).toEqual(new Set(expected.map(([n]) => n)));
        const nodes = JSON.stringify(outcome.plan.groups);
        if (outcome.plan.question) seen.question++;
        if (outcome.plan.question && outcome.plan.groups.some((g) => !g.concept)) seen.optional++;
        if (outcome.plan.question && outcome.plan.groups.some((g) => g.concept) && outcome.plan.groups.some((g) => !g.concept)) seen.mixed++;
        if (nodes.includes('"prefix"')) seen.prefix++;
        if (nodes.includes('"concept"')) seen.concept++;
        if (expected.some(([, s], i) => i > 0 && s === expected[i - 1]?.[1])) seen.ties++;
      }),
      SETTINGS,
    );
    // The runs reached every rule above, not only the easy ones.
    for (const [what, count] of Object.entries(seen)) expect(count, what).toBeGreaterThan(10);
  });
});
