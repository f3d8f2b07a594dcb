// What check-issue prints: the JSON shape editors' tools read, and the file:line lines people read.
import type { FileReport } from '../newsletter/archive.ts';
import { formatDiagnostic } from '../newsletter/types.ts';

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
