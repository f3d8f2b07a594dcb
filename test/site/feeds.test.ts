// Feeds, citation files and sharing metadata of the built archive, parsed as real readers parse them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entries as bibtexEntries } from 'bibtex-parse';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, REPO_SITE_DIR, TEST_SITE_URL } from '../helpers/build-site.ts';
import { loadPage, textOf } from '../helpers/built-pages.ts';
import { builtPathOf, catalogOfContent, feedItemCount, feedsOnSubscribePage, opmlFeeds, parseOpml, readFeed } from '../helpers/feeds.ts';
import { allFeeds } from '../../src/lib/feeds/feed-catalog.ts';
import { readEvalJson } from '../helpers/eval-cases.ts';
import { builtFiles, builtPages } from '../helpers/site-checks.ts';

const SITE = TEST_SITE_URL;
const site = REPO_SITE_DIR;
const expected = readEvalJson<{
  papers: Record<string, { modalities: string[]; diseases: string[] }>;
}>('seed-tags.json');
const seedPapers = Object.entries(expected.papers).map(([doi, tags], i) => ({ id: `56-${i + 1}`, doi, ...tags }));

const topicFeeds = (): string[] => builtFiles(site).filter((file) => /^\/(journals|modalities|diseases)\/[^/]+\/rss\.xml$/.test(file));

describe('the main feed', () => {
  it('has one item per issue, newest first, with the whole issue as content', async () => {
    const { feed, xml } = await readFeed(site, 'rss.xml');
    expect(xml).toContain('<language>zh-cn</language>');
    // No XSLT view: browsers are removing XSLT, and /subscribe/ is where readers learn to use a feed.
    expect(xml).not.toContain('xml-stylesheet');
    expect(feed.items).toHaveLength(1);
    const [item] = feed.items;
    expect(item?.title).toBe('第56期 · 2026-06-25');
    expect(item?.link).toBe(`${SITE}/issues/56/`);
    expect(item?.guid).toBe(`${SITE}/issues/56/`);
    expect(new Date(item?.pubDate ?? '').toISOString().slice(0, 10)).toBe('2026-06-25');
    expect(item?.content).toContain('1. 临床元数据与[18F]FDG PET/CT深度融合用于非小细胞肺癌组织学分型:多中心研究');
    const html = (item as { contentEncoded?: string }).contentEncoded ?? '';
    expect(html).toContain(`<a href="${SITE}/papers/56-5/">利用可解释AI建模全天ECG信号预测心力衰竭风险</a>`);
    expect(html).toContain('<a href="https://doi.org/10.1038/s41746-026-02835-8">10.1038/s41746-026-02835-8</a>');
    expect(html).toContain('本刊点评');
    expect(item?.categories).toEqual(expect.arrayContaining(['PET', '心力衰竭', '皮肤癌']));
  });
});

describe('topic feeds', () => {
  it('exist for every journal, modality and disease page, one item per paper, linking built pages', async () => {
    const feeds = topicFeeds();
    expect(feeds.length).toBe(4 + 6 + 6);
    for (const path of feeds) {
      const [, kind, slug] = path.split('/');
      const { feed } = await readFeed(site, path.slice(1));
      const inTopic =
        kind === 'journals'
          ? loadPage(site, `/journals/${slug}/`)('.paper-card').length
          : seedPapers.filter((p) => (kind === 'modalities' ? p.modalities : p.diseases).includes(slug ?? '')).length;
      expect(feed.items, path).toHaveLength(inTopic);
      expect(feed.link).toBe(`${SITE}/${kind}/${slug}/`);
      const guids = feed.items.map((i) => i.guid);
      expect(new Set(guids).size).toBe(guids.length);
      for (const item of feed.items) {
        expect(existsSync(join(site, builtPathOf(item.link ?? '', SITE))), item.link).toBe(true);
        expect(new Date(item.pubDate ?? '').toISOString().slice(0, 10)).toBe('2026-06-25');
        expect((item as { contentEncoded?: string }).contentEncoded).toMatch(/DOI: <a href="https:\/\/doi\.org\/10\./);
      }
    }
  });

  it('give a paper its Chinese title, English title as description, and summary and comment as content', async () => {
    const { feed } = await readFeed(site, 'diseases/heart-failure/rss.xml');
    const [item] = feed.items;
    expect(item?.title).toBe('利用可解释AI建模全天ECG信号预测心力衰竭风险');
    expect(item?.contentSnippet ?? item?.content).toBeDefined();
    expect((item as { contentEncoded?: string }).contentEncoded).toContain('<strong>目的</strong>');
    expect((item as { contentEncoded?: string }).contentEncoded).toContain('<strong>本刊点评</strong> 虽然这不是影像研究');
    expect(feed.items[0]?.content).toBeDefined();
    const raw = readFileSync(join(site, 'diseases/heart-failure/rss.xml'), 'utf8');
    expect(raw).toContain('<description>Modeling day-long ECG signals to predict heart failure risk with explainable AI.</description>');
  });
});

describe('every page', () => {
  const pages = builtPages(site);

  it('announces the main feed, has a canonical link (none on the 404 page) and OpenGraph/Twitter tags', () => {
    expect(pages.length).toBeGreaterThan(30);
    for (const page of pages) {
      const $ = loadPage(site, page);
      expect($('link[rel=alternate][type="application/rss+xml"]').first().attr('href'), page).toBe(`${SITE}/rss.xml`);
      if (page === '/404.html') {
        expect($('link[rel=canonical]'), page).toHaveLength(0);
        expect($('meta[name=robots]').attr('content'), page).toBe('noindex');
      } else {
        expect($('link[rel=canonical]').attr('href'), page).toBe(`${SITE}${page}`);
      }
      expect($('meta[property="og:locale"]').attr('content'), page).toBe('zh_CN');
      expect($('meta[property="og:title"]').attr('content'), page).toBeTruthy();
      expect($('meta[name="twitter:card"]').attr('content'), page).toBe('summary');
    }
  });

  it('links facet pages to their own feed, shows the feed address, and leads to its entry on /subscribe/', () => {
    const $ = loadPage(site, '/diseases/lymphoma/');
    expect($('link[rel=alternate][type="application/rss+xml"]').map((_i, l) => $(l).attr('href')).get()).toEqual([`${SITE}/rss.xml`, `${SITE}/diseases/lymphoma/rss.xml`]);
    expect(textOf($('.subscribe__url'))).toBe(`${SITE}/diseases/lymphoma/rss.xml`);
    expect($('.subscribe a').attr('href')).toBe('/subscribe/#feed-diseases-lymphoma');
    const home = loadPage(site, '/');
    expect(textOf(home('.subscribe__url'))).toBe(`${SITE}/rss.xml`);
    expect(home('.subscribe a').attr('href')).toBe('/subscribe/#feed-main');
  });

  it('link the subscribe page from the footer', () => {
    for (const page of pages) expect(loadPage(site, page)('footer a[href="/subscribe/"]').text(), page).toBe('RSS 订阅');
  });
});

describe('the subscribe page', () => {
  const $ = loadPage(site, '/subscribe/');
  const shown = feedsOnSubscribePage(site);
  const catalog = catalogOfContent(join(REPO_ROOT, 'content'));

  it('lists the main feed, then the journal, modality and disease feeds: exactly the catalog, with item counts', () => {
    expect(textOf($('h1'))).toBe('订阅');
    expect($('main h2[id^="feeds-"]').map((_i, h) => textOf($(h))).get()).toEqual([
      '医学影像与AI文献快递 每期一条,整期全文',
      '按期刊 每篇论文一条,4 个订阅源',
      '按成像方式 每篇论文一条,6 个订阅源',
      '按疾病 每篇论文一条,6 个订阅源',
    ]);
    expect(shown[0]).toEqual({ section: 'feeds-main', anchor: 'feed-main', name: '全部内容', href: '/', count: '1 期', address: `${SITE}/rss.xml`, copies: `${SITE}/rss.xml` });
    expect(shown.map((f) => [f.section, f.anchor, f.name, f.href, f.count, f.address])).toEqual(
      allFeeds(catalog).map((f) => [`feeds-${f.kind}`, f.anchor, f.name, f.pagePath, `${f.itemCount} ${f.itemUnit}`, `${SITE}${f.path}`]),
    );
    expect(shown.find((f) => f.anchor === 'feed-diseases-lymphoma')).toMatchObject({ name: '淋巴瘤 Lymphoma', count: '1 篇' });
  });

  it('shows every built feed once, with the number of items its file really holds', () => {
    expect(shown.map((f) => builtPathOf(f.address, SITE)).sort()).toEqual(['/rss.xml', ...topicFeeds()].sort());
    for (const feed of shown) {
      const [count, unit] = feed.count.split(' ');
      expect(Number(count), feed.address).toBe(feedItemCount(site, builtPathOf(feed.address, SITE)));
      expect(unit, feed.address).toBe(feed.anchor === 'feed-main' ? '期' : '篇');
    }
  });

  it('gives each address as selectable text with a copy button (shown by its script) carrying exactly it', () => {
    for (const feed of shown) expect(feed.copies, feed.anchor).toBe(feed.address);
    expect($('li.feed [data-copy-text]').length).toBe(shown.length);
    expect($('li.feed [data-copy-text]').first().attr('hidden')).toBeDefined();
    expect(textOf($('li.feed [data-copy-text]').first())).toBe('复制地址');
    expect($('li.feed [data-copy-text]').first().attr('aria-label')).toBe('复制地址:全部内容');
  });

  it('explains how to add a feed to a reader, and offers the OPML file to import them all', () => {
    const howto = textOf($('.howto'));
    for (const reader of ['Feedly', 'Inoreader', 'NetNewsWire', 'Thunderbird']) expect(howto).toContain(reader);
    expect(howto).toContain('添加订阅');
    expect(howto).toContain(`全部 ${shown.length} 个订阅源`);
    expect(howto).toContain('导入 OPML');
    const opml = $('.howto a[href="/feeds.opml"]');
    expect(opml.text()).toBe('OPML 文件');
    expect(opml.attr('download')).toBeDefined();
  });

  it('announces the main feed and the OPML file', () => {
    expect($('link[rel=alternate]').map((_i, l) => [[$(l).attr('type'), $(l).attr('href')]]).get()).toEqual([
      ['application/rss+xml', `${SITE}/rss.xml`],
      ['text/x-opml', `${SITE}/feeds.opml`],
    ]);
  });
});

describe('the OPML file', () => {
  const opml = parseOpml(readFileSync(join(site, 'feeds.opml'), 'utf8'), 'feeds.opml');
  const feeds = opmlFeeds(opml.outlines);
  const shown = feedsOnSubscribePage(site);

  it('is OPML 2.0 listing exactly the feeds of /subscribe/, main feed first, then a folder per kind', () => {
    expect(opml.title).toBe('医学影像与AI文献快递 · 全部订阅源');
    expect(feeds.map((f) => f['xmlUrl'])).toEqual(shown.map((f) => f.address));
    expect(opml.outlines[0]?.attributes).toMatchObject({ type: 'rss', text: '医学影像与AI文献快递', xmlUrl: `${SITE}/rss.xml`, htmlUrl: `${SITE}/` });
    expect(opml.outlines.slice(1).map((o) => [o.attributes['text'], o.children.length])).toEqual([
      ['医学影像与AI文献快递 · 期刊', 4],
      ['医学影像与AI文献快递 · 成像方式', 6],
      ['医学影像与AI文献快递 · 疾病', 6],
    ]);
    expect(feeds.find((f) => f['xmlUrl'] === `${SITE}/diseases/lymphoma/rss.xml`)).toMatchObject({ text: '医学影像与AI文献快递 · 疾病:淋巴瘤 Lymphoma', htmlUrl: `${SITE}/diseases/lymphoma/` });
  });

  it('points every feed at a built feed file holding as many items as /subscribe/ shows, and at its built page', async () => {
    for (const feed of feeds) {
      const path = builtPathOf(feed['xmlUrl'] ?? '', SITE);
      const { feed: parsed } = await readFeed(site, path.slice(1));
      const shownCount = shown.find((f) => f.address === feed['xmlUrl'])?.count.split(' ')[0];
      expect(parsed.items.length, path).toBe(Number(shownCount));
      expect(parsed.title, path).toBe(feed['title']);
      expect(existsSync(join(site, builtPathOf(feed['htmlUrl'] ?? '', SITE))), feed['htmlUrl']).toBe(true);
    }
  });
});

describe('paper pages for citation and sharing', () => {
  it('carry citation_doi but not the Highwire tags of the article itself', () => {
    const $ = loadPage(site, '/papers/56-4/');
    expect($('meta[name=citation_doi]').attr('content')).toBe('10.1007/s00330-026-12682-6');
    for (const name of ['citation_title', 'citation_journal_title', 'citation_author']) expect($(`meta[name=${name}]`)).toHaveLength(0);
    expect($('meta[property="og:type"]').attr('content')).toBe('article');
    expect($('a.doi').attr('href')).toBe('https://doi.org/10.1007/s00330-026-12682-6');
    expect($('[data-copy-text]').attr('data-copy-text')).toBe('10.1007/s00330-026-12682-6');
    expect($('[data-copy-text]').attr('hidden')).toBeDefined();
  });

  it('describe our Article about the ScholarlyArticle in JSON-LD', () => {
    const $ = loadPage(site, '/papers/56-2/');
    const data = JSON.parse($('script[type="application/ld+json"]').text()) as Record<string, unknown>;
    expect(data).toMatchObject({
      '@type': 'Article',
      inLanguage: 'zh-CN',
      headline: '高危儿童霍奇金淋巴瘤基线与中期PET特征的预后价值:AHOD1331试验回顾性分析',
      about: {
        '@type': 'ScholarlyArticle',
        name: 'Evaluation of Baseline and Interim-Therapy PET Features for Prognostication in High-Risk Pediatric Hodgkin Lymphoma: A Retrospective Analysis of the AHOD1331 Trial.',
        sameAs: 'https://doi.org/10.2967/jnumed.125.270791',
        isPartOf: { '@type': 'Periodical', name: 'Journal of Nuclear Medicine', issn: ['0161-5505', '1535-5667'] },
      },
    });
  });

  it('offer .bib and .ris downloads that parse and carry the DOI', () => {
    const $ = loadPage(site, '/papers/56-1/');
    expect($('a[href="/papers/56-1.bib"]')).toHaveLength(1);
    expect($('a[href="/papers/56-1.ris"]')).toHaveLength(1);
    const [entry] = bibtexEntries(readFileSync(join(site, 'papers/56-1.bib'), 'utf8'));
    expect(entry).toMatchObject({ type: 'article', key: 'yxai-56-1', DOI: '10.1007/s00259-026-08010-1', YEAR: '2026', JOURNAL: 'European Journal of Nuclear Medicine and Molecular Imaging' });
    expect(entry?.['TITLE']).toContain('Deep integration of clinical metadata');
    const ris = readFileSync(join(site, 'papers/56-1.ris'), 'utf8');
    const lines = ris.split('\r\n').filter(Boolean);
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- ?/);
    expect(lines[0]).toBe('TY  - JOUR');
    expect(lines.at(-1)).toBe('ER  -');
    expect(lines).toContain('DO  - 10.1007/s00259-026-08010-1');
  });

  it('are in the sitemap that robots.txt points to', () => {
    expect(readFileSync(join(site, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    const urls = readFileSync(join(site, 'sitemap-0.xml'), 'utf8');
    expect(urls).toContain(`<loc>${SITE}/papers/56-1/</loc>`);
    expect(urls).toContain(`<loc>${SITE}/subscribe/</loc>`);
    expect(urls).not.toContain('opml');
    expect(urls).not.toContain('.json');
  });
});
