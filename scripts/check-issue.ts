// check-issue: validate issue files (against each other and the archive) without building the site.
// Usage: npm run --silent check-issue -- [--json] [--explain] [FILE...]   (no FILE: the whole archive)
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { explainTagging, reportLines, toCheckedFile } from '../src/lib/archive/check-report.ts';
import { contentDirFromEnv, loadArchive, loadSearchData } from '../src/lib/archive/load-archive.ts';
import { formatDiagnostic } from '../src/lib/newsletter/types.ts';

const USAGE = 'usage: npm run --silent check-issue -- [--json] [--explain] [FILE...]';
const args = process.argv.slice(2);
const json = args.includes('--json');
const explain = args.includes('--explain');
const unknownFlag = args.find((a) => a.startsWith('-') && a !== '--json' && a !== '--explain');
if (unknownFlag) fail(2, `check-issue: unknown option ${unknownFlag}\n${USAGE}`);
const files = args.filter((a) => !a.startsWith('-'));
const missing = files.find((f) => !existsSync(f));
if (missing) fail(2, `${missing}: no such file\n${USAGE}`);

function fail(code: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

let archive: ReturnType<typeof loadArchive>;
try {
  archive = loadArchive(contentDirFromEnv(), files);
  // Search's own data files too (dictionary, stopwords, synonyms): a broken one would stop the build.
  const { modalities, diseases } = archive.taxonomy;
  loadSearchData(archive.contentDir, [...modalities, ...diseases].flatMap((t) => t.zh));
} catch (error) {
  fail(1, error instanceof Error ? error.message : String(error));
}
for (const warning of archive.dataWarnings) process.stderr.write(`${formatDiagnostic({ ...warning, message: `warning: ${warning.message}` })}\n`);

const byPath = new Map(archive.reports.map((r) => [resolve(r.file), r]));
const wanted =
  files.length > 0
    ? files.map((f) => ({ shownAs: f, report: byPath.get(resolve(f)) }))
    : archive.reports.map((r) => ({ shownAs: r.file, report: r }));

const checked = wanted.map(({ shownAs, report }) => {
  if (!report) fail(1, `${shownAs}: not an issue file (.txt)`);
  for (const line of reportLines(report, shownAs)) process.stderr.write(`${line}\n`);
  const result = toCheckedFile(report, shownAs);
  const papers = report.issue?.papers ?? [];
  if (explain && !json) {
    for (const paper of papers) {
      const lines = explainTagging(paper, archive.tagger(paper), archive.overrides.byDoi.get(paper.doi));
      process.stdout.write(`${lines.join('\n')}\n`);
    }
  }
  if (explain && json && result.issue) {
    result.issue.papers = result.issue.papers.map((checkedPaper, i) => {
      const paper = papers[i];
      return paper ? { ...checkedPaper, explain: archive.tagger(paper).decisions } : checkedPaper;
    });
  }
  return result;
});

if (json) process.stdout.write(`${JSON.stringify(checked, null, 2)}\n`);
else for (const c of checked) if (c.ok) process.stderr.write(`${c.file}: ok, issue ${c.issue?.number} (${c.issue?.date}), ${c.issue?.papers.length} papers\n`);
process.exit(checked.every((c) => c.ok) ? 0 : 1);
