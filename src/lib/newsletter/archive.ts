// Assembles parsed issue files into the archive, with the checks that span files (issue numbers, DOIs).
import { closeBidiControls } from '../text/bidi.ts';
import { doiUrl } from './doi.ts';
import { crossFileFindings } from './cross-file.ts';
import { parseIssue } from './parse-issue.ts';
import type { Diagnostic, ParsedIssue, ParsedPaper } from './types.ts';

export interface SourceFile {
  /** Path as shown in messages, relative to the project where possible. */
  file: string;
  bytes: Uint8Array;
}

/** The journal of a paper: canonical when the registry knows it, otherwise as written. */
export interface JournalRef {
  name: string;
  slug: string;
  asWritten: string;
  /** False when the registry does not know the journal (the build warns). */
  known: boolean;
  issn: string[];
}

/** Topic tags of a paper (slugs from content/taxonomy.yaml). */
export interface PaperTags {
  modalities: string[];
  diseases: string[];
}

export interface Paper extends Omit<ParsedPaper, 'journalAsWritten'>, PaperTags {
  /** Stable id `<issue>-<order>`, e.g. 56-1; the page lives at /papers/<id>/. */
  id: string;
  issueNumber: number;
  issueDate: string;
  journal: JournalRef;
  /** https://doi.org/… link of the paper itself. */
  url: string;
}

export interface Issue extends Omit<ParsedIssue, 'papers'> {
  file: string;
  papers: Paper[];
}

export interface FileReport {
  file: string;
  ok: boolean;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  issue: Issue | null;
}

export interface ArchiveContext {
  /** Resolves a 期刊: line: the journal registry (topics/journals.ts), which sits above this module and is passed in. */
  journals: { resolve(asWritten: string): JournalRef };
  /** Tags a paper; issues are tagged as they are assembled so every consumer sees the same tags. */
  tag(paper: Omit<Paper, keyof PaperTags>): PaperTags;
}

/**
 * Parses every file and checks them against each other (cross-file.ts): a conflict is an error in every file it
 * involves, whatever their names or order. A file with any error contributes nothing.
 */
export function assembleArchive(files: readonly SourceFile[], context: ArchiveContext): FileReport[] {
  const outcomes = files.map((source) => ({ source, outcome: parseIssue(source.bytes, source.file) }));
  const parsed = outcomes.flatMap(({ source, outcome }) => (outcome.ok ? [{ file: source.file, issue: outcome.issue }] : []));
  const findings = crossFileFindings(parsed);
  const reports = outcomes.map(({ source, outcome }): FileReport => {
    if (!outcome.ok) return { file: source.file, ok: false, errors: outcome.errors, warnings: outcome.warnings, issue: null };
    const found = findings.get(source.file) ?? { errors: [], warnings: [] };
    const warnings = [...outcome.warnings, ...found.warnings];
    if (found.errors.length > 0) return { file: source.file, ok: false, errors: found.errors, warnings, issue: null };
    return { file: source.file, ok: true, errors: [], warnings, issue: toIssue(outcome.issue, source.file, context, warnings) };
  });
  return withSharedSlugsRejected(reports);
}

/** Two different journal names on one page slug would merge their papers under one name: an error in each file. */
function withSharedSlugsRejected(reports: readonly FileReport[]): FileReport[] {
  const names = new Map<string, Map<string, { file: string; line: number }>>();
  for (const report of reports) {
    for (const paper of report.issue?.papers ?? []) {
      const bySlug = names.get(paper.journal.slug) ?? new Map<string, { file: string; line: number }>();
      if (!bySlug.has(paper.journal.name)) bySlug.set(paper.journal.name, { file: report.file, line: paper.journalLine });
      names.set(paper.journal.slug, bySlug);
    }
  }
  return reports.map((report) => {
    const errors: Diagnostic[] = [];
    for (const paper of report.issue?.papers ?? []) {
      const others = [...(names.get(paper.journal.slug) ?? [])].filter(([name]) => name !== paper.journal.name);
      if (others.length === 0) continue;
      const listed = others.map(([name, at]) => `'${name}' (${at.file}:${at.line})`).join(', ');
      errors.push({ file: report.file, line: paper.journalLine, message: `journal '${paper.journal.name}' and ${listed} would share the page /journals/${paper.journal.slug}/: write one name, or add the journal or an alias to content/journals.yaml` });
    }
    return errors.length > 0 ? { ...report, ok: false, errors: [...report.errors, ...errors], issue: null } : report;
  });
}

function toIssue(parsed: ParsedIssue, file: string, context: ArchiveContext, warnings: Diagnostic[]): Issue {
  const papers = parsed.papers.map((parsedPaper): Paper => {
    const { journalAsWritten, ...rest } = parsedPaper;
    const resolved = context.journals.resolve(journalAsWritten);
    const journal = { ...resolved, name: closeBidiControls(resolved.name), asWritten: closeBidiControls(resolved.asWritten) };
    if (!journal.known) {
      warnings.push({
        file,
        line: parsedPaper.journalLine,
        message: `journal '${journalAsWritten}' is not in content/journals.yaml; kept as written (page /journals/${journal.slug}/). Add it or an alias to the registry`,
      });
    }
    const untagged = {
      ...rest,
      id: `${parsed.number}-${parsedPaper.order}`,
      issueNumber: parsed.number,
      issueDate: parsed.date,
      journal,
      url: doiUrl(parsedPaper.doi),
    };
    const { modalities, diseases } = context.tag(untagged);
    return { ...untagged, modalities, diseases };
  });
  return { ...parsed, file, papers };
}
