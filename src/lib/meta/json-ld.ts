// Structured data for paper pages: our page is a Chinese Article about the original ScholarlyArticle.
import type { Paper } from '../newsletter/archive.ts';
import { doiUrl } from '../newsletter/doi.ts';
import { NEWSLETTER_NAME } from '../newsletter/name.ts';
import { issuePath } from '../site/paths.ts';

export function paperJsonLd(paper: Paper, pageUrl: string, site: URL): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    inLanguage: 'zh-CN',
    headline: paper.titleZh,
    url: pageUrl,
    datePublished: paper.issueDate,
    isPartOf: {
      '@type': 'PublicationIssue',
      issueNumber: String(paper.issueNumber),
      datePublished: paper.issueDate,
      url: new URL(issuePath(paper.issueNumber), site).href,
      isPartOf: { '@type': 'Periodical', name: NEWSLETTER_NAME, url: site.href },
    },
    about: {
      '@type': 'ScholarlyArticle',
      name: paper.titleEn,
      inLanguage: 'en',
      sameAs: doiUrl(paper.doi),
      identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: paper.doi },
      isPartOf: {
        '@type': 'Periodical',
        name: paper.journal.name,
        ...(paper.journal.issn.length > 0 ? { issn: paper.journal.issn } : {}),
      },
    },
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. The text is content, so every character that could
 * end the script or start markup (<, >, &, line separators) is written as a \u escape: the result contains no
 * markup, which is why the layout may insert it with set:html.
 */
export function jsonLdScriptText(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
