// Marks our built paper pages for Pagefind so it indexes the text our own index holds, with the same filters.
import * as cheerio from 'cheerio';
import type { Paper } from '../../src/lib/newsletter/archive.ts';

/**
 * Inside the paper's article, what our index does not hold: the kicker (issue and position), the meta labels,
 * the issue-date row, the copy button and its status, section headings and the labels of structured parts.
 * Breadcrumbs, neighbour links and the citation block lie outside the article and so are never indexed.
 */
const NOT_INDEXED_BY_US = [
  '.paper__kicker',
  '.paper__meta dt',
  '.paper__meta div:has(time)',
  '.paper__section > h2',
  '.part__label',
  'button',
  '[role="status"]',
  'script',
];

/** Named as our facets (site/facet-names.ts), so one filters object means the same to both engines. */
export function pagefindFilters(paper: Paper): string[] {
  return [
    `journals:${paper.journal.slug}`,
    ...paper.modalities.map((m) => `modalities:${m}`),
    ...paper.diseases.map((d) => `diseases:${d}`),
    `years:${paper.issueDate.slice(0, 4)}`,
  ];
}

/**
 * Returns the page's HTML with Pagefind's attributes. Parsed, not string-replaced: a page whose article is missing
 * or repeated throws, so Pagefind can never index whole pages unnoticed (it once did when `<main>` gained an
 * attribute).
 */
export function markPaperPage(html: string, paper: Paper, file: string): string {
  const $ = cheerio.load(html);
  const article = $('main#main article.paper');
  if (article.length !== 1) throw new Error(`${file}: expected one <article class="paper"> inside <main id="main"> to mark for Pagefind, found ${article.length}`);
  article.attr('data-pagefind-body', '');
  for (const selector of NOT_INDEXED_BY_US) article.find(selector).attr('data-pagefind-ignore', 'all');
  for (const filter of pagefindFilters(paper)) article.prepend($('<span hidden></span>').attr('data-pagefind-filter', filter));
  return $.html();
}

/** The text Pagefind will index from a marked page, as its parser sees it: for the unit test and for debugging. */
export function markedText(html: string): string {
  const $ = cheerio.load(html);
  const body = $('[data-pagefind-body]').clone();
  body.find('[data-pagefind-ignore], [data-pagefind-filter]').remove();
  return body.text().replace(/\s+/g, ' ').trim();
}
