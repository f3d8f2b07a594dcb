// Citation downloads (.bib, .ris) of the original paper, built from our data; the DOI lets Zotero fetch the full record.
import type { Paper } from '../newsletter/archive.ts';
import { doiUrl } from '../newsletter/doi.ts';
import { yearOf } from '../site/dates.ts';
import { NEWSLETTER_NAME } from '../newsletter/name.ts';

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

// LaTeX specials in text fields; doi and url stay verbatim (biblatex reads them literally) minus braces.
const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};
const bibText = (text: string): string => oneLine(text).replace(/[\\{}%&$#_^~]/g, (c) => BIBTEX_SPECIALS[c] ?? c);
const bibVerbatim = (text: string): string => oneLine(text).replace(/[{}]/g, '');

/** The citation key: stable, ASCII, unique in the archive. */
export const citationKey = (paper: Paper): string => `yxai-${paper.id}`;

/** Year of the issue that covered the paper: our data has no publication date, and the two rarely differ. */
const yearFor = (paper: Paper): number => yearOf(paper.issueDate);

export function bibtexOf(paper: Paper, pageUrl: string): string {
  const fields: [string, string][] = [
    ['title', `{${bibText(paper.titleEn)}}`],
    ['journal', bibText(paper.journal.name)],
    ['year', String(yearFor(paper))],
    ['doi', bibVerbatim(paper.doi)],
    ['url', bibVerbatim(doiUrl(paper.doi))],
    ['note', bibText(`${NEWSLETTER_NAME}第${paper.issueNumber}期摘要与点评: ${pageUrl}`)],
  ];
  return `@article{${citationKey(paper)},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}

export function risOf(paper: Paper, pageUrl: string): string {
  const lines: [string, string][] = [
    ['TY', 'JOUR'],
    ['TI', paper.titleEn],
    ['T2', paper.journal.name],
    ['PY', String(yearFor(paper))],
    ['DO', paper.doi],
    ['UR', doiUrl(paper.doi)],
    ...paper.journal.issn.map((issn): [string, string] => ['SN', issn]),
    ['N1', `${NEWSLETTER_NAME}第${paper.issueNumber}期摘要与点评: ${pageUrl}`],
    ['ER', ''],
  ];
  // RIS wants "TAG  - value" lines ending in CRLF.
  return lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`.trimEnd()).join('\r\n') + '\r\n';
}
