// Finds the source papers to recombine: content/issues plus the public fixture issues, parsed, each DOI once.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseIssue } from '../../../src/lib/newsletter/parse-issue.ts';
import type { ParsedPaper } from '../../../src/lib/newsletter/types.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The editors' content folder: the published issues and the data files a generated archive copies. */
export const SOURCE_CONTENT = join(REPO_ROOT, 'content');
// The fixture issues are invented papers for tests; they go into the generated temp archive only, never content/.
const SHARED_FIXTURE_ISSUES = join(REPO_ROOT, '..', 'shared', 'eval', 'issues');
const COMMITTED_FIXTURE_ISSUES = join(REPO_ROOT, 'test', 'fixtures', 'eval', 'issues');

export interface SourcePapers {
  /** Every source paper once, first DOI wins: content/issues first, then the fixture issues, files in name order. */
  papers: ParsedPaper[];
  /** Issue files that gave at least one of those papers. */
  issueCount: number;
}

/** content/issues, then the fixture issues from ../shared/eval/issues when it exists, else the committed copy. */
export function sourceIssueDirs(): string[] {
  const fixtures = existsSync(SHARED_FIXTURE_ISSUES) ? SHARED_FIXTURE_ISSUES : COMMITTED_FIXTURE_ISSUES;
  return [join(SOURCE_CONTENT, 'issues'), fixtures];
}

/** Every paper of every source issue that parses; a file being edited with errors is skipped, not fatal. */
export function sourcePapers(dirs: readonly string[]): SourcePapers {
  const byDoi = new Map<string, ParsedPaper>();
  let issueCount = 0;
  for (const dir of dirs) {
    for (const name of issueFileNames(dir)) {
      const outcome = parseIssue(readFileSync(join(dir, name)), name);
      if (!outcome.ok) continue;
      const before = byDoi.size;
      // DOIs are case-insensitive; the same paper in two issue files is one source paper.
      for (const paper of outcome.issue.papers) if (!byDoi.has(paper.doi.toLowerCase())) byDoi.set(paper.doi.toLowerCase(), paper);
      if (byDoi.size > before) issueCount += 1;
    }
  }
  return { papers: [...byDoi.values()], issueCount };
}

/** The `.txt` files of a folder in name order; a missing fixture folder holds none. */
function issueFileNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}
