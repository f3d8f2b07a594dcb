// Pasted walls of text: a reader who pastes a whole abstract (or 40,000 characters of anything) must get an answer at
// once, not freeze the page. Timed in the engine (Node, the shared query module, shards already loaded), each against
// a two-character query measured in the same run.
import type { SearchEngine } from '../../src/lib/search/engine.ts';

export const LONG_QUERY_CHARS = 40_000;
const BASELINE_QUERY = '肺癌';

export interface LongQuery {
  kind: string;
  query: string;
}

export interface LongQueryTiming {
  kind: string;
  chars: number;
  /** Median of the runs, shards already loaded. */
  ms: number;
  /** The same median for the baseline query. */
  baselineMs: number;
  hits: number;
}

/** The archive's own text repeated to the length (Chinese, English), and text with nothing searchable in it. */
export function longQueries(texts: { zh: string; en: string }, chars = LONG_QUERY_CHARS): LongQuery[] {
  // Counted in characters (code points), as a reader's paste is: an emoji is one.
  const fill = (piece: string): string => {
    const points = [...piece];
    return points.length === 0 ? '' : Array.from({ length: chars }, (_v, i) => points[i % points.length]).join('');
  };
  return [
    { kind: 'Chinese text', query: fill(texts.zh) },
    { kind: 'English text', query: fill(`${texts.en} `) },
    { kind: 'mixed, no spaces', query: fill(`${texts.zh}${texts.en.replace(/\s+/g, '')}`) },
    { kind: 'emoji and punctuation', query: fill('🔬!?…,。') },
  ];
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function medianMs(engine: SearchEngine, query: string, runs: number): Promise<{ ms: number; hits: number }> {
  // The first search loads its shards; a pasted query's shards are those of its first characters, like any query's.
  const { hits } = await engine.search(query);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await engine.search(query);
    times.push(performance.now() - start);
  }
  return { ms: median(times), hits: hits.length };
}

export async function timeLongQueries(engine: SearchEngine, queries: readonly LongQuery[], runs = 5): Promise<LongQueryTiming[]> {
  const baseline = await medianMs(engine, BASELINE_QUERY, runs);
  const timings: LongQueryTiming[] = [];
  for (const { kind, query } of queries) {
    const { ms, hits } = await medianMs(engine, query, runs);
    timings.push({ kind, chars: [...query].length, ms, baselineMs: baseline.ms, hits });
  }
  return timings;
}

export function longQueryLine(timings: readonly LongQueryTiming[]): string {
  const parts = timings.map((t) => `${t.kind} ${t.ms.toFixed(1)} ms (${(t.ms / Math.max(t.baselineMs, 0.001)).toFixed(1)}× '${BASELINE_QUERY}', ${t.hits} results)`);
  return `Pasted ${LONG_QUERY_CHARS.toLocaleString('en')}-character queries, in the engine with shards loaded (the page reads the first 200 characters and says so): ${parts.join('; ')}; goal under 100 ms.`;
}
