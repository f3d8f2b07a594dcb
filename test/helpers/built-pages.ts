// Reads pages of a built site as a reader's browser would get them, for build tests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';

export function pageFile(siteDir: string, urlPath: string): string {
  return urlPath.endsWith('/') ? join(siteDir, urlPath, 'index.html') : join(siteDir, urlPath);
}

export function pageExists(siteDir: string, urlPath: string): boolean {
  return existsSync(pageFile(siteDir, urlPath));
}

export function loadPage(siteDir: string, urlPath: string): cheerio.CheerioAPI {
  return cheerio.load(readFileSync(pageFile(siteDir, urlPath), 'utf8'));
}

/** Visible text with whitespace collapsed, as assertions want to see it. */
export const textOf = (element: { text(): string }): string => element.text().replace(/\s+/g, ' ').trim();
