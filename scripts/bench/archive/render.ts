// Renders drafted papers in the exact published issue format, and gives each paper's text as the parser reads it.
import { isStructural, matchExplicitLink, matchPaperStart } from '../../../src/lib/newsletter/line-kinds.ts';
import { toAbstractParts, toSummaryParts } from '../../../src/lib/newsletter/structured-text.ts';
import type { IssuePlan } from './issue-plan.ts';
import type { PaperDraft } from './paper.ts';
import type { JournalSpelling } from './sources.ts';

export interface RenderedPaper {
  order: number;
  titleZh: string;
  titleEn: string;
  journal: JournalSpelling;
  summaryLines: string[];
  commentaryLines: string[];
  abstractLines: string[];
  doi: string;
}

export function renderPaper(draft: PaperDraft): RenderedPaper {
  return {
    order: draft.order,
    titleZh: draft.titleZh,
    titleEn: draft.titleEn,
    journal: draft.journal,
    summaryLines: draft.summary.map(({ label, sentences }) => `${label}:${joinChinese(sentences)}`),
    commentaryLines: [asFreeTextLine(joinChinese(draft.commentary), '此外,')],
    abstractLines: draft.abstract.map(({ label, sentences }) =>
      label === null ? asFreeTextLine(sentences.join(' '), 'In summary, ') : `${label}: ${sentences.join(' ')}`,
    ),
    // A DOI prefix no publisher uses, so benchmark papers never collide with real ones.
    doi: `10.5555/bench.${draft.issue}.${draft.order}`,
  };
}

/** Sentences run on; a paragraph ends with 。 even when its last sentence ended with ；. */
function joinChinese(sentences: readonly string[]): string {
  return sentences.join('').replace(/；$/, '。');
}

/**
 * A free-text line the parser could read as structure (a paper number, a field or section marker, a link, an
 * abstract label) gets a harmless lead-in, so recombined sentences never change how the file parses.
 */
function asFreeTextLine(line: string, leadIn: string): string {
  const parts = toAbstractParts([line]);
  const plain = parts.length === 1 && parts[0]?.label === null;
  const risky = matchPaperStart(line) !== null || isStructural(line) || matchExplicitLink(line) !== null || !plain;
  return risky ? `${leadIn}${line}` : line;
}

/** The paper's text as the parser will see it (labels split off by the parser's own functions), for ground truth. */
export function searchableText(paper: RenderedPaper): string {
  return [
    paper.titleZh,
    paper.titleEn,
    ...toSummaryParts(paper.summaryLines).map((part) => part.text),
    ...paper.commentaryLines,
    ...toAbstractParts(paper.abstractLines).map((part) => part.text),
    paper.journal.asWritten,
    paper.journal.name,
  ].join('\n');
}

export function issueText(issue: IssuePlan, papers: readonly RenderedPaper[]): string {
  const [year, month, day] = issue.date.split('-').map(Number);
  const lines = [`【医学影像与AI文献快递】第${issue.number}期|${year}年${month}月${day}日`];
  for (const paper of papers) {
    lines.push(
      `${paper.order}. ${paper.titleZh}`,
      `期刊:${paper.journal.asWritten}`,
      `英文标题:${paper.titleEn}`,
      '中文摘要',
      ...paper.summaryLines,
      '本刊点评',
      ...paper.commentaryLines,
      '英文原摘要',
      ...paper.abstractLines,
      '原文',
      `[${paper.order}] https://doi.org/${paper.doi}`,
    );
  }
  // Like the published files: LF line ends, no newline after the last link.
  return lines.join('\n');
}
