// What check-issue prints: the JSON shape editors' tools read, and the file:line lines people read.
import type { FileReport, Paper } from '../newsletter/archive.ts';
import { formatDiagnostic } from '../newsletter/types.ts';
import type { TagOverride } from '../topics/overrides.ts';
import type { TaggedField, Tagging } from '../topics/tagger.ts';

export interface CheckedPaper {
  order: number;
  doi: string;
  titleZh: string;
  titleEn: string;
  journal: { name: string; slug: string; asWritten: string };
  modalities: string[];
  diseases: string[];
  hasCommentary: boolean;
}

export interface CheckedFile {
  file: string;
  ok: boolean;
  errors: { line: number; message: string }[];
  warnings: { line: number; message: string }[];
  issue: null | { number: number; date: string; papers: CheckedPaper[] };
}

export function toCheckedFile(report: FileReport, shownAs: string): CheckedFile {
  const strip = ({ line, message }: { line: number; message: string }) => ({ line, message });
  return {
    file: shownAs,
    ok: report.ok,
    errors: report.errors.map(strip),
    warnings: report.warnings.map(strip),
    issue: report.issue && {
      number: report.issue.number,
      date: report.issue.date,
      papers: report.issue.papers.map((p) => ({
        order: p.order,
        doi: p.doi,
        titleZh: p.titleZh,
        titleEn: p.titleEn,
        journal: { name: p.journal.name, slug: p.journal.slug, asWritten: p.journal.asWritten },
        modalities: p.modalities,
        diseases: p.diseases,
        hasCommentary: p.commentary.length > 0,
      })),
    },
  };
}

/** Human lines for stderr: errors as `file:line: message`, warnings marked as such. */
export function reportLines(report: FileReport, shownAs: string): string[] {
  const rename = (d: { line: number; message: string }) => ({ file: shownAs, line: d.line, message: d.message });
  return [
    ...report.errors.map((e) => formatDiagnostic(rename(e))),
    ...report.warnings.map((w) => formatDiagnostic(rename({ ...w, message: `warning: ${w.message}` }))),
  ];
}

const FIELD_NAMES: Record<TaggedField, string> = {
  titleZh: '中文标题',
  titleEn: 'English title',
  summaryKey: '摘要(目的/方法/结论)',
  summaryOther: '摘要(其他)',
  abstract: 'abstract',
  commentary: '点评',
};

/** Why a paper got its tags: for each topic that matched, its score and the words that fired. */
export function explainTagging(paper: Paper, tagging: Tagging, override: TagOverride | undefined): string[] {
  const lines = [`${paper.id} ${paper.titleZh}`, `  tags: ${[...paper.modalities, ...paper.diseases].join(', ') || '(none)'}`];
  for (const decision of tagging.decisions) {
    const fired = decision.evidence.map((e) => `${FIELD_NAMES[e.field]} "${e.text}"${e.ignored ? ` (ignored: ${e.ignored})` : ''}`);
    lines.push(`  ${decision.tagged ? '+' : '-'} ${decision.kind}/${decision.slug} score ${decision.score}: ${[...new Set(fired)].join('; ')}`);
  }
  if (override) lines.push(`  override (line ${override.line}): add [${override.add.join(', ')}] remove [${override.remove.join(', ')}]`);
  return lines;
}
