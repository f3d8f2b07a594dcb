// The repository's own archive, built by astro build: issue 56 and its papers as readers get them.
import { describe, expect, it } from 'vitest';
import { REPO_SITE_DIR } from '../helpers/build-site.ts';
import { loadPage, pageExists, textOf } from '../helpers/built-pages.ts';
import { parseIssue } from '../../src/lib/newsletter/parse-issue.ts';
import { seedBytes } from '../helpers/seed.ts';

const site = REPO_SITE_DIR;
const seed = parseIssue(seedBytes(), 'seed');
if (!seed.ok) throw new Error('seed must parse');
const seedPapers = seed.issue.papers;

describe('built archive of issue 56', () => {
  it('has the issue page with every paper, anchored and in order', () => {
    const $ = loadPage(site, '/issues/56/');
    expect($('html').attr('lang')).toBe('zh-CN');
    expect(textOf($('h1'))).toBe('第56期 2026年6月25日');
    const articles = $('article.paper');
    expect(articles).toHaveLength(6);
    articles.each((index, article) => {
      const paper = seedPapers[index];
      expect($(article).attr('id')).toBe(`paper-${index + 1}`);
      expect(textOf($(article).find('h2.paper__title'))).toBe(paper?.titleZh);
      expect(textOf($(article).find('.paper__title-en'))).toBe(paper?.titleEn);
      expect($(article).find('.paper__title-en').attr('lang')).toBe('en');
      expect($(article).find('a.doi').attr('href')).toBe(`https://doi.org/${paper?.doi}`);
    });
  });

  it.each(seedPapers.map((p) => [p.order, p] as const))('has the page of paper 56-%i with titles, journal, summary and DOI', (order, paper) => {
    const $ = loadPage(site, `/papers/56-${order}/`);
    expect(textOf($('h1'))).toBe(paper.titleZh);
    expect($('title').text()).toContain(paper.titleZh);
    expect(textOf($('.paper__title-en'))).toBe(paper.titleEn);
    expect($('a.doi').attr('href')).toBe(`https://doi.org/${paper.doi}`);
    expect(textOf($('a.doi'))).toBe(paper.doi);
    const labels = $('.paper__section .part__label').map((_i, el) => $(el).text()).get();
    expect(labels.slice(0, 4)).toEqual(['目的', '方法', '结果', '结论']);
    expect(textOf($('.paper__commentary p'))).toBe(paper.commentary[0]);
    expect(textOf($('.paper__abstract'))).toContain(paper.abstract.at(-1)?.text ?? '');
    // The copy-DOI button's module is the page's only script; JSON-LD is data.
    expect($('script:not([type="application/ld+json"])').map((_i, el) => $(el).attr('src')).get()).toEqual([expect.stringMatching(/^\/_astro\/CopyText\..*\.js$/)]);
  });

  it('links papers to their neighbours within the issue', () => {
    const $ = loadPage(site, '/papers/56-1/');
    expect($('a[rel=next]').attr('href')).toBe('/papers/56-2/');
    expect($('a[rel=prev]')).toHaveLength(0);
    const last = loadPage(site, '/papers/56-6/');
    expect(last('a[rel=prev]').attr('href')).toBe('/papers/56-5/');
    expect(last('a[rel=next]')).toHaveLength(0);
  });

  it('shows the resolved journal name and what the editors wrote', () => {
    const $ = loadPage(site, '/papers/56-2/');
    expect(textOf($('.paper__meta'))).toContain('Journal of Nuclear Medicine');
    expect(textOf($('.paper__meta'))).toContain('Journal of Nuclear Medicine (JNM)');
  });

  it('has a home page with the latest issue and the archive by year, and a 404 page', () => {
    const $ = loadPage(site, '/');
    expect(textOf($('.latest h2'))).toContain('第56期');
    expect($('.latest .paper-card')).toHaveLength(6);
    expect(textOf($('#year-2026'))).toBe('2026年 1期 · 6篇');
    expect($('form[role=search] input[name=q]').length).toBeGreaterThan(0);
    expect(pageExists(site, '/404.html')).toBe(true);
    expect(pageExists(site, '/issues/')).toBe(true);
  });
});
