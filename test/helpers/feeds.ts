// Reading built feeds as a feed reader would: strict XML first, then a real RSS parser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { SaxesParser } from 'saxes';

export interface ParsedFeed {
  xml: string;
  feed: Awaited<ReturnType<Parser['parseString']>>;
}

const parser = new Parser({ customFields: { item: [['content:encoded', 'contentEncoded']] } });

/** Throws unless the text is well-formed, namespace-correct XML (a strict, conforming parser). */
export function assertWellFormedXml(xml: string, name: string): void {
  const sax = new SaxesParser({ xmlns: true });
  let failure: Error | null = null;
  sax.on('error', (error) => {
    failure ??= error;
  });
  sax.write(xml).close();
  if (failure) throw new Error(`${name} is not well-formed XML: ${(failure as Error).message}`);
}

export async function readFeed(siteDir: string, path: string): Promise<ParsedFeed> {
  const xml = readFileSync(join(siteDir, path), 'utf8');
  assertWellFormedXml(xml, path);
  return { xml, feed: await parser.parseString(xml) };
}

/** The built file a feed link points to (our own site's pages only). */
export function builtPathOf(link: string, origin: string): string {
  if (!link.startsWith(origin)) throw new Error(`${link} is not on ${origin}`);
  const path = new URL(link).pathname;
  return path.endsWith('/') ? `${path}index.html` : path;
}
