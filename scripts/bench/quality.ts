// Recall and extra results: each query's ground truth from the generated text, and the full result lists of both engines.
import type { Paper } from '../../src/lib/newsletter/archive.ts';
import { noFilters, SearchEngine } from '../../src/lib/search/engine.ts';
import { siteIndexReader } from '../../src/lib/search/file-reader.ts';
import { groundTruth } from './generate-archive.ts';
import type { BenchQuery } from './measure.ts';
import type { QueryQuality } from './report.ts';

/** Papers whose text holds every term of the query's truth (or of the query itself) and that pass its filters. */
export function truthFor(query: BenchQuery, texts: ReadonlyMap<string, string>, papers: readonly Paper[]): Set<string> {
  const matching = groundTruth(texts, (query.truth ?? query.query).split(/\s+/).filter(Boolean));
  const byId = new Map(papers.map((p) => [p.id, p]));
  const passes = (id: string): boolean => {
    const paper = byId.get(id);
    if (!paper) return false;
    const f = { ...noFilters(), ...query.filters };
    return (
      (f.journals.length === 0 || f.journals.includes(paper.journal.slug)) &&
      (f.modalities.length === 0 || f.modalities.some((m) => paper.modalities.includes(m))) &&
      (f.diseases.length === 0 || f.diseases.some((d) => paper.diseases.includes(d))) &&
      (f.years.length === 0 || f.years.includes(paper.issueDate.slice(0, 4)))
    );
  };
  return new Set([...matching].filter(passes));
}

export function quality(query: BenchQuery, truth: ReadonlySet<string>, found: readonly string[]): QueryQuality {
  const foundSet = new Set(found);
  const hits = [...truth].filter((id) => foundSet.has(id)).length;
  return {
    query: query.query,
    kind: query.kind,
    truth: truth.size,
    found: foundSet.size,
    recall: truth.size === 0 ? 1 : hits / truth.size,
    extra: [...foundSet].filter((id) => !truth.has(id)).length,
  };
}

// At 30,000 papers one query has tens of thousands of results, more files than may be open at once.
const DOC_READ_BATCH = 256;

async function idsOf(engine: SearchEngine, numbers: readonly number[]): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < numbers.length; start += DOC_READ_BATCH) {
    const batch = numbers.slice(start, start + DOC_READ_BATCH);
    ids.push(...(await Promise.all(batch.map(async (n) => (await engine.doc(n)).id))));
  }
  return ids;
}

/** Our full result lists, through the same engine over the built files (the browser's results are the same). */
export async function ourResultIds(siteDir: string, queries: readonly BenchQuery[]): Promise<string[][]> {
  const engine = await SearchEngine.open(siteIndexReader(siteDir));
  const out: string[][] = [];
  for (const query of queries) {
    const outcome = await engine.search(query.query, { ...noFilters(), ...query.filters });
    out.push(await idsOf(engine, outcome.hits.map((hit) => hit.n)));
  }
  return out;
}

/** Every document our index files hold, as paper ids, and its paper count. */
export async function ourIndexedIds(siteDir: string): Promise<{ paperCount: number; ids: string[] }> {
  const engine = await SearchEngine.open(siteIndexReader(siteDir));
  return { paperCount: engine.paperCount, ids: await idsOf(engine, Array.from({ length: engine.paperCount }, (_v, n) => n)) };
}

/** How many papers our index says it holds: the manifest alone, no documents read. */
export async function ourPaperCount(siteDir: string): Promise<number> {
  return (await SearchEngine.open(siteIndexReader(siteDir))).paperCount;
}
