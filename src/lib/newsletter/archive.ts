// Assembles parsed issue files into the archive, with the checks that span files (issue numbers, DOIs).
import type { JournalRef, JournalRegistry } from '../topics/journals.ts';
import { closeBidiControls } from './bidi.ts';
import { doiUrl } from './doi.ts';
import { parseIssue } from './parse-issue.ts';
import type { Diagnostic, ParsedIssue, ParsedPaper } from './types.ts';

export interface SourceFile {
  /** Path as shown in messages, relative to the project where possible. */
  file: string;
  bytes: Uint8Array;
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
  journals: JournalRegistry;
  /** Tags a paper; issues are tagged as they are assembled so every consumer sees the same tags. */
  tag(paper: Omit<Paper, keyof PaperTags>): PaperTags;
}

/**
 * Parses every file and checks them against each other. Earlier files are the established archive:
 * a later file repeating an issue number or DOI gets the error. A file with any error contributes nothing.
 */
export function assembleArchive(files: readonly SourceFile[], context: ArchiveContext): FileReport[] {
  const issueOwners = new Map<number, { file: string }>();
  const doiOwners = new Map<string, { file: string; line: number; id: string }>();
  return files.map((source) => {
    const outcome = parseIssue(source.bytes, source.file);
    if (!outcome.ok) return { file: source.file, ok: false, errors: outcome.errors, warnings: outcome.warnings, issue: null };
    const parsed = outcome.issue;
    const errors: Diagnostic[] = [];
    const warnings = [...outcome.warnings];
    const issueOwner = issueOwners.get(parsed.number);
    if (issueOwner) {
      errors.push({ file: source.file, line: 1, message: `issue ${parsed.number} is already in ${issueOwner.file}: each issue number belongs to one file` });
    }
    for (const paper of parsed.papers) {
      const owner = doiOwners.get(paper.doi);
      if (owner) {
        errors.push({
          file: source.file,
          line: paper.doiLine,
          message: `DOI ${paper.doi} is already paper ${owner.id} (${owner.file}:${owner.line}): each paper appears once in the archive`,
        });
      }
    }
    if (errors.length > 0) return { file: source.file, ok: false, errors, warnings, issue: null };

    issueOwners.set(parsed.number, { file: source.file });
    const issue = toIssue(parsed, source.file, context, warnings);
    for (const paper of issue.papers) doiOwners.set(paper.doi, { file: source.file, line: paper.doiLine, id: paper.id });
    return { file: source.file, ok: true, errors, warnings, issue };
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
