// Exporting a whole result set: every result of the search (not only the cards shown), one record per paper, in
// the order shown, with canonical DOIs, as files reference managers read.
import { entries as bibtexEntries } from 'bibtex-parse';
import { beforeAll, describe, expect, it } from 'vitest';
import { noFilters, type SearchEngine } from '../../../src/lib/search/engine.ts';
import { exportResults, exportSubject } from '../../../src/lib/search/export-results.ts';
import { sharedEngine } from '../../helpers/shared-indexes.ts';

let engine: SearchEngine;
beforeAll(async () => {
  ({ engine } = await sharedEngine('repo'));
}, 60_000);

const options = (format: 'bib' | 'ris', query: string) => ({
  format,
  search: { query, filters: noFilters(), sort: 'relevance' as const },
  date: '2026-11-30',
  pageUrl: (path: string) => new URL(path, 'https://archive.example.org').href,
});

describe('exporting results', () => {
  it('writes every result as BibTeX, one entry per paper in the order shown', async () => {
    const outcome = await engine.search('');
    const ns = outcome.hits.map((h) => h.n);
    let progress = 0;
    const file = await exportResults(ns, (n) => engine.doc(n), { ...options('bib', ''), concurrency: 2, onProgress: (done) => (progress = done) });
    expect(file.count).toBe(6);
    expect(progress).toBe(6);
    const entries = bibtexEntries(file.text);
    expect(entries).toHaveLength(6);
    const docs = await Promise.all(ns.map((n) => engine.doc(n)));
    expect(entries.map((e) => e['DOI'])).toEqual(docs.map((d) => d.doi));
    for (const entry of entries) expect(entry['DOI']).toMatch(/^10\.\d{4,9}\/[^\sA-Z]+$/);
    expect(entries[0]?.['NOTE']).toContain(`https://archive.example.org/papers/${docs[0]?.id}/`);
    expect(file.name).toBe('医学影像与AI文献快递-全部-2026-11-30.bib');
  });

  it('writes RIS records for a query’s results, named after the query', async () => {
    const outcome = await engine.search('放射组学');
    const file = await exportResults(outcome.hits.map((h) => h.n), (n) => engine.doc(n), options('ris', '放射组学 / CT?'));
    expect(file.count).toBe(outcome.hits.length);
    expect(file.text.match(/^TY {2}- JOUR\r$/gm)).toHaveLength(outcome.hits.length);
    expect(file.text.match(/^ER {2}-\r$/gm)).toHaveLength(outcome.hits.length);
    expect(file.name).toBe('医学影像与AI文献快递-放射组学-CT-2026-11-30.ris');
  });

  it('names a filtered browse after its filter values', () => {
    expect(exportSubject({ query: '', filters: { ...noFilters(), diseases: ['lung-cancer'], years: ['2026'] }, sort: 'relevance' })).toBe('lung-cancer-2026');
  });
});
