// Orderings and groupings of issues and papers that pages render.
import type { Issue, Paper } from '../newsletter/archive.ts';
import { yearOf } from './dates.ts';

export function sortIssuesNewestFirst(issues: readonly Issue[]): Issue[] {
  return [...issues].sort((a, b) => b.date.localeCompare(a.date) || b.number - a.number);
}

/** Newest issue first, papers in their order within an issue. */
export function sortPapersNewestFirst(papers: readonly Paper[]): Paper[] {
  return [...papers].sort((a, b) => b.issueDate.localeCompare(a.issueDate) || b.issueNumber - a.issueNumber || a.order - b.order);
}

export function papersOf(issues: readonly Issue[]): Paper[] {
  return sortIssuesNewestFirst(issues).flatMap((issue) => issue.papers);
}

export interface YearOfIssues {
  year: number;
  issues: Issue[];
  paperCount: number;
}

export function issuesByYear(issues: readonly Issue[]): YearOfIssues[] {
  const years = new Map<number, Issue[]>();
  for (const issue of sortIssuesNewestFirst(issues)) {
    const year = yearOf(issue.date);
    years.set(year, [...(years.get(year) ?? []), issue]);
  }
  return [...years].map(([year, list]) => ({
    year,
    issues: list,
    paperCount: list.reduce((n, issue) => n + issue.papers.length, 0),
  }));
}

export interface PaperNeighbours {
  previous: Paper | null;
  next: Paper | null;
}

/** Previous and next paper within the same issue. */
export function neighboursInIssue(issue: Issue, order: number): PaperNeighbours {
  const index = issue.papers.findIndex((p) => p.order === order);
  return {
    previous: index > 0 ? (issue.papers[index - 1] ?? null) : null,
    next: index >= 0 ? (issue.papers[index + 1] ?? null) : null,
  };
}
