// Seeded randomness for the benchmark: the same seed gives the same archive and the same sampled queries.

// Power-law ranks above this are redrawn, so invented words stay a readable length.
const MAX_RANK = 1e9;

/** mulberry32: tiny, fast and seedable, so the same seed gives the same archive byte for byte. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('cannot pick from an empty list');
    return item;
  }

  /** `count` different items in drawing order, or all of them when the list is shorter. */
  sample<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, items.length)) chosen.add(Math.floor(this.next() * items.length));
    return [...chosen].flatMap((index) => {
      const item = items[index];
      return item === undefined ? [] : [item];
    });
  }

  /** Favours the start of the list, like editors favouring a few journals. */
  pickSkewed<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() ** 1.7 * items.length)];
    if (item === undefined) throw new Error('cannot pick from an empty list');
    return item;
  }

  /**
   * A rank from `scale` up with P(rank > x) = (x/scale)^-alpha: low ranks repeat, new high ranks keep coming.
   * Words drawn by rank grow the vocabulary like Heaps' law (distinct ≈ draws^(1/(1+alpha))), as in a real archive.
   */
  powerRank(alpha: number, scale: number): number {
    for (;;) {
      const rank = Math.floor(scale * (1 - this.next()) ** (-1 / alpha));
      if (rank <= MAX_RANK) return rank;
    }
  }
}

/** The same stream as a bare function of numbers in [0, 1), for callers that need nothing else (the query sampler). */
export function seededRandom(seed: number): () => number {
  const rng = new SeededRandom(seed);
  return () => rng.next();
}
