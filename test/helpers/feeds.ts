// Reading built feeds as a feed reader would: strict XML first, then a real RSS parser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';

export interface ParsedFeed {
  xml: string;
  feed: Awaited<ReturnType<Parser['parseString']>>;
}

const parser = new Parser({ customFields: { item: [['content:encoded', 'contentEncoded']] } });

export async function readFeed(siteDir: string, path: string): Promise<ParsedFeed> {
  const xml = readFileSync(join(siteDir, path), 'utf8');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`${path} is not well-formed XML: ${JSON.stringify(valid.err)}`);
  return { xml, feed: await parser.parseString(xml) };
}

/** The built file a feed link points to (our own site's pages only). */
export function builtPathOf(link: string, origin: string): string {
  if (!link.startsWith(origin)) throw new Error(`${link} is not on ${origin}`);
  const path = new URL(link).pathname;
  return path.endsWith('/') ? `${path}index.html` : path;
}
