// What `npm run check-issue` does, as a function of its arguments and environment: the CLI writes the result out and
// exits with its status; tests of what the checker says call it in process (no npm and Node start-up per case).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { explainTagging, reportLines, toCheckedFile, type CheckedFile } from '../../src/lib/archive/check-report.ts';
import { contentDirFromEnv, loadArchive, loadSearchData } from '../../src/lib/archive/load-archive.ts';
import { formatDiagnostic } from '../../src/lib/newsletter/types.ts';

export const CHECK_ISSUE_USAGE = 'usage: npm run --silent check-issue -- [--json] [--explain] [FILE...]';

export interface CheckIssueRun {
  /** 0: every file is fine; 1: a file has errors; 2: the command was called wrongly. */
  status: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

class Stop extends Error {
  constructor(
    readonly status: 1 | 2,
    message: string,
  ) {
    super(message);
  }
}

export function runCheckIssue(args: readonly string[], env: NodeJS.ProcessEnv = process.env): CheckIssueRun {
  const out: string[] = [];
  const err: string[] = [];
  try {
    const checked = check(args, env, out, err);
    return { status: checked.every((c) => c.ok) ? 0 : 1, stdout: out.join(''), stderr: err.join('') };
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    err.push(`${error.message}\n`);
    return { status: error.status, stdout: out.join(''), stderr: err.join('') };
  }
}

function check(args: readonly string[], env: NodeJS.ProcessEnv, out: string[], err: string[]): CheckedFile[] {
  const json = args.includes('--json');
  const explain = args.includes('--explain');
  const unknownFlag = args.find((a) => a.startsWith('-') && a !== '--json' && a !== '--explain');
  if (unknownFlag) throw new Stop(2, `check-issue: unknown option ${unknownFlag}\n${CHECK_ISSUE_USAGE}`);
  const files = args.filter((a) => !a.startsWith('-'));
  const missing = files.find((f) => !existsSync(f));
  if (missing) throw new Stop(2, `${missing}: no such file\n${CHECK_ISSUE_USAGE}`);

  let archive: ReturnType<typeof loadArchive>;
  try {
    archive = loadArchive(contentDirFromEnv(env), files);
    // Search's own data files too (dictionary, stopwords, synonyms): a broken one would stop the build.
    const { modalities, diseases } = archive.taxonomy;
    loadSearchData(archive.contentDir, [...modalities, ...diseases].flatMap((t) => t.zh));
  } catch (error) {
    throw new Stop(1, error instanceof Error ? error.message : String(error));
  }
  for (const warning of archive.dataWarnings) err.push(`${formatDiagnostic({ ...warning, message: `warning: ${warning.message}` })}\n`);

  const byPath = new Map(archive.reports.map((r) => [resolve(r.file), r]));
  const wanted = files.length > 0 ? files.map((f) => ({ shownAs: f, report: byPath.get(resolve(f)) })) : archive.reports.map((r) => ({ shownAs: r.file, report: r }));

  const checked = wanted.map(({ shownAs, report }) => {
    if (!report) throw new Stop(1, `${shownAs}: not an issue file (.txt)`);
    for (const line of reportLines(report, shownAs)) err.push(`${line}\n`);
    const result = toCheckedFile(report, shownAs);
    const papers = report.issue?.papers ?? [];
    if (explain && !json) {
      for (const paper of papers) out.push(`${explainTagging(paper, archive.tagger(paper), archive.overrides.byDoi.get(paper.doi)).join('\n')}\n`);
    }
    if (explain && json && result.issue) {
      result.issue.papers = result.issue.papers.map((checkedPaper, i) => {
        const paper = papers[i];
        return paper ? { ...checkedPaper, explain: archive.tagger(paper).decisions } : checkedPaper;
      });
    }
    return result;
  });

  if (json) out.push(`${JSON.stringify(checked, null, 2)}\n`);
  else for (const c of checked) if (c.ok) err.push(`${c.file}: ok, issue ${c.issue?.number} (${c.issue?.date}), ${c.issue?.papers.length} papers\n`);
  return checked;
}
