// Every URL the site builds, in one place, so pages, feeds and the search index agree.

export const issuePath = (issueNumber: number): string => `/issues/${issueNumber}/`;
export const paperPath = (paperId: string): string => `/papers/${paperId}/`;
/** Anchor of a paper inside its issue page. */
export const paperAnchor = (order: number): string => `paper-${order}`;
export const paperInIssuePath = (issueNumber: number, order: number): string =>
  `${issuePath(issueNumber)}#${paperAnchor(order)}`;
export const searchPath = (query = ''): string => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/');
/** The page listing every feed; `anchor` points at one feed's entry on it. */
export const subscribePath = (anchor = ''): string => (anchor ? `/subscribe/#${anchor}` : '/subscribe/');
/** Every feed as one OPML file, for importing all at once. */
export const opmlPath = (): string => '/feeds.opml';
