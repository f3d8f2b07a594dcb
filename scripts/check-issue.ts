// check-issue: validate issue files (against each other and the archive) without building the site.
// Usage: npm run --silent check-issue -- [--json] [FILE...]   (no FILE: the whole archive)
import { resolve } from 'node:path';
import { contentDirFromEnv, loadArchive } from '../src/lib/archive/load-archive.ts';
import { reportLines, toCheckedFile } from '../src/lib/archive/check-report.ts';
import { DataFileError } from '../src/lib/content-data/yaml-data.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const unknownFlag = args.find((a) => a.startsWith('-') && a !== '--json');
if (unknownFlag) {
  process.stderr.write(`check-issue: unknown option ${unknownFlag}\nusage: npm run --silent check-issue -- [--json] [FILE...]\n`);
  process.exit(2);
}
const files = args.filter((a) => !a.startsWith('-'));

try {
  const archive = loadArchive(contentDirFromEnv(), files);
  const byPath = new Map(archive.reports.map((r) => [resolve(r.file), r]));
  const wanted = files.length > 0 ? files.map((f) => ({ shownAs: f, report: byPath.get(resolve(f)) })) : archive.reports.map((r) => ({ shownAs: r.file, report: r }));
  const checked = wanted.map(({ shownAs, report }) => {
    if (!report) throw new Error(`${shownAs}: no such issue file`);
    for (const line of reportLines(report, shownAs)) process.stderr.write(`${line}\n`);
    return toCheckedFile(report, shownAs);
  });
  if (json) process.stdout.write(`${JSON.stringify(checked, null, 2)}\n`);
  else for (const c of checked) if (c.ok) process.stderr.write(`${c.file}: ok, issue ${c.issue?.number} (${c.issue?.date}), ${c.issue?.papers.length} papers\n`);
  process.exit(checked.every((c) => c.ok) ? 0 : 1);
} catch (error) {
  const message = error instanceof DataFileError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
