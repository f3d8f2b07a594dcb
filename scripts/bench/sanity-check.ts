// Gathers what each engine indexed from the built site and Pagefind's own API, and stops the bench on any mismatch.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Paper } from '../../src/lib/newsletter/archive.ts';
import { siteIndexFolder } from '../../src/lib/search/file-reader.ts';
import type { FacetData } from '../../src/lib/search/index-files.ts';
import type { BenchServer } from './bench-server.ts';
import { pagefindFilterCounts, pagefindResultIds, type BenchQuery } from './measure.ts';
import { ourIndexedIds, ourResultIds } from './quality.ts';
import { ourFilterCounts, pagefindPageCount, sanityProblems } from './sanity.ts';

export interface SanityInput {
  papers: readonly Paper[];
  /** A built site with our index, Pagefind's (unless withPagefind is false) and the bench harness, served by `server`. */
  siteDir: string;
  /** A term whose papers are known exactly: both engines must return just these. */
  known: { term: string; paperIds: readonly string[] };
  browser: Browser;
  server: BenchServer;
  withPagefind: boolean;
}

/** What the checks confirmed, in words for the report; throws with every reason when anything does not match. */
export async function checkSanity(input: SanityInput): Promise<string[]> {
  const { papers, siteDir, known, browser, server, withPagefind } = input;
  const query: BenchQuery = { kind: 'sanity', query: known.term, filters: {} };
  const indexed = await ourIndexedIds(siteDir);
  const facets = JSON.parse(readFileSync(join(siteIndexFolder(siteDir), 'facets.json'), 'utf8')) as FacetData;
  const pagefind = withPagefind ? { pages: pagefindPageCount(siteDir), filters: await pagefindFilterCounts(browser, server) } : null;
  const problems = sanityProblems(papers, { ...indexed, filters: ourFilterCounts(facets) }, pagefind, {
    query: known.term,
    truth: new Set(known.paperIds),
    ours: (await ourResultIds(siteDir, [query]))[0] ?? [],
    pagefind: withPagefind ? ((await pagefindResultIds(browser, server, siteDir, [query]))[0] ?? []) : null,
  });
  if (problems.length > 0) throw new Error(`sanity checks failed, no figure can be trusted:\n- ${problems.join('\n- ')}`);
  return [
    `our index holds all ${indexed.paperCount} papers with the archive's filter counts`,
    ...(pagefind ? [`Pagefind indexed ${pagefind.pages} pages for ${papers.length} papers with the same filter counts`] : []),
    `'${known.term}' finds exactly its ${known.paperIds.length} papers in ${withPagefind ? 'both engines' : 'our engine'}`,
  ];
}
