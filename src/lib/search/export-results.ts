// Exporting every result of a search (not only the cards on screen) as one RIS or BibTeX file, built in the browser
// from the index's result documents with the same citation code as the paper pages' downloads.
import { citationFile, exportFileName, type Citable, type CitationFormat } from '../meta/citation.ts';
import { paperPath } from '../site/paths.ts';
import type { SearchDoc } from './index-files.ts';
import type { SearchState } from './search-state.ts';
import { FACET_NAMES } from '../site/facet-names.ts';

export const citableOfDoc = (doc: SearchDoc): Citable => ({ ...doc, journal: { name: doc.journal, issn: doc.issn ?? [] } });

/** What the file is named after: the query, else the filters' values, else the whole archive. */
export function exportSubject(search: SearchState): string {
  const query = search.query.trim();
  if (query) return query;
  return FACET_NAMES.flatMap((name) => search.filters[name]).join('-');
}

export interface ExportFile {
  name: string;
  text: string;
  count: number;
}

/**
 * Reads every result's document (a few at a time, so a big result set does not open hundreds of requests at once)
 * and writes them, in the order shown, into one file. `pageUrl` makes a paper page's absolute address.
 */
export async function exportResults(
  ns: readonly number[],
  load: (n: number) => Promise<SearchDoc>,
  options: { format: CitationFormat; search: SearchState; date: string; pageUrl: (path: string) => string; concurrency?: number; onProgress?: (done: number) => void },
): Promise<ExportFile> {
  const docs: SearchDoc[] = new Array<SearchDoc>(ns.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < ns.length) {
      const i = next++;
      docs[i] = await load(ns[i] ?? 0);
      options.onProgress?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, ns.length) }, worker));
  const text = citationFile(docs.map(citableOfDoc), options.format, (paper) => options.pageUrl(paperPath(paper.id)));
  return { name: exportFileName(exportSubject(options.search), options.date, options.format), text, count: docs.length };
}

/** The reader's calendar day (not UTC's), as a file name shows it: 2026-11-30. */
export const localDate = (now: Date): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
