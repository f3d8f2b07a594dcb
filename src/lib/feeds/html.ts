// HTML for feed readers (content:encoded), built from data: every piece of content goes through escapeHtml.
import { NEWSLETTER_BRAND } from '../newsletter/name.ts';
import type { Issue, Paper } from '../newsletter/archive.ts';
import type { LabelledPart } from '../newsletter/types.ts';
import { formatDateZh } from '../site/dates.ts';
import { paperPath } from '../site/paths.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text → HTML text or attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Only our own absolute URLs and doi.org links are ever written into feed HTML. */
function link(href: string, text: string): string {
  if (!/^https?:\/\//.test(href)) throw new Error(`refusing to link ${href}`);
  return `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
}

function parts(list: readonly LabelledPart[], lang?: string): string {
  const langAttr = lang ? ` lang="${lang}"` : '';
  return list.map((p) => `<p${langAttr}>${p.label ? `<strong>${escapeHtml(p.label)}</strong> ` : ''}${escapeHtml(p.text)}</p>`).join('');
}

/** One paper in full: titles, journal, DOI, summary, comment, abstract. */
export function paperHtml(paper: Paper, site: URL, headingLevel: 2 | 3 = 2): string {
  const h = `h${headingLevel}`;
  const sub = `h${headingLevel + 1}`;
  const pageUrl = new URL(paperPath(paper.id), site).href;
  return [
    `<${h}>${link(pageUrl, paper.titleZh)}</${h}>`,
    `<p lang="en"><em>${escapeHtml(paper.titleEn)}</em></p>`,
    `<p>${escapeHtml(paper.journal.name)} · DOI: ${link(paper.url, paper.doi)}</p>`,
    paper.summary.length ? `<${sub}>中文摘要</${sub}>${parts(paper.summary)}` : '',
    paper.commentary.length ? `<${sub}>本刊点评</${sub}>${paper.commentary.map((c) => `<p>${escapeHtml(c)}</p>`).join('')}` : '',
    paper.abstract.length ? `<${sub}>英文原摘要</${sub}>${parts(paper.abstract, 'en')}` : '',
  ].join('');
}

/** The whole issue, as the newsletter reads. */
export function issueHtml(issue: Issue, site: URL): string {
  return [
    `<p>${NEWSLETTER_BRAND}第${issue.number}期 · ${formatDateZh(issue.date)}</p>`,
    ...issue.intro.map((p) => `<p>${escapeHtml(p)}</p>`),
    ...issue.papers.map((paper) => paperHtml(paper, site, 2)),
    ...issue.outro.map((p) => `<p>${escapeHtml(p)}</p>`),
  ].join('');
}

/** A paper's summary and comment for topic feeds, with its DOI link. */
export function paperSummaryHtml(paper: Paper): string {
  return [
    `<p lang="en"><em>${escapeHtml(paper.titleEn)}</em></p>`,
    parts(paper.summary),
    paper.commentary.length ? `<p><strong>本刊点评</strong> ${paper.commentary.map(escapeHtml).join(' ')}</p>` : '',
    `<p>DOI: ${link(paper.url, paper.doi)}</p>`,
  ].join('');
}
