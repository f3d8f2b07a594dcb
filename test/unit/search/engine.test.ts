// The query engine over real and fixture archives: AND across fields, prefixes, synonyms, filters, ranking.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { IndexMismatchError, noFilters, SearchEngine, type SearchFilters, type SearchOutcome } from '../../../src/lib/search/engine.ts';
import { memoryIndexReader, siteIndexReader } from '../../../src/lib/search/file-reader.ts';
import type { SearchIndexFiles } from '../../../src/lib/search/build-index.ts';
import { fixtureArchive } from '../../helpers/fixture-archive.ts';
import { derivedIssue } from '../../helpers/fixture-issues.ts';
import { engineOf } from '../../helpers/search-index.ts';
import { sharedEngine } from '../../helpers/shared-indexes.ts';
import { indexBuildHash } from '../../../src/lib/search/index-build-hash.ts';
import { searchNotices } from '../../../src/lib/search/search-notices.ts';

let engine: SearchEngine;
let files: SearchIndexFiles;
beforeAll(async () => {
  ({ engine, files } = await sharedEngine('repo'));
});

const ids = async (outcome: SearchOutcome, using = engine): Promise<string[]> => Promise.all(outcome.hits.map(async (h) => (await using.doc(h.n)).id));
const idsFor = async (query: string, filters = noFilters(), using = engine) => ids(await using.search(query, filters), using);

describe('matching', () => {
  it('ANDs terms across fields, not within one field', async () => {
    // "FetalCLIP" is in the English title, 孕周 only in the Chinese summary.
    expect(await idsFor('FetalCLIP 孕周')).toEqual(['56-3']);
    // Each word exists in the archive, but never in the same paper.
    expect(await idsFor('霍奇金 Holter')).toEqual([]);
  });

  it('finds nothing for a query of left-out words alone, and says which words and why', async () => {
    for (const query of ['吗', '能', '什么是', 'the']) {
      const outcome = await engine.search(query);
      expect(outcome.hits, query).toEqual([]);
      expect(searchNotices(outcome).map((n) => n.kind), query).toEqual(['nothing-left']);
    }
  });

  it('matches the last word as a prefix while typing, and only the last', async () => {
    expect(new Set(await idsFor('ultras'))).toEqual(new Set(['56-3', '56-4']));
    expect(await idsFor('ultras ')).toEqual([]);
    expect(new Set(await idsFor('淋巴'))).toEqual(new Set(['56-2', '56-4']));
    expect(await idsFor('淋巴瘤')).toEqual(['56-2']);
    expect(await idsFor('ultras 乳腺癌')).toEqual([]);
  });

  it('expands synonyms and abbreviations across languages', async () => {
    expect(await idsFor('心衰')).toEqual(['56-5']);
    expect(await idsFor('心电图')).toEqual(['56-5']);
    expect(await idsFor('heart failure')).toEqual(['56-5']);
    expect(await idsFor('HF')).toEqual(['56-5']);
  });

  it('does not match scattered characters of an unknown word', async () => {
    for (const query of ['心衰竭病', '青光眼', '超学', '霍淋', 'glaucoma']) expect(await idsFor(query), query).toEqual([]);
    // 心衰 is not in the text: only the papers tagged with its topic match.
    const plan = (await engine.search('心衰')).plan;
    expect(plan.groups.map((g) => g.node)).toEqual([{ kind: 'concept', concept: 'heart-failure' }]);
  });

  it('ranks title matches above body matches above comment-only matches, newer first on ties', async () => {
    // 放射组学 is in paper 4's title, in the summaries of papers 1 and 2.
    expect((await idsFor('放射组学'))[0]).toBe('56-4');
    const outcome = await engine.search('');
    expect(await ids(outcome)).toEqual(['56-1', '56-2', '56-3', '56-4', '56-5', '56-6']);
  });

  it('sorts the same matches newest first on request', async () => {
    const relevance = await engine.search('深度学习');
    const newest = await engine.search('深度学习', noFilters(), 'newest');
    expect(relevance.hits.length).toBeGreaterThan(2);
    expect(newest.hits.map((h) => h.n).sort((a, b) => a - b)).toEqual(relevance.hits.map((h) => h.n).sort((a, b) => a - b));
    expect(newest.hits.map((h) => h.n)).toEqual([...newest.hits.map((h) => h.n)].sort((a, b) => a - b));
    expect(newest.hits.map((h) => h.n)).not.toEqual(relevance.hits.map((h) => h.n));
  });

  it('treats hyphen variants alike', async () => {
    expect(await idsFor('C-index')).toEqual(['56-2']);
    expect(await idsFor('cindex')).toEqual(['56-2']);
    expect(await idsFor('multi center')).toEqual(['56-1']);
    expect(await idsFor('multi-center')).toEqual(['56-1']);
    // The thesaurus makes multicentre and 多中心 the same word, each within its language.
    expect(await idsFor('multicentre')).toEqual(['56-1']);
    expect(await idsFor('多中心')).toEqual(['56-1', '56-2', '56-3']);
  });
});

describe('filters', () => {
  it('combine with the query and work without one', async () => {
    expect(await idsFor('', { ...noFilters(), journals: ['npj-digital-medicine'] })).toEqual(['56-3', '56-5', '56-6']);
    expect(await idsFor('deep learning', { ...noFilters(), journals: ['npj-digital-medicine'] })).toEqual(['56-5']);
    expect(await idsFor('', { ...noFilters(), modalities: ['pet'], diseases: ['lymphoma'] })).toEqual(['56-2']);
    expect(await idsFor('', { ...noFilters(), modalities: ['pet', 'ecg'] })).toEqual(['56-1', '56-2', '56-5']);
    expect(await idsFor('', { ...noFilters(), years: ['2026'] })).toHaveLength(6);
    expect(await idsFor('', { ...noFilters(), years: ['2025'] })).toEqual([]);
  });

  it('count facet values over the query’s results, each facet ignoring its own selection', async () => {
    const filters = { ...noFilters(), diseases: ['breast-cancer'] };
    const outcome = await engine.search('超声', filters);
    const facets = await engine.facetCounts(outcome, filters);
    const count = (name: keyof typeof facets, slug: string) => facets[name].find((f) => f.slug === slug)?.count;
    expect(await ids(outcome)).toEqual(['56-4']);
    expect(count('diseases', 'breast-cancer')).toBe(1);
    expect(count('diseases', 'fetal-congenital-anomaly')).toBe(1);
    expect(count('modalities', 'ultrasound')).toBe(1);
    expect(count('journals', 'european-radiology')).toBe(1);
    expect(facets.journals.map((f) => f.slug)).toEqual(['european-radiology']);
  });

  it('filter after resolving, so no result is cut off before filtering', async () => {
    const contentDir = fixtureArchive(
      Object.fromEntries(Array.from({ length: 40 }, (_v, i) => [`${i + 1}.txt`, derivedIssue(i + 1, `2025-${String(1 + (i % 12)).padStart(2, '0')}-0${1 + Math.floor(i / 12)}`)])),
    );
    const big = (await engineOf(contentDir)).engine;
    const outcome = await big.search('deep', { ...noFilters(), diseases: ['lymphoma'] });
    expect(outcome.hits).toHaveLength(40);
    expect((await big.search('', { ...noFilters(), diseases: ['lymphoma'] })).hits).toHaveLength(40);
  }, 60_000);
});

describe('the shipped files', () => {
  it('round-trip through disk: same results, same filters', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'index-'));
    for (const [path, body] of files) {
      const file = join(dir, 'search-index', indexBuildHash(files), path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, body);
    }
    const fromDisk = await SearchEngine.open(siteIndexReader(dir));
    const cases: [string, SearchFilters][] = [
      ['肺癌', noFilters()],
      ['ultras', noFilters()],
      ['', { ...noFilters(), diseases: ['skin-cancer'] }],
      ['deep learning', { ...noFilters(), journals: ['npj-digital-medicine'], years: ['2026'] }],
    ];
    for (const [query, filters] of cases) {
      const a = await engine.search(query, filters);
      const b = await fromDisk.search(query, filters);
      expect(b.hits).toEqual(a.hits);
      expect(await fromDisk.facetCounts(b, filters)).toEqual(await engine.facetCounts(a, filters));
    }
  });

  it('are refused when made with another format or configuration, whichever file is stale', async () => {
    const restamped = (prefix: string) => {
      const stale = new Map(files);
      for (const [path, body] of files) if (path.startsWith(prefix)) stale.set(path, JSON.stringify({ ...JSON.parse(body), config: 'deadbeef' }));
      return memoryIndexReader(stale);
    };
    await expect(SearchEngine.open(restamped('manifest.json'))).rejects.toThrow(IndexMismatchError);
    await expect(SearchEngine.open(restamped('manifest.json'))).rejects.toThrow(/检索索引与页面版本不一致/);
    const staleShards = await SearchEngine.open(restamped('shards/'));
    await expect(staleShards.search('肺癌')).rejects.toThrow(IndexMismatchError);
    const staleFacets = await SearchEngine.open(restamped('facets.json'));
    await expect(staleFacets.search('', { ...noFilters(), years: ['2026'] })).rejects.toThrow(IndexMismatchError);
  });

  // The shared index was built in vitest's main process; this one is built here.
  it('are byte-identical for the same archive', async () => {
    const again = (await engineOf()).files;
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [path, body] of files) expect(again.get(path), path).toBe(body);
  });
});
