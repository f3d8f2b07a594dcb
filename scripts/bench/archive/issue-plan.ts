// Plans the generated issues: how many papers each holds, its number and date, and its paper ids `<issue>-<order>`.
import type { SeededRandom } from './random.ts';

// The newest generated issue has the real issue's date; older ones go back a week at a time.
const NEWEST_ISSUE_DATE = Date.UTC(2026, 5, 25);
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const PAPERS_PER_ISSUE = { min: 6, max: 10 } as const;
// The header allows at most four digits of issue number.
const MAX_ISSUES = 9999;

export interface IssuePlan {
  number: number;
  /** ISO date; the header writes it as 2026年6月25日. */
  date: string;
  paperIds: string[];
}

/** Issues of 6–10 papers, numbered 1… oldest first; the oldest takes the remainder so the total is exact. */
export function planIssues(paperCount: number, rng: SeededRandom): IssuePlan[] {
  const sizesNewestFirst: number[] = [];
  for (let remaining = paperCount; remaining > 0; ) {
    const size = Math.min(remaining, rng.int(PAPERS_PER_ISSUE.min, PAPERS_PER_ISSUE.max));
    sizesNewestFirst.push(size);
    remaining -= size;
  }
  const count = sizesNewestFirst.length;
  if (count > MAX_ISSUES) throw new RangeError(`${paperCount} papers need ${count} issues; issue numbers have at most four digits`);
  return sizesNewestFirst.reverse().map((size, index) => {
    const number = index + 1;
    const date = new Date(NEWEST_ISSUE_DATE - (count - number) * WEEK_MS).toISOString().slice(0, 10);
    return { number, date, paperIds: Array.from({ length: size }, (_, i) => `${number}-${i + 1}`) };
  });
}
