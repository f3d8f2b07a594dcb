// The archive as pages see it: collections unwrapped from Astro's entries.
import { getCollection, getEntry } from 'astro:content';
import { feedCatalog, type FeedCatalog } from '../lib/feeds/feed-catalog.ts';
import { contentFingerprint } from '../lib/archive/content-fingerprint.ts';
import { contentDirFromEnv, loadArchive, loadEditorsSearchData, validIssues, withTaxonomyTerms, type SearchData } from '../lib/archive/load-archive.ts';
import { SEARCH_DATA_ENTRY } from '../lib/archive/search-data-schema.ts';
import type { Issue, Paper } from '../lib/newsletter/archive.ts';
import { papersOf, sortIssuesNewestFirst } from '../lib/site/archive-views.ts';
import type { Topic } from '../lib/topics/taxonomy.ts';

export async function getIssues(): Promise<Issue[]> {
  assertFilesStillValid();
  const entries = await getCollection('issues');
  return sortIssuesNewestFirst(entries.map((entry) => entry.data));
}

export async function getPapers(): Promise<Paper[]> {
  return papersOf(await getIssues());
}

/** Modalities then diseases, in taxonomy order. */
export async function getTopics(): Promise<Topic[]> {
  const entries = await getCollection('topics');
  const topics = entries.map((entry) => entry.data);
  return [...topics.filter((t) => t.kind === 'modalities'), ...topics.filter((t) => t.kind === 'diseases')];
}

export async function getTopicsBySlug(): Promise<Map<string, Topic>> {
  return new Map((await getTopics()).map((topic) => [topic.slug, topic]));
}

/** What search and 相关文献 read from the editors' files, the taxonomy's Chinese terms among the known words. */
export async function getSearchData(): Promise<SearchData> {
  assertFilesStillValid();
  const entry = await getEntry('searchData', SEARCH_DATA_ENTRY);
  if (!entry) throw new Error('the searchData collection has no entry: see src/loaders/search-data-loader.ts');
  return withTaxonomyTerms(entry.data, (await getTopics()).flatMap((t) => t.zh));
}

/** Every feed the site publishes: feed files, /subscribe/ and /feeds.opml read this one list. */
export async function getFeedCatalog(): Promise<FeedCatalog> {
  return feedCatalog(await getIssues(), await getTopics());
}

let lastValidFingerprint: string | null = null;

/**
 * In `astro dev` a collection keeps the last good archive when an editor saves a broken file. Each page render
 * re-reads the files when any changed, so the browser shows Astro's error overlay with every file:line instead of stale pages
 * (a build stops in the loader before any page renders).
 */
function assertFilesStillValid(): void {
  if (!import.meta.env.DEV) return;
  const contentDir = contentDirFromEnv();
  // A site has hundreds of pages: read and parse the files again only when one of them changed.
  const fingerprint = contentFingerprint(contentDir);
  if (fingerprint === lastValidFingerprint) return;
  validIssues(loadArchive(contentDir));
  loadEditorsSearchData(contentDir);
  lastValidFingerprint = fingerprint;
}
