// RSS items for the whole newsletter (one per issue) and for topic feeds (one per paper), as data.
import type { Issue, Paper } from '../newsletter/archive.ts';
import { sortIssuesNewestFirst, sortPapersNewestFirst } from '../site/archive-views.ts';
import { issuePath, paperPath } from '../site/paths.ts';
import type { Topic } from '../topics/taxonomy.ts';
import { escapeHtml, issueHtml, paperSummaryHtml } from './html.ts';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  /** HTML, like content: feed readers render <description> as HTML, so text in it must be escaped for HTML too. */
  description: string;
  content: string;
  categories: string[];
}

export const FEED_LANGUAGE = '<language>zh-cn</language>';

/** Issue dates are calendar days; publish them at noon China time (04:00 UTC) so no reader shows the day before. */
export function pubDateOf(isoDate: string): Date {
  return new Date(`${isoDate}T04:00:00Z`);
}

function topicLabels(slugs: readonly string[], topics: ReadonlyMap<string, Topic>): string[] {
  return slugs.map((slug) => topics.get(slug)?.label ?? slug);
}

export function issueFeedItems(issues: readonly Issue[], site: URL, topics: ReadonlyMap<string, Topic>): FeedItem[] {
  return sortIssuesNewestFirst(issues).map((issue) => ({
    title: `第${issue.number}期 · ${issue.date}`,
    link: issuePath(issue.number),
    pubDate: pubDateOf(issue.date),
    description: issue.papers.map((p) => escapeHtml(`${p.order}. ${p.titleZh}`)).join('<br>'),
    content: issueHtml(issue, site),
    categories: [...new Set(issue.papers.flatMap((p) => topicLabels([...p.modalities, ...p.diseases], topics)))],
  }));
}

export function paperFeedItems(papers: readonly Paper[], topics: ReadonlyMap<string, Topic>): FeedItem[] {
  return sortPapersNewestFirst(papers).map((paper) => ({
    title: paper.titleZh,
    link: paperPath(paper.id),
    pubDate: pubDateOf(paper.issueDate),
    description: escapeHtml(paper.titleEn),
    content: paperSummaryHtml(paper),
    categories: topicLabels([...paper.modalities, ...paper.diseases], topics),
  }));
}
