// The archive as pages see it: the issues collection, unwrapped from Astro's entries.
import { getCollection } from 'astro:content';
import type { Issue, Paper } from '../lib/newsletter/archive.ts';
import { papersOf, sortIssuesNewestFirst } from '../lib/site/archive-views.ts';

export async function getIssues(): Promise<Issue[]> {
  const entries = await getCollection('issues');
  return sortIssuesNewestFirst(entries.map((entry) => entry.data));
}

export async function getPapers(): Promise<Paper[]> {
  return papersOf(await getIssues());
}
