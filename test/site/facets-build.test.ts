// Facet pages of the built archive: counts, membership, no empty topics, pagination past 50.
import { describe, expect, it } from 'vitest';
import { buildSiteOrThrow, REPO_SITE_DIR } from '../helpers/build-site.ts';
import { loadPage, pageExists, textOf } from '../helpers/built-pages.ts';
import { fixtureArchive, tempDir } from '../helpers/fixture-archive.ts';
import { derivedIssue } from '../helpers/fixture-issues.ts';
import { realTaxonomy } from '../helpers/taxonomy.ts';
import { readEvalJson } from '../helpers/eval-cases.ts';

const expected = readEvalJson<{
  papers: Record<string, { journal: string; modalities: string[]; diseases: string[] }>;
}>('seed-tags.json');
const seedPapers = Object.entries(expected.papers).map(([doi, tags], i) => ({ id: `56-${i + 1}`, doi, ...tags }));

function countsOn(path: string): Map<string, number> {
  const $ = loadPage(REPO_SITE_DIR, path);
  return new Map(
    $('.facet-values li')
      .map((_i, li) => [[$(li).find('a').attr('href') ?? '', Number($(li).find('.facet-values__count').text())]] as [string, number][])
      .get(),
  );
}

function paperIdsOn(siteDir: string, path: string): string[] {
  const $ = loadPage(siteDir, path);
  return $('.paper-card__title').map((_i, a) => ($(a).attr('href') ?? '').replace(/^\/papers\/|\/$/g, '')).get();
}

describe('facet pages of issue 56', () => {
  it('list modalities and diseases with their paper counts', () => {
    const count = (kind: 'modalities' | 'diseases', slug: string) => seedPapers.filter((p) => p[kind].includes(slug)).length;
    for (const kind of ['modalities', 'diseases'] as const) {
      const slugs = [...new Set(seedPapers.flatMap((p) => p[kind]))];
      expect(countsOn(`/${kind}/`)).toEqual(new Map(slugs.map((slug) => [`/${kind}/${slug}/`, count(kind, slug)])));
    }
  });

  it('list journals and years with their counts', () => {
    expect(countsOn('/journals/')).toEqual(
      new Map([
        ['/journals/npj-digital-medicine/', 3],
        ['/journals/ejnmmi/', 1],
        ['/journals/european-radiology/', 1],
        ['/journals/jnm/', 1],
      ]),
    );
    expect(countsOn('/years/')).toEqual(new Map([['/years/2026/', 6]]));
  });

  it('show every paper under each of its tags, and only there', () => {
    for (const kind of ['modalities', 'diseases'] as const) {
      for (const slug of new Set(seedPapers.flatMap((p) => p[kind]))) {
        const listed = paperIdsOn(REPO_SITE_DIR, `/${kind}/${slug}/`);
        expect(new Set(listed), `${kind}/${slug}`).toEqual(new Set(seedPapers.filter((p) => p[kind].includes(slug)).map((p) => p.id)));
      }
    }
  });

  it('build no page for a topic without papers', () => {
    const taxonomy = realTaxonomy();
    const used = new Set(seedPapers.flatMap((p) => [...p.modalities, ...p.diseases]));
    const unused = [...taxonomy.modalities.map((t) => `/modalities/${t.slug}/`), ...taxonomy.diseases.map((t) => `/diseases/${t.slug}/`)].filter(
      (path) => !used.has(path.split('/')[2] ?? ''),
    );
    expect(unused.length).toBeGreaterThan(10);
    for (const path of unused) expect(pageExists(REPO_SITE_DIR, path), path).toBe(false);
  });

  it('label diseases in Chinese with English beside them, and tag papers with links', () => {
    const $ = loadPage(REPO_SITE_DIR, '/diseases/heart-failure/');
    expect(textOf($('h1'))).toBe('心力衰竭 Heart failure');
    expect($('.paper-card .tag').map((_i, a) => $(a).attr('href')).get()).toEqual(['/modalities/ecg/', '/diseases/heart-failure/']);
    const paper = loadPage(REPO_SITE_DIR, '/papers/56-1/');
    expect(paper('.paper__meta .tag').map((_i, a) => paper(a).attr('href')).get()).toEqual(['/modalities/pet/', '/modalities/ct/', '/diseases/lung-cancer/']);
  });

  it('offer browse-by-topic with counts on the home page', () => {
    const $ = loadPage(REPO_SITE_DIR, '/');
    const pet = $('.browse a[href="/modalities/pet/"]').closest('li');
    expect(textOf(pet.find('.facet-values__count'))).toBe('2');
  });
});

describe('a long facet', () => {
  it('paginates past 50 papers, newest first', async () => {
    // 10 issues × 6 papers = 60 papers in one year.
    const issues = Object.fromEntries(
      Array.from({ length: 10 }, (_v, i) => [`${String(i + 1).padStart(3, '0')}.txt`, derivedIssue(i + 1, `2026-0${1 + Math.floor(i / 4)}-${String(1 + (i % 4) * 7).padStart(2, '0')}`)]),
    );
    const siteDir = tempDir('facet-site-');
    await buildSiteOrThrow(siteDir, { contentDir: fixtureArchive(issues) });
    const first = paperIdsOn(siteDir, '/years/2026/');
    const second = paperIdsOn(siteDir, '/years/2026/2/');
    expect(first).toHaveLength(50);
    expect(second).toHaveLength(10);
    expect(first.slice(0, 7)).toEqual(['10-1', '10-2', '10-3', '10-4', '10-5', '10-6', '9-1']);
    expect(second.at(-1)).toBe('1-6');
    const $ = loadPage(siteDir, '/years/2026/');
    expect($('.pagination a[rel=next]').attr('href')).toBe('/years/2026/2/');
    expect(textOf($('.facet-count'))).toBe('共 60 篇,第 1–50 篇');
    const page2 = loadPage(siteDir, '/years/2026/2/');
    expect(page2('.pagination a[rel=prev]').attr('href')).toBe('/years/2026/');
    expect(pageExists(siteDir, '/years/2026/3/')).toBe(false);
    // 30 papers fit on one page.
    expect(paperIdsOn(siteDir, '/journals/npj-digital-medicine/')).toHaveLength(30);
    expect(pageExists(siteDir, '/journals/npj-digital-medicine/2/')).toBe(false);
  });
});
