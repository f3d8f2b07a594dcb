import { entries as bibtexEntries } from 'bibtex-parse';
import { describe, expect, it } from 'vitest';
import { escapeHtml, paperHtml } from '../../../src/lib/feeds/html.ts';
import { pubDateOf } from '../../../src/lib/feeds/feed-items.ts';
import { bibtexOf, risOf } from '../../../src/lib/meta/citation.ts';
import { headMeta } from '../../../src/lib/meta/head.ts';
import { jsonLdScriptText } from '../../../src/lib/meta/json-ld.ts';
import { assembleArchive } from '../../../src/lib/newsletter/archive.ts';
import { realJournals } from '../../helpers/registry.ts';
import { encode } from '../../helpers/seed.ts';
import { HOSTILE, hostileIssue } from '../../helpers/hostile.ts';

const [report] = assembleArchive([{ file: 'h.txt', bytes: encode(hostileIssue()) }], { journals: realJournals(), tag: () => ({ modalities: [], diseases: [] }) });
const paper = report?.issue?.papers[0];
if (!paper) throw new Error('hostile issue must parse');
const site = new URL('https://archive.example.org');

describe('feed HTML', () => {
  it('escapes every piece of content', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const html = paperHtml(paper, site);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain(escapeHtml(HOSTILE));
    expect(html).toContain('<a href="https://archive.example.org/papers/56-1/">');
  });

  it('dates an issue at noon in China so no reader shows the day before', () => {
    expect(pubDateOf('2026-06-25').toUTCString()).toBe('Thu, 25 Jun 2026 04:00:00 GMT');
  });
});

describe('citations', () => {
  it('BibTeX escapes LaTeX specials in text and keeps the DOI verbatim', () => {
    const weird = { ...paper, titleEn: 'A {braced} 50% & $cost_1#^~\\ title', doi: '10.1000/a_b' };
    const bib = bibtexOf(weird, 'https://x/papers/56-1/');
    expect(bib).toContain('title = {{A \\{braced\\} 50\\% \\& \\$cost\\_1\\#\\^{}\\~{}\\textbackslash{} title}}');
    const [entry] = bibtexEntries(bib);
    expect(entry?.['TITLE']).toContain('braced');
    expect(entry?.['DOI']).toBe('10.1000/a_b');
  });

  it('RIS has one tag per line, CRLF, starting with TY and ending with ER', () => {
    const ris = risOf({ ...paper, titleEn: 'Two\nlines' }, 'https://x/');
    expect(ris.endsWith('ER  -\r\n')).toBe(true);
    expect(ris.split('\r\n')[0]).toBe('TY  - JOUR');
    expect(ris).toContain('TI  - Two lines\r\n');
  });
});

describe('head metadata', () => {
  it('JSON-LD text cannot close its script element', () => {
    const text = jsonLdScriptText({ name: '</script><script>alert(1)</script>\u2028&' });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>\u2028&' });
  });

  it('gives canonical, OpenGraph and feeds as absolute URLs', () => {
    const head = headMeta({ title: '肺癌', description: 'x', path: '/diseases/lung-cancer/', site, ogType: 'website', feeds: [{ title: '肺癌', href: '/diseases/lung-cancer/rss.xml' }] });
    expect(head.canonical).toBe('https://archive.example.org/diseases/lung-cancer/');
    expect(head.feeds.map((f) => f.href)).toEqual(['https://archive.example.org/rss.xml', 'https://archive.example.org/diseases/lung-cancer/rss.xml']);
    expect(head.feeds.map((f) => f.type)).toEqual(['application/rss+xml', 'application/rss+xml']);
    const subscribe = headMeta({ title: '订阅', description: 'x', path: '/subscribe/', site, ogType: 'website', feeds: [{ title: 'OPML', href: '/feeds.opml', type: 'text/x-opml' }] });
    expect(subscribe.feeds.map((f) => [f.type, f.href])).toEqual([
      ['application/rss+xml', 'https://archive.example.org/rss.xml'],
      ['text/x-opml', 'https://archive.example.org/feeds.opml'],
    ]);
    expect(head.meta.find((m) => m.key === 'og:locale')?.content).toBe('zh_CN');
    expect(head.meta.find((m) => m.key === 'robots')).toBeUndefined();
  });

  it('gives the 404 page no canonical URL and asks robots not to index it', () => {
    const head = headMeta({ title: '页面不存在', description: 'x', path: '/404.html', site, ogType: 'website', feeds: [], indexable: false });
    expect(head.canonical).toBeNull();
    expect(head.meta.find((m) => m.key === 'og:url')).toBeUndefined();
    expect(head.meta.find((m) => m.key === 'robots')?.content).toBe('noindex');
  });
});
