// Facet pages of the built archive: counts, membership, no empty topics, pagination past 50.
import { describe, expect, it } from 'vitest';
import { REPO_SITE_DIR } from '../helpers/build-site.ts';
import { loadPage, pageExists, textOf } from '../helpers/built-pages.ts';
import { withBuiltSite } from '../helpers/site-fixtures.ts';
import { issueFacts, type IssueFacts } from '../helpers/trend-counts.ts';
import { realTaxonomy } from '../helpers/taxonomy.ts';
import { readEvalJson } from '../helpers/eval-cases.ts';

const expected = readEvalJson<{
  papers: Record<string, { journal: string; modalities: string[]; diseases: string[] }>;
}>('seed-tags.json');
const seedPapers = Object.entries(expected.papers).map(([doi, tags], i) => ({ id: `56-${i + 1}`, doi, ...tags }));

const sum = (issues: readonly { papers: number }[]): number => issues.reduce((total, issue) => total + issue.papers, 0);

const countsOn = (path: string): Map<string, number> => countsOnSite(REPO_SITE_DIR, path);

function countsOnSite(siteDir: string, path: string): Map<string, number> {
  const $ = loadPage(siteDir, path);
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
  it('paginates past 50 papers, newest issue first, papers in issue order', async () => {
    const { siteDir, contentDir } = await withBuiltSite('generated');
    const byYear = new Map<number, IssueFacts[]>();
    for (const issue of issueFacts(contentDir)) byYear.set(issue.year, [...(byYear.get(issue.year) ?? []), issue]);
    const [year, issues = []] = [...byYear].sort((a, b) => sum(b[1]) - sum(a[1]))[0] ?? [];
    const count = sum(issues);
    expect(count).toBeGreaterThan(50);
    const newestFirst = [...issues].sort((a, b) => b.number - a.number).flatMap((issue) => Array.from({ length: issue.papers }, (_v, i) => `${issue.number}-${i + 1}`));
    const pages = Math.ceil(count / 50);
    for (let page = 1; page <= pages; page++) {
      const path = page === 1 ? `/years/${year}/` : `/years/${year}/${page}/`;
      expect(paperIdsOn(siteDir, path), path).toEqual(newestFirst.slice((page - 1) * 50, page * 50));
    }
    expect(pageExists(siteDir, `/years/${year}/${pages + 1}/`)).toBe(false);
    const $ = loadPage(siteDir, `/years/${year}/`);
    expect($('.pagination a[rel=next]').attr('href')).toBe(`/years/${year}/2/`);
    expect(textOf($('.facet-count'))).toBe(`共 ${count} 篇,第 1–50 篇`);
    expect(loadPage(siteDir, `/years/${year}/2/`)('.pagination a[rel=prev]').attr('href')).toBe(`/years/${year}/`);
  });

  it('keeps 50 papers or fewer on one page', async () => {
    const { siteDir } = await withBuiltSite('generated');
    const journals = countsOnSite(siteDir, '/journals/');
    const [path, count] = [...journals].filter(([, n]) => n > 1 && n <= 50).sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    expect(count).toBeGreaterThan(1);
    expect(paperIdsOn(siteDir, path)).toHaveLength(count);
    expect(pageExists(siteDir, `${path}2/`)).toBe(false);
  });
});
