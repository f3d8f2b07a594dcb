// The value axis of a count chart: from 0 to a round number at or just above the largest count, in round steps.

export interface CountAxis {
  /** Top of the axis: a multiple of `step`, at least the largest count and less than one step above it. */
  max: number;
  step: number;
  /** 0, step, 2·step … max. */
  ticks: number[];
}

/** 1, 2 or 5 × 10^k: steps a reader can add up at a glance. Counts are whole, so never below 1. */
export function roundStep(rough: number): number {
  if (!(rough > 1)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= rough - 1e-9);
  return step ?? 10 * magnitude;
}

/** An axis for counts up to `largest`, with at most `maxIntervals` steps. `largest` ≤ 0 gives the axis 0–1. */
export function countAxis(largest: number, maxIntervals = 5): CountAxis {
  const top = Math.max(1, Math.ceil(largest));
  const step = roundStep(top / maxIntervals);
  const max = Math.ceil(top / step) * step;
  const ticks: number[] = [];
  for (let value = 0; value <= max; value += step) ticks.push(value);
  return { max, step, ticks };
}
