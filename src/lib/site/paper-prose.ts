// A paper's prose as plain text, one string per section: what the index's result documents ship and what the search
// card cuts its snippet from. One function, so a card built from a paper and one built from its document agree.
import type { Paper } from '../newsletter/archive.ts';

export interface PaperProse {
  /** 中文摘要, each part on its own line, a labelled part as `label:text`. */
  summary: string;
  /** The English abstract, each part on its own line, a labelled part as `Label: text`. */
  abstract: string;
  /** 本刊点评, a paragraph a line. */
  commentary: string;
}

export function paperProseOf(paper: Pick<Paper, 'summary' | 'abstract' | 'commentary'>): PaperProse {
  return {
    summary: paper.summary.map((p) => (p.label ? `${p.label}:${p.text}` : p.text)).join('\n'),
    abstract: paper.abstract.map((p) => (p.label ? `${p.label}: ${p.text}` : p.text)).join('\n'),
    commentary: paper.commentary.join('\n'),
  };
}
