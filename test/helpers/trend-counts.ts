// What the trends charts should show, counted without the site's trends code: issue dates and paper counts from
// the issue files' text, topics and journals from the built paper pages (the tags readers see).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPage } from './built-pages.ts';
import { builtPages } from './site-checks.ts';
import { numberedEntries } from './numbered-entries.ts';

const HEADER = /第\s*(\d+)\s*期\s*[|｜]\s*(\d{4})年(\d{1,2})月(\d{1,2})日/;

export interface IssueFacts {
  number: number;
  year: number;
  quarter: number;
  papers: number;
}

export interface PaperFacts {
  id: string;
  year: number;
  quarter: number;
  journal: string;
  modalities: string[];
  diseases: string[];
}

export function issueFacts(contentDir: string): IssueFacts[] {
  const dir = join(contentDir, 'issues');
  return readdirSync(dir).map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const header = HEADER.exec(text);
    if (!header) throw new Error(`no header in ${file}`);
    const month = Number(header[3]);
    return { number: Number(header[1]), year: Number(header[2]), quarter: Math.ceil(month / 3), papers: numberedEntries(text) };
  });
}

const slugOf = (href: string, kind: string): string => new RegExp(`/${kind}/([^/]+)/$`).exec(href)?.[1] ?? `bad link ${href}`;

export function paperFacts(siteDir: string): PaperFacts[] {
  return builtPages(siteDir)
    .filter((page) => /^\/papers\/[^/]+\/$/.test(page))
    .map((page) => {
      const $ = loadPage(siteDir, page);
      const date = $('.paper__meta time').attr('datetime') ?? '';
      const hrefs = (selector: string): string[] => $(selector).map((_i, el) => $(el).attr('href') ?? '').get();
      return {
        id: page.split('/')[2] ?? '',
        year: Number(date.slice(0, 4)),
        quarter: Math.ceil(Number(date.slice(5, 7)) / 3),
        journal: slugOf(hrefs('.paper__meta dd a[href^="/journals/"]')[0] ?? '', 'journals'),
        modalities: hrefs('.paper__meta a.tag--modalities').map((h) => slugOf(h, 'modalities')),
        diseases: hrefs('.paper__meta a.tag--diseases').map((h) => slugOf(h, 'diseases')),
      };
    });
}

/** `2026` or `2026-Q2`, every one from the first to the last (empty ones too), oldest first. */
export function periodKeys(dates: readonly { year: number; quarter: number }[], byQuarter: boolean): string[] {
  const ordinals = dates.map((d) => (byQuarter ? d.year * 4 + d.quarter - 1 : d.year));
  const keys: string[] = [];
  for (let n = Math.min(...ordinals); n <= Math.max(...ordinals); n++) keys.push(byQuarter ? `${Math.floor(n / 4)}-Q${(n % 4) + 1}` : String(n));
  return keys;
}

export const periodKey = (d: { year: number; quarter: number }, byQuarter: boolean): string => (byQuarter ? `${d.year}-Q${d.quarter}` : String(d.year));

/** Count of each key, e.g. papers per journal slug. */
export function tally(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
