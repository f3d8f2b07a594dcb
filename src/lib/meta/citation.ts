// Citation downloads (.bib, .ris) of the original paper, built from our data; the DOI lets Zotero fetch the full record.
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

/** What a citation needs of a paper: a Paper has it, and so has a search result document (citableOfDoc). */
export interface Citable {
  id: string;
  titleEn: string;
  journal: { name: string; issn: readonly string[] };
  issueNumber: number;
  issueDate: string;
  doi: string;
}

/** The citation key: stable, ASCII, unique in the archive. */
export const citationKey = (paper: Citable): string => `yxai-${paper.id}`;

/** Year of the issue that covered the paper: our data has no publication date, and the two rarely differ. */
const yearFor = (paper: Citable): number => yearOf(paper.issueDate);

export function bibtexOf(paper: Citable, pageUrl: string): string {
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

export function risOf(paper: Citable, pageUrl: string): string {
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

export type CitationFormat = 'bib' | 'ris';

/** Many papers in one file a reference manager imports at once (BibTeX entries, RIS records one after another). */
export function citationFile(papers: readonly Citable[], format: CitationFormat, pageUrlOf: (paper: Citable) => string): string {
  const one = format === 'bib' ? bibtexOf : risOf;
  return papers.map((paper) => one(paper, pageUrlOf(paper))).join(format === 'bib' ? '\n' : '');
}

/** A download's name: the archive, what was exported (a query, a topic), and the date; safe on every file system. */
export function exportFileName(subject: string, date: string, format: CitationFormat): string {
  const safe = [...subject.replace(/[\\/:*?"<>|\p{Cc}\s]+/gu, '-').replace(/^-+|-+$/g, '')].slice(0, 40).join('');
  return `${NEWSLETTER_NAME}-${safe || '全部'}-${date}.${format}`;
}
