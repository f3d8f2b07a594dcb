// Checks issue files against each other, symmetrically: a conflict is reported in every file it involves,
// naming the others by file:line, so check-issue on either file finds it and the build names both.
import type { Diagnostic, ParsedIssue } from './types.ts';

export interface ParsedFile {
  file: string;
  issue: ParsedIssue;
}

export interface CrossFileFindings {
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

const at = (file: string, line: number): string => `${file}:${line}`;

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Errors and warnings per file (by file name) from comparing every parsed file with every other. */
export function crossFileFindings(files: readonly ParsedFile[]): Map<string, CrossFileFindings> {
  const findings = new Map<string, CrossFileFindings>(files.map((f) => [f.file, { errors: [], warnings: [] }]));
  const add = (kind: keyof CrossFileFindings, file: string, line: number, message: string): void => {
    findings.get(file)?.[kind].push({ file, line, message });
  };

  for (const [number, owners] of groupBy(files, (f) => f.issue.number)) {
    if (owners.length < 2) continue;
    for (const owner of owners) {
      const others = owners.filter((o) => o !== owner).map((o) => at(o.file, o.issue.headerLine));
      add('errors', owner.file, owner.issue.headerLine, `issue ${number} is also in ${others.join(', ')}: each issue number belongs to one file`);
    }
  }

  const papers = files.flatMap((f) => f.issue.papers.map((paper) => ({ file: f.file, number: f.issue.number, paper })));
  for (const [doi, owners] of groupBy(papers, (p) => p.paper.doi)) {
    if (owners.length < 2) continue;
    for (const owner of owners) {
      const others = owners.filter((o) => o !== owner).map((o) => `paper ${o.number}-${o.paper.order} (${at(o.file, o.paper.doiLine)})`);
      add('errors', owner.file, owner.paper.doiLine, `DOI ${doi} is also ${others.join(', ')}: each paper appears once in the archive`);
    }
  }

  for (const [date, owners] of groupBy(files, (f) => f.issue.date)) {
    if (owners.length < 2 || new Set(owners.map((o) => o.issue.number)).size < 2) continue;
    for (const owner of owners) {
      const others = owners.filter((o) => o !== owner).map((o) => `issue ${o.issue.number} (${at(o.file, o.issue.headerLine)})`);
      add('warnings', owner.file, owner.issue.headerLine, `issue ${owner.issue.number} has the same date ${date} as ${others.join(', ')}: check the header`);
    }
  }

  // A higher number should not be dated before a lower one; each file is told about its nearest neighbours.
  const byNumber = [...files].sort((a, b) => a.issue.number - b.issue.number);
  for (let i = 1; i < byNumber.length; i++) {
    const earlier = byNumber[i - 1];
    const later = byNumber[i];
    if (!earlier || !later || earlier.issue.number === later.issue.number || later.issue.date >= earlier.issue.date) continue;
    add('warnings', later.file, later.issue.headerLine, `issue ${later.issue.number} is dated ${later.issue.date}, before issue ${earlier.issue.number} (${earlier.issue.date}, ${at(earlier.file, earlier.issue.headerLine)}): check the header`);
    add('warnings', earlier.file, earlier.issue.headerLine, `issue ${earlier.issue.number} is dated ${earlier.issue.date}, after issue ${later.issue.number} (${later.issue.date}, ${at(later.file, later.issue.headerLine)}): check the header`);
  }
  return findings;
}
